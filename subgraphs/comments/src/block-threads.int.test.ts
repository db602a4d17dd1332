// Issue 22: comments on blocks — data-point anchors, assignment, reply notifications and per-person
// unread counts per block. The real subgraph over a fresh database (testing/harness.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import { errorCodes, makeUser, startHarness, type Harness, type TestUser } from './testing/harness.ts';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) {
  id blockId parentId anchor { field value } assignee { id } } }`;
const STATS = `query($c: ID!) { commentStats(canvasId: $c) { blockId openCount unreadCount } }`;
const READ = `mutation($c: ID!, $b: ID) { markCommentsRead(canvasId: $c, blockId: $b) { blockId openCount unreadCount } }`;
const KINDS = `{ notifications { edges { node { kind actor { id } comment { id } } } } }`;

let h: Harness;
let org: string;
let canvas: string;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  h = await startHarness();
  org = randomUUID();
  canvas = h.directories.addCanvas(org);
  alice = makeUser(h.directories, 'Alice', [[org, 'OWNER']]);
  bob = makeUser(h.directories, 'Bob', [[org, 'VIEWER']]);
  carol = makeUser(h.directories, 'Carol', [[org, 'EDITOR']]);
  outsider = makeUser(h.directories, 'Olga', [[randomUUID(), 'OWNER']]);
});
afterAll(async () => {
  await h.stop();
});

async function add(who: TestUser, input: Record<string, unknown>) {
  const result = await h.gql<{
    addComment: {
      id: string;
      blockId: string | null;
      parentId: string | null;
      anchor: { field: string; value: string } | null;
      assignee: { id: string } | null;
    };
  }>(who.identity, ADD, { input: { canvasId: canvas, ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.addComment;
}

async function stats(identity: Identity) {
  const result = await h.gql<{
    commentStats: { blockId: string | null; openCount: number; unreadCount: number }[];
  }>(identity, STATS, { c: canvas });
  expect(result.errors).toBeUndefined();
  return result.data!.commentStats;
}

async function kinds(identity: Identity) {
  const result = await h.gql<{
    notifications: { edges: { node: { kind: string; actor: { id: string }; comment: { id: string } } }[] };
  }>(identity, KINDS);
  expect(result.errors).toBeUndefined();
  return result.data!.notifications.edges.map((e) => e.node);
}

describe('comments on blocks', () => {
  it('keep a chart data point as the anchor; a reply takes its thread and may not set one', async () => {
    const root = await add(alice, {
      blockId: 'chart-1',
      body: 'Why the dip?',
      anchor: { field: 'month', value: '2025-03' },
    });
    expect(root.anchor).toEqual({ field: 'month', value: '2025-03' });
    const reply = await add(bob, { parentId: root.id, body: 'Holidays' });
    expect(reply).toMatchObject({ blockId: 'chart-1', parentId: root.id, anchor: null });
    const refused = await h.gql(alice.identity, ADD, {
      input: { canvasId: canvas, parentId: root.id, body: 'x', anchor: { field: 'a', value: 'b' } },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const tooLong = await h.gql(alice.identity, ADD, {
      input: { canvasId: canvas, body: 'x', anchor: { field: 'a'.repeat(201), value: 'b' } },
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  it('notify the thread’s earlier authors of a reply, the assignee once, never the author', async () => {
    const root = await add(alice, { blockId: 'sql-1', body: 'Check the join', assigneeId: carol.userId });
    expect(root.assignee).toEqual({ id: carol.userId });
    await add(bob, { parentId: root.id, body: `Looks fine @[Carol](${carol.userId})` });
    const reply = await add(carol, { parentId: root.id, body: 'Fixed it' });

    const forAlice = (await kinds(alice.identity)).filter((n) => n.comment.id === reply.id);
    expect(forAlice).toEqual([{ kind: 'REPLY', actor: { id: carol.userId }, comment: { id: reply.id } }]);
    expect((await kinds(bob.identity)).filter((n) => n.comment.id === reply.id)).toHaveLength(1);
    const carolKinds = (await kinds(carol.identity)).map((n) => n.kind);
    expect(carolKinds.filter((k) => k === 'ASSIGNMENT')).toHaveLength(1);
    expect(carolKinds.filter((k) => k === 'MENTION')).toHaveLength(1);
    expect((await kinds(carol.identity)).some((n) => n.comment.id === reply.id)).toBe(false);

    const notMember = await h.gql(alice.identity, ADD, {
      input: { canvasId: canvas, body: 'x', assigneeId: outsider.userId },
    });
    expect(errorCodes(notMember)).toEqual(['BAD_USER_INPUT']);
  });

  it('count open and unread comments per block and person; reading a block clears its unread count only', async () => {
    const before = await stats(bob.identity);
    const sqlBlock = before.find((s) => s.blockId === 'sql-1')!;
    // Alice and Carol wrote two of the three comments on sql-1 that Bob has not read.
    expect(sqlBlock).toEqual({ blockId: 'sql-1', openCount: 3, unreadCount: 2 });
    expect(before.find((s) => s.blockId === 'chart-1')).toMatchObject({ unreadCount: 1 });

    const read = await h.gql<{ markCommentsRead: { unreadCount: number } }>(bob.identity, READ, {
      c: canvas,
      b: 'sql-1',
    });
    expect(read.data?.markCommentsRead).toEqual({ blockId: 'sql-1', openCount: 3, unreadCount: 0 });
    const after = await stats(bob.identity);
    expect(after.find((s) => s.blockId === 'chart-1')).toMatchObject({ unreadCount: 1 });
    // Alice's own view is hers: only Bob's and Carol's comments are unread for her.
    expect((await stats(alice.identity)).find((s) => s.blockId === 'sql-1')).toMatchObject({
      unreadCount: 2,
    });

    await add(alice, { blockId: 'sql-1', body: 'One more' });
    expect((await stats(bob.identity)).find((s) => s.blockId === 'sql-1')).toMatchObject({
      openCount: 4,
      unreadCount: 1,
    });
  });

  it('email the mentioned and the assigned member through the mail path, with a link to the thread', async () => {
    h.mails.length = 0;
    const root = await add(alice, {
      blockId: 'chart-9',
      body: `Look @[Bob](${bob.userId})`,
      assigneeId: carol.userId,
    });
    const byRecipient = new Map(h.mails.map((m) => [m.to, m]));
    expect([...byRecipient.keys()].sort()).toEqual([bob.email, carol.email].sort());
    expect(byRecipient.get(bob.email)).toMatchObject({
      organizationId: org,
      subject: expect.stringContaining('Alice mentioned you on'),
      text: expect.stringContaining('Look @Bob'),
      link: `/canvas/${canvas}?comments=chart-9#block-chart-9`,
    });
    expect(byRecipient.get(carol.email)?.subject).toContain('Alice assigned you a comment');
    expect(byRecipient.get(bob.email)?.text).not.toContain('@[');
    // A reply notifies (REPLY) but sends no email.
    h.mails.length = 0;
    await add(bob, { parentId: root.id, body: 'On it' });
    expect(h.mails).toEqual([]);
  });

  it('another tenant gets NOT_FOUND for the stats and the read marker', async () => {
    expect(errorCodes(await h.gql(outsider.identity, STATS, { c: canvas }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await h.gql(outsider.identity, READ, { c: canvas, b: 'sql-1' }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
