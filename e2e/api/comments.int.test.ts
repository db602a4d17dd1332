import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let alice: SignedUpUser;
let bob: SignedUpUser;
let canvasId: string;
const clients: Client[] = [];

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id body } }';
const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }';

beforeAll(async () => {
  stack = await startStack();
  alice = await signUp(stack, 'alice');
  bob = await signUp(stack, 'bob');
  await stack.gql(
    INVITE,
    { i: { organizationId: alice.organizationId, email: bob.email, role: 'EDITOR' } },
    alice.accessToken,
  );
  const created = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: alice.projectId, name: 'Discussed' } },
    alice.accessToken,
  );
  canvasId = created.data!.createCanvas.id;
}, 180_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack.stop();
});

function subscribe(token: string, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({
    url: stack.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 30,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    shouldRetry: () => true,
  });
  clients.push(client);
  const results: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
    at: number;
  }[] = [];
  const probes = new Set<string>();
  let completed = false;
  client.subscribe(
    { query, variables },
    {
      next: (r) => {
        const body = bodyOf(r.data);
        if (body?.startsWith(PROBE)) probes.add(body);
        else results.push({ ...(r as object), at: performance.now() });
      },
      error: (e) => void results.push({ errors: Array.isArray(e) ? e : [{}], at: performance.now() }),
      complete: () => (completed = true),
    },
  );
  return { results, probes, done: () => completed };
}

/** Comments whose body starts with this are readiness probes: kept out of a stream's results. */
const PROBE = 'readiness probe ';
let probesSent = 0;
const bodyOf = (data: Record<string, unknown> | null | undefined) =>
  ((data?.commentAdded as { body?: string } | undefined)?.body ??
    (data?.notificationAdded as { comment?: { body?: string } } | undefined)?.comment?.body) as
    string | undefined;

/**
 * Subscriptions start listening a moment after the socket opens (and again after a reconnect),
 * and the protocol does not say when: send probe comments until one reaches the stream.
 */
async function live(stream: ReturnType<typeof subscribe>, sendProbe: (body: string) => Promise<unknown>) {
  const deadline = Date.now() + 30_000;
  const before = stream.probes.size;
  for (;;) {
    await sendProbe(`${PROBE}${(probesSent += 1)}`);
    // Any probe arriving (this one or a slower earlier one) shows the subscription is live.
    const arrived = await vi
      .waitUntil(() => stream.probes.size > before, { timeout: 1_000, interval: 20 })
      .then(
        () => true,
        () => false,
      );
    if (arrived) return;
    if (Date.now() > deadline) throw new Error('the subscription never received a probe');
  }
}
const probeComment =
  (author: SignedUpUser, suffix = '') =>
  (body: string) =>
    stack.gql(ADD, { i: { canvasId, body: `${body}${suffix}` } }, author.accessToken);

const COMMENT_ADDED =
  'subscription($c: ID!) { commentAdded(canvasId: $c) { id body author { name } canvas { name } } }';

