import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
const clients: Client[] = [];

beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'subscriber');
}, 180_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack.stop();
});

function connect(token: string | undefined, onClose?: (code: number) => void): Client {
  const client = createClient({
    url: stack.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => onClose?.((event as { code: number }).code) },
  });
  clients.push(client);
  return client;
}

function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const results: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  }[] = [];
  let completed = false;
  client.subscribe(
    { query, variables },
    {
      next: (r) => void results.push(r as never),
      error: (e) => void results.push({ errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
      complete: () => (completed = true),
    },
  );
  return { results, done: () => completed };
}

describe('subscriptions through the gateway', () => {
  it('queryRunUpdated streams RUNNING then SUCCEEDED for a slow query', async () => {
    const sourceId = await demoSourceId(stack, owner);
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT sum(a.range * b.range) AS s FROM range(40000) a, range(40000) b',
      waitSeconds: 0,
    });
    expect(run.status).toBe('RUNNING');
    const stream = collect(
      connect(owner.accessToken),
      'subscription($id: ID!) { queryRunUpdated(id: $id) { id status rowCount rows rowsJson } }',
      { id: run.id },
    );
    await expect.poll(() => stream.done(), { timeout: 20_000 }).toBe(true);
    if (process.env.DEBUG_SUBS) console.log(JSON.stringify(stream.results));
    const statuses = stream.results.map((r) => (r.data?.queryRunUpdated as { status: string }).status);
    expect(statuses[0]).toBe('RUNNING');
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect((stream.results.at(-1)!.data!.queryRunUpdated as { rowCount: number }).rowCount).toBe(1);
    // The web app's form of the rows (one JSON text) carries the same rows as `rows`.
    const last = stream.results.at(-1)!.data!.queryRunUpdated as { rows: unknown[][]; rowsJson: string };
    expect(last.rows).toHaveLength(1);
    expect(JSON.parse(last.rowsJson)).toEqual(last.rows);
  });

  it('refuses another tenant at subscribe time', async () => {
    const sourceId = await demoSourceId(stack, owner);
    const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: 'SELECT 1 AS one' });
    const outsider = await signUp(stack, 'outsider');
    const stream = collect(
      connect(outsider.accessToken),
      'subscription($id: ID!) { queryRunUpdated(id: $id) { id status } }',
      { id: run.id },
    );
    await expect.poll(() => stream.results.length, { timeout: 5_000 }).toBeGreaterThan(0);
    if (process.env.DEBUG_SUBS) console.log(JSON.stringify(stream.results));
    expect(stream.results[0]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(stream.results[0]!.data ?? null).toBeNull();
  });

  it('closes an unauthenticated socket with 4401', async () => {
    let code = 0;
    const client = connect(undefined, (c) => (code = c));
    collect(client, 'subscription { notificationAdded { id } }', {});
    await expect.poll(() => code, { timeout: 5_000 }).toBe(4401);
    let tampered = 0;
    collect(
      connect('not-a-token', (c) => (tampered = c)),
      'subscription { notificationAdded { id } }',
      {},
    );
    await expect.poll(() => tampered, { timeout: 5_000 }).toBe(4401);
  });

  it('serves only subscriptions over the socket', async () => {
    const stream = collect(connect(owner.accessToken), '{ me { id } }', {});
    await expect.poll(() => stream.results.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(stream.results[0]!.errors?.[0]?.message).toMatch(/Only subscriptions/);
  });
});
