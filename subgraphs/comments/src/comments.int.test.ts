import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import {
  ADD_COMMENT,
  COMMENT_FIELDS,
  errorCodes,
  makeUser,
  startHarness,
  type Harness,
  type TestUser,
} from './testing/harness.ts';

interface CommentView {
  id: string;
  body: string;
  blockId: string | null;
  parentId: string | null;
  resolved: boolean;
  deleted: boolean;
  editedAt: string | null;
  author: { id: string };
  canvas: { id: string };
}

const LIST = `query($canvasId: ID!, $first: Int, $after: String, $includeResolved: Boolean) {
  comments(canvasId: $canvasId, first: $first, after: $after, includeResolved: $includeResolved) {
    edges { cursor node { ${COMMENT_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }`;

let h: Harness;
let orgA: string;
let canvas: string;
let alice: TestUser; // OWNER of A
let bob: TestUser; // VIEWER of A
let erin: TestUser; // EDITOR of A
let mallory: TestUser; // OWNER of another organization

beforeAll(async () => {
  h = await startHarness();
  orgA = randomUUID();
  const orgB = randomUUID();
  canvas = h.directories.addCanvas(orgA);
  alice = makeUser(h.directories, 'Alice', [[orgA, 'OWNER']]);
  bob = makeUser(h.directories, 'Bob', [[orgA, 'VIEWER']]);
  erin = makeUser(h.directories, 'Erin', [[orgA, 'EDITOR']]);
  mallory = makeUser(h.directories, 'Mallory', [[orgB, 'OWNER']]);
});
afterAll(() => h.stop());

