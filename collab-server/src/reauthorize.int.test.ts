import { createLogger } from '@tessera/logger';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Authorize, AuthorizeResult } from './auth.ts';
import { shouldReconnect } from '@tessera/canvas-model/collab';
import { blockText } from '@tessera/canvas-model';
import { registerCollabMetrics } from './metrics.ts';
import {
  connectClient,
  nextClose,
  presenceBarrier,
  sleep,
  startTestServer,
  testAuthorize,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

const INTERVAL = 1000;
const block = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };

/** The test's authorize: testAuthorize, except for tokens whose answer a test has overridden. */
type Answer = AuthorizeResult | 'throw' | { hangMs: number };

describe('re-authorization of open connections [A7]', { timeout: 10_000 }, () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const answers = new Map<string, Answer>();
  /** Every authorize call: token and when it started. */
  let calls: { token: string; at: number }[] = [];
  let inFlight = new Map<string, number>();
  let maxInFlight = new Map<string, number>();
  let logLines: string[] = [];

  const authorize: Authorize = async (request) => {
    calls.push({ token: request.token, at: Date.now() });
    inFlight.set(request.token, (inFlight.get(request.token) ?? 0) + 1);
    maxInFlight.set(
      request.token,
      Math.max(maxInFlight.get(request.token) ?? 0, inFlight.get(request.token)!),
    );
    try {
      const answer = answers.get(request.token);
      if (answer === 'throw') throw new Error('accounts unreachable');
      if (answer && 'hangMs' in answer) {
        await sleep(answer.hangMs);
        return await testAuthorize(request);
      }
      return answer ?? (await testAuthorize(request));
    } finally {
      inFlight.set(request.token, inFlight.get(request.token)! - 1);
    }
  };
  const callsOf = (token: string) => calls.filter((c) => c.token === token);

  async function start() {
    answers.clear();
    calls = [];
    inFlight = new Map();
    maxInFlight = new Map();
    logLines = [];
    const logger = createLogger({
      name: 'collab',
      level: 'debug',
      destination: { write: (line: string) => void logLines.push(line) },
    });
    server = await startTestServer({ authorize, logger, env: { COLLAB_REAUTHORIZE_MS: String(INTERVAL) } });
    server.persistence.create('c', [block]);
  }

  function client(token: string, options: Parameters<typeof connectClient>[3] = {}) {
    const c = connectClient(server.url, 'c', token, options);
    clients.push(c);
    return c;
  }

  /** Records every close the provider sees from the server. */
  function closesOf(c: TestClient): { code: number; reason: string }[] {
    const seen: { code: number; reason: string }[] = [];
    c.provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) seen.push({ code: event.code, reason: event.reason });
    });
    return seen;
  }

  const sqlOf = (c: TestClient) => blockText(c.doc, 'q', 'sql')!.toString();
  const presenceIds = (c: TestClient) =>
    [...c.provider.awareness.getStates().values()].map((s) => (s.user as { id?: string } | undefined)?.id);

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it('closes a connection whose access was revoked with 4403 at the next re-authorization, through the ordinary close path', async () => {
    await start();
    const alice = client('editor-alice');
    const bob = client('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField('cursor', { blockId: 'q' });
    await waitFor(() => presenceIds(bob).includes('alice'), 5000, 'presence of alice');

    const closed = nextClose(alice.provider);
    const callsBefore = callsOf('editor-alice').length;
    answers.set('editor-alice', { ok: false, code: 4403, reason: 'Removed from the project' });
    expect(await closed).toEqual({ code: 4403, reason: 'Removed from the project' });
    // Closed by the first re-authorization after the revocation; that one comes within an interval
    // of the last is checked on a fake clock (reauthorize.test.ts), not with wall-clock bounds here.
    expect(callsOf('editor-alice').length - callsBefore).toBe(1);

    // Room and presence bookkeeping: bob sees alice leave, the server counts one connection.
    await waitFor(() => server.server.stats().connections === 1, 5000, 'connection removed');
    await waitFor(() => !presenceIds(bob).includes('alice'), 5000, 'presence of alice removed');
    // 4403 is terminal: alice does not come back (y-websocket cleared shouldConnect in its close
    // handler, so the reconnect it schedules there does nothing).
    expect(alice.provider.shouldConnect).toBe(false);
    expect(alice.provider.ws).toBeNull();
    expect(server.server.stats()).toMatchObject({
      connections: 1,
      refused: {},
      reauthorizeClosed: { 4403: 1 },
      reauthorizeErrors: 0,
    });
    const registry = new Registry();
    registerCollabMetrics(registry, () => server.server.stats());
    const metrics = await registry.metrics();
    expect(metrics).toContain('collab_reauthorize_closed_connections_total{reason="forbidden"} 1');
    expect(metrics).toContain('collab_refused_connections_total{reason="forbidden"} 0');
    // bob is unaffected and keeps editing.
    blockText(bob.doc, 'q', 'sql')!.insert(8, ' + 1');
    await waitFor(
      () => server.server.liveProjection('c')?.[0]?.content.sql === 'select 1 + 1',
      5000,
      'bob edit applied',
    );
  });

  it('closes with 4401 when the token is no longer valid; a client with a fresh token gets back in', async () => {
    await start();
    const alice = client('editor-alice');
    await alice.synced;
    const closed = nextClose(alice.provider);
    answers.set('editor-alice', { ok: false, code: 4401, reason: 'Token expired' });
    expect(await closed).toEqual({ code: 4401, reason: 'Token expired' });
    expect(alice.provider.shouldConnect).toBe(false);
    expect(alice.provider.ws).toBeNull();
    expect(server.server.stats().reauthorizeClosed).toEqual({ 4401: 1 });

    // What the web client does on 4401: refresh the token once, then reconnect with it.
    alice.provider.protocols = ['tessera.v1', 'editor-alice'];
    answers.delete('editor-alice');
    alice.provider.connect();
    await waitFor(
      () => alice.provider.wsconnected && alice.provider.synced,
      5000,
      'reconnect with a fresh token',
    );
    expect(server.server.stats().connections).toBe(1);
  });

  it('reconnects a client whose access dropped from read-write to read-only (1012), and the new connection is read-only', async () => {
    await start();
    // The predicate the web client passes to y-websocket (src/client, used by web/src/features/canvas/collab.ts).
    const alice = client('editor-alice', { shouldReconnect });
    const bob = client('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    blockText(alice.doc, 'q', 'sql')!.insert(0, '-- a\n');
    await waitFor(() => sqlOf(bob) === '-- a\nselect 1', 5000, 'edit of alice while read-write');

    const closed = nextClose(alice.provider);
    answers.set('editor-alice', { ok: true, user: { id: 'alice', name: 'User alice' }, access: 'read-only' });
    expect(await closed).toEqual({ code: 1012, reason: 'Access changed, reconnect' });
    // The client reconnects by itself and the handshake gives it the new access.
    await waitFor(() => alice.provider.wsconnected && alice.provider.synced, 5000, 'reconnect');
    await waitFor(() => server.server.stats().connections === 2, 5000, 'two connections');
    alice.provider.awareness.setLocalStateField('cursor', { blockId: 'q' });
    await waitFor(
      () =>
        [...bob.provider.awareness.getStates().values()].some(
          (s) =>
            (s.user as { id?: string; readOnly?: boolean } | undefined)?.id === 'alice' &&
            (s.user as { readOnly?: boolean }).readOnly === true,
        ),
      5000,
      'alice stamped read-only',
    );

    // Its edits no longer apply; it still receives bob's.
    blockText(alice.doc, 'q', 'sql')!.insert(0, 'HACK ');
    blockText(bob.doc, 'q', 'sql')!.insert(blockText(bob.doc, 'q', 'sql')!.length, ' + 1');
    await waitFor(() => sqlOf(alice) === 'HACK -- a\nselect 1 + 1', 5000, 'bob edit reaches alice');
    await presenceBarrier(alice, bob); // the server has handled alice's edit by now
    expect(sqlOf(bob)).toBe('-- a\nselect 1 + 1');
    expect(server.server.liveProjection('c')![0]!.content.sql).toBe('-- a\nselect 1 + 1');
    expect(server.server.stats().reauthorizeClosed).toEqual({ 1012: 1 });
    expect(server.server.stats().refused).toEqual({});
  });

  it('keeps the connection when authorize throws (edits still sync), and retries at the next interval', async () => {
    await start();
    const alice = client('editor-alice');
    const bob = client('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    const closes = closesOf(alice);
    const socket = alice.provider.ws;

    answers.set('editor-alice', 'throw');
    await waitFor(() => server.server.stats().reauthorizeErrors >= 2, 5000, 'two failed re-authorizations');
    blockText(alice.doc, 'q', 'sql')!.insert(0, '-- a\n');
    blockText(bob.doc, 'q', 'sql')!.insert(8, ' + 1');
    await waitFor(
      () => sqlOf(alice) === '-- a\nselect 1 + 1' && sqlOf(bob) === '-- a\nselect 1 + 1',
      5000,
      'edits in both directions',
    );
    expect(closes).toEqual([]);
    expect(alice.provider.ws).toBe(socket);
    expect(server.server.stats().connections).toBe(2);
    expect(server.server.stats().reauthorizeClosed).toEqual({});
    const warnings = logLines.filter((l) => l.includes('re-authorization failed'));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(warnings[0]!)).toMatchObject({
      level: 40,
      userId: 'alice',
      canvasId: 'c',
      err: { message: 'accounts unreachable' },
    });
    // Tokens are never logged [A1].
    expect(logLines.join('\n')).not.toContain('editor-alice');

    // Retried every interval: once authorize answers again, its answer applies.
    const closed = nextClose(alice.provider);
    answers.set('editor-alice', { ok: false, code: 4403, reason: 'Removed from the project' });
    expect((await closed).code).toBe(4403);
  });

  it('leaves a connection whose access is unchanged open across several intervals, one re-authorization in flight at most', async () => {
    await start();
    const alice = client('editor-alice');
    const slow = client('viewer-slow');
    await Promise.all([alice.synced, slow.synced]);
    const aliceCloses = closesOf(alice);
    const slowCloses = closesOf(slow);
    const sockets = [alice.provider.ws, slow.provider.ws];
    // Re-authorizing `slow` takes 2.5 intervals: no second call may start meanwhile.
    answers.set('viewer-slow', { hangMs: 2.5 * INTERVAL });

    await waitFor(() => callsOf('editor-alice').length >= 4, 6000, 'three re-authorizations');
    const times = callsOf('editor-alice').map((c) => c.at);
    // Never sooner than the interval after the previous answer (a few ms of clock granularity aside).
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(INTERVAL - 5);
    expect(aliceCloses).toEqual([]);
    expect(slowCloses).toEqual([]);
    expect([alice.provider.ws, slow.provider.ws]).toEqual(sockets);
    expect(server.server.stats()).toMatchObject({
      connections: 2,
      reauthorizeClosed: {},
      reauthorizeErrors: 0,
    });
    expect(maxInFlight.get('viewer-slow')).toBe(1);
    // handshake + at most two slow re-authorizations in ~3.5 s (each 2.5 s long, one at a time)
    expect(callsOf('viewer-slow').length).toBeLessThanOrEqual(3);
  });
});
