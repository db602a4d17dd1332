import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_COMMENT,
  errorCodes,
  makeUser,
  startHarness,
  type Harness,
  type TestUser,
} from './testing/harness.ts';

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const CANVAS_PAGE = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) {
  ... on Canvas { commentCount comments(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } } } }`;
const QUERY_PAGE = `query($canvasId: ID!, $first: Int, $after: String, $blockId: ID, $threadsOnly: Boolean) {
  comments(canvasId: $canvasId, first: $first, after: $after, blockId: $blockId, threadsOnly: $threadsOnly) {
    edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`;

let h: Harness;
let alice: TestUser;
let canvas: string;
const seeded: string[] = [];

async function add(
  canvasId: string,
  body: string,
  extra: Record<string, unknown> = {},
  who: TestUser = alice,
): Promise<string> {
  const result = await h.gql<{ addComment: { id: string } }>(who.identity, ADD_COMMENT, {
    input: { canvasId, body, ...extra },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.addComment.id;
}

async function canvasPage(first: number, after: string | null): Promise<Page & { commentCount: number }> {
  const result = await h.gql<{ _entities: { commentCount: number; comments: Page }[] }>(
    alice.identity,
    CANVAS_PAGE,
    {
      r: [{ __typename: 'Canvas', id: canvas }],
      first,
      after,
    },
  );
  expect(result.errors).toBeUndefined();
  const entity = result.data!._entities[0]!;
  return { ...entity.comments, commentCount: entity.commentCount };
}

beforeAll(async () => {
  h = await startHarness();
  const org = randomUUID();
  canvas = h.directories.addCanvas(org);
  alice = makeUser(h.directories, 'Alice', [[org, 'EDITOR']]);
  for (let i = 0; i < 250; i++) seeded.push(await add(canvas, `comment ${i}`));
}, 60_000);
afterAll(() => h.stop());

describe('Canvas.comments over _entities', () => {
  it('pages 250 comments by 100 with no duplicates and no gaps while new comments arrive between pages', async () => {
    const seen: string[] = [];
    const added: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const page = await canvasPage(100, after);
      sizes.push(page.edges.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
      // Someone comments while the reader is between pages.
      for (let i = 0; i < 3; i++) added.push(await add(canvas, `late ${added.length}`));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 250)).toEqual(seeded);
    // New comments sort after every existing one, so they show up at the end, never in between.
    expect(seen.slice(250)).toEqual(added);
    expect(sizes).toEqual([100, 100, 56]);
  });

  it('counts the connection (totalCount) and the canvas (commentCount)', async () => {
    const page = await canvasPage(10, null);
    expect(page.totalCount).toBeGreaterThanOrEqual(256);
    expect(page.commentCount).toBe(page.totalCount);
    expect(page.edges).toHaveLength(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('answers first: 101 with BAD_USER_INPUT and accepts first: 100', async () => {
    const tooMany = await h.gql(alice.identity, CANVAS_PAGE, {
      r: [{ __typename: 'Canvas', id: canvas }],
      first: 101,
    });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
    const viaQuery = await h.gql(alice.identity, QUERY_PAGE, { canvasId: canvas, first: 101 });
    expect(errorCodes(viaQuery)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await h.gql(alice.identity, QUERY_PAGE, { canvasId: canvas, first: -1 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await canvasPage(100, null)).edges).toHaveLength(100);
  });

  it('rejects a cursor it did not issue', async () => {
    for (const after of [
      'garbage',
      Buffer.from('2025-13-45T00:00:00.000000Z|' + randomUUID()).toString('base64url'),
    ]) {
      const result = await h.gql(alice.identity, QUERY_PAGE, { canvasId: canvas, after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('Query.comments filters and replies', () => {
  let other: string;
  let pat: TestUser;
  let root: string;
  const replies: string[] = [];

  beforeAll(async () => {
    const org = randomUUID();
    other = h.directories.addCanvas(org);
    pat = makeUser(h.directories, 'Pat', [[org, 'VIEWER']]);
    root = await add(other, 'thread', { blockId: 'b1' }, pat);
    for (let i = 0; i < 5; i++) replies.push(await add(other, `reply ${i}`, { parentId: root }, pat));
    await add(other, 'on the canvas', {}, pat);
  });

  it('threadsOnly lists first comments; blockId narrows to a block', async () => {
    const threads = await h.gql<{ comments: Page }>(pat.identity, QUERY_PAGE, {
      canvasId: other,
      threadsOnly: true,
    });
    expect(threads.data!.comments.totalCount).toBe(2);
    const block = await h.gql<{ comments: Page }>(pat.identity, QUERY_PAGE, {
      canvasId: other,
      blockId: 'b1',
    });
    expect(block.data!.comments.edges.map((e) => e.node.id)).toEqual([root, ...replies]);
  });

  it("pages a thread's replies with their own cursors", async () => {
    const REPLIES = `query($id: ID!, $after: String) { comment(id: $id) { replies(first: 2, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard++) {
      const result: { data?: { comment: { replies: Page } } | null } = await h.gql(pat.identity, REPLIES, {
        id: root,
        after,
      });
      const page = result.data!.comment.replies;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(replies);
  });
});