async function add(who: TestUser | Identity, input: Record<string, unknown>): Promise<CommentView> {
  const identity = 'identity' in who ? who.identity : who;
  const result = await h.gql<{ addComment: CommentView }>(identity, ADD_COMMENT, {
    input: { canvasId: canvas, ...input },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.addComment;
}

async function mutate(who: TestUser, field: string, id: string, extra = '') {
  return h.gql<Record<string, CommentView>>(
    who.identity,
    `mutation($id: ID!) { ${field}(id: $id${extra}) { ${COMMENT_FIELDS} } }`,
    { id },
  );
}

describe('adding and reading', () => {
  it('a member comments on the canvas and on a block; the canvas lists both, oldest first', async () => {
    const onCanvas = await add(alice, { body: 'Revenue looks off in March' });
    const onBlock = await add(alice, { body: 'This chart needs a legend', blockId: 'block-7' });
    expect(onCanvas).toMatchObject({
      body: 'Revenue looks off in March',
      blockId: null,
      parentId: null,
      resolved: false,
      deleted: false,
    });
    expect(onCanvas.author).toEqual({ id: alice.userId });
    expect(onCanvas.canvas).toEqual({ id: canvas });
    expect(onBlock.blockId).toBe('block-7');

    const list = await h.gql<{ comments: { edges: { node: CommentView }[]; totalCount: number } }>(
      alice.identity,
      LIST,
      { canvasId: canvas },
    );
    const ids = list.data!.comments.edges.map((e) => e.node.id);
    expect(ids.indexOf(onCanvas.id)).toBeLessThan(ids.indexOf(onBlock.id));
    const one = await h.gql<{ comment: CommentView }>(
      alice.identity,
      `query($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} } }`,
      { id: onBlock.id },
    );
    expect(one.data!.comment).toEqual(onBlock);
  });

  it('a VIEWER may comment: every member of the organization may', async () => {
    const comment = await add(bob, { body: 'Agreed' });
    expect(comment.author).toEqual({ id: bob.userId });
  });

  it('rejects an empty body and a body over 10,000 characters', async () => {
    const empty = await h.gql(alice.identity, ADD_COMMENT, { input: { canvasId: canvas, body: '   ' } });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    const long = await h.gql(alice.identity, ADD_COMMENT, {
      input: { canvasId: canvas, body: 'x'.repeat(10_001) },
    });
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('threads', () => {
  it('replies nest under the thread; a reply to a reply joins the same thread and block', async () => {
    const root = await add(alice, { body: 'Which filter is this?', blockId: 'block-1' });
    const first = await add(bob, { body: 'The region filter', parentId: root.id });
    const second = await add(erin, { body: 'Region, yes', parentId: first.id });
    expect(first).toMatchObject({ parentId: root.id, blockId: 'block-1' });
    expect(second).toMatchObject({ parentId: root.id, blockId: 'block-1' });

    const thread = await h.gql<{
      comment: { replies: { edges: { node: { id: string } }[]; totalCount: number } };
    }>(
      alice.identity,
      'query($id: ID!) { comment(id: $id) { replies { edges { node { id } } totalCount } } }',
      { id: root.id },
    );
    expect(thread.data!.comment.replies.edges.map((e) => e.node.id)).toEqual([first.id, second.id]);
    expect(thread.data!.comment.replies.totalCount).toBe(2);

    const otherBlock = await h.gql(alice.identity, ADD_COMMENT, {
      input: { canvasId: canvas, parentId: root.id, blockId: 'block-2', body: 'x' },
    });
    expect(errorCodes(otherBlock)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a parent from another canvas', async () => {
    const elsewhere = h.directories.addCanvas(orgA);
    const foreign = await h.gql<{ addComment: CommentView }>(alice.identity, ADD_COMMENT, {
      input: { canvasId: elsewhere, body: 'Elsewhere' },
    });
    const reply = await h.gql(alice.identity, ADD_COMMENT, {
      input: { canvasId: canvas, parentId: foreign.data!.addComment.id, body: 'x' },
    });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });
});

describe('editing and deleting', () => {
  it('only the author edits; an edit is marked', async () => {
    const comment = await add(bob, { body: 'Typo hre' });
    const denied = await h.gql(
      alice.identity,
      'mutation($id: ID!) { editComment(id: $id, body: "hijack") { id } }',
      { id: comment.id },
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    const edited = await h.gql<{ editComment: CommentView }>(
      bob.identity,
      `mutation($id: ID!) { editComment(id: $id, body: "Typo here") { ${COMMENT_FIELDS} } }`,
      {
        id: comment.id,
      },
    );
    expect(edited.data!.editComment).toMatchObject({ body: 'Typo here', deleted: false });
    expect(edited.data!.editComment.editedAt).not.toBeNull();
  });

  it('a soft delete keeps the comment in place with its replies, body "" and deleted true', async () => {
    const before = await add(alice, { body: 'before' });
    const root = await add(alice, { body: 'Delete me later' });
    const reply = await add(bob, { body: 'A reply that stays', parentId: root.id });
    const after = await add(alice, { body: 'after' });
    const countBefore = await h.gql<{ _entities: { commentCount: number }[] }>(alice.identity, COUNT, {
      r: [{ __typename: 'Canvas', id: canvas }],
    });

    expect(errorCodes(await mutate(bob, 'deleteComment', root.id))).toEqual(['FORBIDDEN']);
    const deleted = await mutate(alice, 'deleteComment', root.id);
    expect(deleted.data!.deleteComment).toMatchObject({
      id: root.id,
      body: '',
      deleted: true,
      parentId: null,
    });

    const list = await h.gql<{ comments: { edges: { node: CommentView }[] } }>(alice.identity, LIST, {
      canvasId: canvas,
      first: 100,
    });
    const nodes = list.data!.comments.edges.map((e) => e.node);
    const ids = nodes.map((n) => n.id);
    expect(ids.slice(ids.indexOf(before.id), ids.indexOf(after.id) + 1)).toEqual([
      before.id,
      root.id,
      reply.id,
      after.id,
    ]);
    expect(nodes.find((n) => n.id === reply.id)).toMatchObject({
      body: 'A reply that stays',
      parentId: root.id,
      deleted: false,
    });
    const countAfter = await h.gql<{ _entities: { commentCount: number }[] }>(alice.identity, COUNT, {
      r: [{ __typename: 'Canvas', id: canvas }],
    });
    expect(countAfter.data!._entities[0]!.commentCount).toBe(
      countBefore.data!._entities[0]!.commentCount - 1,
    );

    const edit = await h.gql(
      alice.identity,
      'mutation($id: ID!) { editComment(id: $id, body: "back") { id } }',
      { id: root.id },
    );
    expect(errorCodes(edit)).toEqual(['BAD_USER_INPUT']);
  });
});

const COUNT = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Canvas { commentCount } } }';

describe('resolving', () => {
  it('the thread author or an EDITOR resolves and reopens; a reply reports its thread', async () => {
    const root = await add(alice, { body: 'Is this number right?' });
    const reply = await add(bob, { body: 'Checking', parentId: root.id });

    expect(errorCodes(await mutate(bob, 'resolveComment', root.id))).toEqual(['FORBIDDEN']);
    const resolved = await mutate(erin, 'resolveComment', reply.id);
    expect(resolved.data!.resolveComment).toMatchObject({ id: reply.id, resolved: true });
    const open = await h.gql<{ comments: { edges: { node: { id: string } }[] } }>(alice.identity, LIST, {
      canvasId: canvas,
      first: 100,
      includeResolved: false,
    });
    const openIds = open.data!.comments.edges.map((e) => e.node.id);
    expect(openIds).not.toContain(root.id);
    expect(openIds).not.toContain(reply.id);

    const reopened = await mutate(alice, 'reopenComment', root.id);
    expect(reopened.data!.reopenComment).toMatchObject({ id: root.id, resolved: false });
  });

  it('a VIEWER resolves their own thread', async () => {
    const own = await add(bob, { body: 'My question' });
    expect((await mutate(bob, 'resolveComment', own.id)).data!.resolveComment!.resolved).toBe(true);
  });
});

describe('who may not', () => {
  it('another tenant gets NOT_FOUND for the canvas, the comment and its mutations', async () => {
    const comment = await add(alice, { body: 'Private' });
    const list = await h.gql(mallory.identity, LIST, { canvasId: canvas });
    expect(errorCodes(list)).toEqual(['NOT_FOUND']);
    const one = await h.gql(mallory.identity, 'query($id: ID!) { comment(id: $id) { id body } }', {
      id: comment.id,
    });
    expect(one.data).toEqual({ comment: null });
    expect(errorCodes(one)).toEqual(['NOT_FOUND']);
    const write = await h.gql(mallory.identity, ADD_COMMENT, { input: { canvasId: canvas, body: 'hello' } });
    expect(errorCodes(write)).toEqual(['NOT_FOUND']);
    for (const field of ['deleteComment', 'resolveComment', 'reopenComment']) {
      expect(errorCodes(await mutate(mallory, field, comment.id))).toEqual(['NOT_FOUND']);
    }
  });

  it('another tenant gets NOT_FOUND through _entities too', async () => {
    const comment = await add(alice, { body: 'Also private' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Comment { id body } ... on Canvas { id comments(first: 5) { totalCount } } } }`;
    const r = [
      { __typename: 'Comment', id: comment.id },
      { __typename: 'Canvas', id: canvas },
    ];
    const foreign = await h.gql<{ _entities: unknown[] }>(mallory.identity, query, { r });
    // Canvas.comments is nullable (partial answers, docs/api.md): the foreign canvas keeps only the
    // id the caller sent, with no comments, and the field is NOT_FOUND.
    expect(foreign.data?._entities).toEqual([null, { id: canvas, comments: null }]);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const member = await h.gql<{ _entities: unknown[] }>(alice.identity, query, { r });
    expect(member.data?._entities[0]).toEqual({ id: comment.id, body: 'Also private' });
    expect(member.errors).toBeUndefined();
  });

  it('a deleted canvas is NOT_FOUND; an unknown comment id is NOT_FOUND', async () => {
    const gone = h.directories.addCanvas(orgA);
    h.directories.deleteCanvas(gone);
    expect(errorCodes(await h.gql(alice.identity, LIST, { canvasId: gone }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await h.gql(alice.identity, 'query { comment(id: "not-a-uuid") { id } }'))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await mutate(alice, 'resolveComment', randomUUID()))).toEqual(['NOT_FOUND']);
  });

  it('anonymous callers (share-link viewers included) are refused', async () => {
    const anonymous: Identity = { requestId: 'anon', principal: { kind: 'anonymous' } };
    expect(errorCodes(await h.gql(anonymous, LIST, { canvasId: canvas }))).toEqual(['UNAUTHENTICATED']);
    expect(
      errorCodes(await h.gql(anonymous, ADD_COMMENT, { input: { canvasId: canvas, body: 'hi' } })),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses requests that do not come through the gateway', async () => {
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('API keys', () => {
  const key = (scopes: ('READ' | 'WRITE')[], organizationId = orgA): Identity => ({
    requestId: 'key',
    principal: { kind: 'apiKey', apiKeyId: randomUUID(), organizationId, scopes, createdBy: alice.userId },
  });

  it('READ reads, WRITE writes (on behalf of the key creator), another organization is NOT_FOUND', async () => {
    expect((await h.gql(key(['READ']), LIST, { canvasId: canvas })).errors).toBeUndefined();
    expect(
      errorCodes(await h.gql(key(['READ']), ADD_COMMENT, { input: { canvasId: canvas, body: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    const written = await add(key(['READ', 'WRITE']), { body: 'From the pipeline' });
    expect(written.author).toEqual({ id: alice.userId });
    expect(errorCodes(await h.gql(key(['READ'], randomUUID()), LIST, { canvasId: canvas }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('notifications need a signed-in user', async () => {
    expect(errorCodes(await h.gql(key(['READ']), '{ notifications { totalCount } }'))).toEqual(['FORBIDDEN']);
  });
});
