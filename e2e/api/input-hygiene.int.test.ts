import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id body } }';

let stack: Stack;
let alice: SignedUpUser;
let canvasId: string;
beforeAll(async () => {
  stack = await startStack();
  alice = await signUp(stack, 'hygiene');
  const created = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: alice.projectId, name: 'Hygiene' } },
    alice.accessToken,
  );
  canvasId = created.data!.createCanvas.id;
}, 180_000);
afterAll(() => stack.stop());

/** A literal GraphQL string for the text, with the given escapes written as \\uXXXX. */
const literal = (escaped: string) =>
  `mutation { addComment(input: { canvasId: "${canvasId}", body: "${escaped}" }) { id body } }`;

describe('input hygiene at the gateway', () => {
  it('refuses a NUL byte in a comment body with BAD_USER_INPUT (variables and inline literals), not INTERNAL', async () => {
    const asVariable = await stack.gql(
      ADD,
      { i: { canvasId, body: 'before\u0000after' } },
      alice.accessToken,
    );
    expect(asVariable.status).toBe(400);
    expect(errorCode(asVariable), JSON.stringify(asVariable.errors)).toBe('BAD_USER_INPUT');
    expect(asVariable.errors?.[0]?.message).toMatch(/NUL/);

    const asLiteral = await stack.gql(literal('before\\u0000after'), {}, alice.accessToken);
    expect(errorCode(asLiteral)).toBe('BAD_USER_INPUT');
  });

  it('refuses lone UTF-16 surrogates instead of changing them, in variables and literals', async () => {
    for (const body of ['lone high \uD800 here', 'lone low \uDC00', 'reversed \uDC00\uD800']) {
      const result = await stack.gql(ADD, { i: { canvasId, body } }, alice.accessToken);
      expect(errorCode(result), JSON.stringify(body)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/surrogate/);
    }
    for (const escaped of ['lone high \\uD800 here', 'lone low \\uDC00', 'braced \\u{D800}']) {
      const result = await stack.gql(literal(escaped), {}, alice.accessToken);
      expect(errorCode(result), escaped).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps well-formed text, including astral characters as surrogate pairs, unchanged', async () => {
    const body = 'fine 😀 \uD83D\uDE00 ünïcödé';
    const viaVariable = await stack.gql<{ addComment: { body: string } }>(
      ADD,
      { i: { canvasId, body } },
      alice.accessToken,
    );
    expect(viaVariable.data?.addComment.body).toBe(body);
    const viaLiteral = await stack.gql<{ addComment: { body: string } }>(
      literal('pair \\uD83D\\uDE00'),
      {},
      alice.accessToken,
    );
    expect(viaLiteral.data?.addComment.body).toBe('pair 😀');
  });

  it('checks nested JSON variables and their keys too', async () => {
    const result = await stack.gql(
      'query($id: ID!) { dataSource(id: $id) { id } }',
      { id: 'x\u0000' },
      alice.accessToken,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