describe('comments and live subscriptions through the gateway', () => {
  // How fast is a latency claim for bench/, not this test.
  it('delivers a comment added by another user live, with the author name from accounts', async () => {
    const stream = subscribe(alice.accessToken, COMMENT_ADDED, { c: canvasId });
    await live(stream, probeComment(bob));
    const added = await stack.gql<{ addComment: { id: string } }>(
      ADD,
      { i: { canvasId, body: 'Revenue dipped in March?' } },
      bob.accessToken,
    );
    expect(added.errors).toBeUndefined();
    await expect.poll(() => stream.results.length, { timeout: 3_000 }).toBe(1);
    const event = stream.results[0]!;
    expect(event.data?.commentAdded).toEqual({
      id: added.data!.addComment.id,
      body: 'Revenue dipped in March?',
      author: { name: 'Name bob' },
      canvas: { name: 'Discussed' },
    });
  });

  it('refuses a user of another organization at subscribe time', async () => {
    const outsider = await signUp(stack, 'outsider');
    const stream = subscribe(outsider.accessToken, COMMENT_ADDED, { c: canvasId });
    await expect.poll(() => stream.results.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(stream.results[0]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps delivering after the gateway restarts (clients reconnect)', async () => {
    const stream = subscribe(alice.accessToken, COMMENT_ADDED, { c: canvasId });
    await live(stream, probeComment(bob));
    await stack.restartGateway();
    await live(stream, probeComment(bob)); // reconnected and subscribed again
    await stack.gql(ADD, { i: { canvasId, body: 'after restart' } }, bob.accessToken);
    await expect
      .poll(() => stream.results.map((r) => (r.data?.commentAdded as { body: string } | undefined)?.body), {
        timeout: 5_000,
      })
      .toContain('after restart');
  });

  it('stops delivering to a member removed from the organization', async () => {
    const carol = await signUp(stack, 'carol');
    await stack.gql(
      INVITE,
      { i: { organizationId: alice.organizationId, email: carol.email, role: 'VIEWER' } },
      alice.accessToken,
    );
    const stream = subscribe(carol.accessToken, COMMENT_ADDED, { c: canvasId });
    await live(stream, probeComment(alice));
    await stack.gql(ADD, { i: { canvasId, body: 'carol sees this' } }, alice.accessToken);
    await expect.poll(() => stream.results.length, { timeout: 3_000 }).toBe(1);
    const removed = await stack.gql(
      'mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }',
      { o: alice.organizationId, u: carol.userId },
      alice.accessToken,
    );
    expect(removed.data).toEqual({ removeMember: true });
    // Identities are re-checked at least every 5 s: move the clock (Date only, the stack runs in this
    // process) just past that instead of waiting it out.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      vi.setSystemTime(Date.now() + 5_001);
      await stack.gql(ADD, { i: { canvasId, body: 'carol must not see this' } }, alice.accessToken);
      await expect.poll(() => stream.done(), { timeout: 5_000 }).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const bodies = stream.results.map(
      (r) => (r.data?.commentAdded as { body: string } | null | undefined)?.body,
    );
    expect(bodies).not.toContain('carol must not see this');
  });

  it('mentions notify members only, live', async () => {
    const stream = subscribe(
      bob.accessToken,
      'subscription { notificationAdded { id kind comment { body } } }',
    );
    await live(stream, probeComment(alice, ` @[Bob](${bob.userId})`));
    const outsider = await signUp(stack, 'mention-outsider');
    await stack.gql(
      ADD,
      { i: { canvasId, body: `@[Bob](${bob.userId}) and @[Mallory](${outsider.userId}) look` } },
      alice.accessToken,
    );
    await expect.poll(() => stream.results.length, { timeout: 3_000 }).toBe(1);
    expect(stream.results[0]!.data?.notificationAdded).toMatchObject({ kind: 'MENTION' });
    const theirs = await stack.gql<{ notifications: { edges: unknown[] } }>(
      '{ notifications(first: 10) { edges { node { id } } } }',
      {},
      outsider.accessToken,
    );
    expect(theirs.data?.notifications.edges).toHaveLength(0);
  });

  it('paginates a 250-comment canvas stably', async () => {
    const created = await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: alice.projectId, name: 'Busy' } },
      alice.accessToken,
    );
    const busy = created.data!.createCanvas.id;
    for (let i = 0; i < 250; i++)
      await stack.gql(ADD, { i: { canvasId: busy, body: `c${i}` } }, alice.accessToken);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          canvas: {
            comments: {
              edges: { node: { body: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          };
        } | null;
      } = await stack.gql(
        'query($id: ID!, $a: String) { canvas(id: $id) { comments(first: 100, after: $a) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }',
        { id: busy, a: after },
        alice.accessToken,
      );
      const comments = page.data!.canvas.comments;
      seen.push(...comments.edges.map((e) => e.node.body));
      if (seen.length === 100)
        await stack.gql(ADD, { i: { canvasId: busy, body: 'added mid-pagination' } }, alice.accessToken);
      after = comments.pageInfo.hasNextPage ? comments.pageInfo.endCursor : null;
    } while (after);
    const originals = seen.filter((b) => b !== 'added mid-pagination');
    expect(new Set(originals).size).toBe(250);
    expect(originals).toHaveLength(250);
    const tooMany = await stack.gql(
      'query($id: ID!) { canvas(id: $id) { comments(first: 101) { edges { cursor } } } }',
      { id: busy },
      alice.accessToken,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
