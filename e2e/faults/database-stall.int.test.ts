import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

// A database stall (another session holding a lock the request needs) answers within seconds with
// UNAVAILABLE and HTTP 503, instead of holding the request for the whole stall.

let stack: Stack;
let alice: SignedUpUser;
let canvasId: string;

beforeAll(async () => {
  stack = await startStack();
  alice = await signUp(stack, 'alice');
  const created = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: alice.projectId, name: 'Stalled' } },
    alice.accessToken,
  );
  canvasId = created.data!.createCanvas.id;
}, 180_000);
afterAll(() => stack?.stop());

describe('database stalls', () => {
  it(
    'a request whose table is locked by another session answers UNAVAILABLE (503) while the stall lasts',
    { timeout: 90_000 },
    async () => {
      const COMMENTS = 'query($c: ID!) { comments(canvasId: $c) { totalCount edges { node { id } } } }';
      const before = await stack.gql(COMMENTS, { c: canvasId }, alice.accessToken);
      expect(before.errors).toBeUndefined();

      const holder = new pg.Client({ connectionString: stack.databaseUrl });
      await holder.connect();
      let stallOver = false;
      try {
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE comments.comments IN ACCESS EXCLUSIVE MODE');
        // The stall lasts 60 s; the request must not wait for its end.
        const release = setTimeout(() => {
          stallOver = true;
          void holder.query('ROLLBACK').catch(() => undefined);
        }, 60_000);
        try {
          const stalled = await stack.gql(COMMENTS, { c: canvasId }, alice.accessToken);
          expect(stallOver).toBe(false);
          expect(stalled.status).toBe(503);
          expect(stalled.errors?.[0]).toMatchObject({
            message: 'The database is not answering right now; try again shortly',
            extensions: { code: 'UNAVAILABLE' },
          });
          expect(JSON.stringify(stalled.errors)).not.toMatch(/lock|timeout|comments\.comments|ECONN|\.ts/i);
        } finally {
          clearTimeout(release);
        }
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        await holder.end();
      }
      const after = await stack.gql(COMMENTS, { c: canvasId }, alice.accessToken);
      expect(after.errors).toBeUndefined();
    },
  );
});
