import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, createPool, withCredentials, withTenant, type Pool } from '@tessera/db';
import { TEST_APP_DB_PASSWORD } from '@tessera/testing';
import { ADD_COMMENT, makeUser, startHarness, type Harness } from '../testing/harness.ts';

// What the service's own database role can see, bypassing the GraphQL layer entirely.
let h: Harness;
let app: Pool;
let org: string;
let commentId: string;
let bobId: string;

beforeAll(async () => {
  h = await startHarness();
  org = randomUUID();
  const canvas = h.directories.addCanvas(org);
  const alice = makeUser(h.directories, 'Alice', [[org, 'OWNER']]);
  const bob = makeUser(h.directories, 'Bob', [[org, 'VIEWER']]);
  bobId = bob.userId;
  const added = await h.gql<{ addComment: { id: string } }>(alice.identity, ADD_COMMENT, {
    input: { canvasId: canvas, body: `hi @[Bob](${bob.userId})` },
  });
  commentId = added.data!.addComment.id;
  app = createPool(withCredentials(h.databaseUrl, APP_ROLE, TEST_APP_DB_PASSWORD), { max: 2 });
});
afterAll(async () => {
  await app.end();
  await h.stop();
});

describe('row-level security (tessera_app)', () => {
  it('a query without a tenant fails instead of returning rows', async () => {
    for (const table of ['comments', 'comment_mentions', 'notifications']) {
      await expect(app.query(`SELECT * FROM comments.${table}`)).rejects.toThrow('tenant context is not set');
    }
  });

  it('another tenant sees nothing and cannot write into this one', async () => {
    const other = randomUUID();
    const visible = await withTenant(app, { tenantId: other }, (c) =>
      c.query('SELECT id FROM comments.comments'),
    );
    expect(visible.rows).toEqual([]);
    const own = await withTenant(app, { tenantId: org }, (c) => c.query('SELECT id FROM comments.comments'));
    expect(own.rows).toEqual([{ id: commentId }]);
    const write = withTenant(app, { tenantId: other }, (c) =>
      c.query(
        "INSERT INTO comments.comments (id, organization_id, canvas_id, author_id, body) VALUES ($1, $2, 'c', $3, 'x')",
        [randomUUID(), org, randomUUID()],
      ),
    );
    await expect(write).rejects.toThrow(/row-level security/);
  });

  it("a user context sees only that user's notifications", async () => {
    const mine = await withTenant(app, { tenantId: null, userId: bobId }, (c) =>
      c.query('SELECT user_id FROM comments.notifications'),
    );
    expect(mine.rows).toEqual([{ user_id: bobId }]);
    const someoneElse = await withTenant(app, { tenantId: null, userId: randomUUID() }, (c) =>
      c.query('SELECT 1 FROM comments.notifications'),
    );
    expect(someoneElse.rows).toEqual([]);
  });

  it('the id → organization function reveals nothing else, and the app role cannot delete comments', async () => {
    const { rows } = await app.query('SELECT * FROM comments.comment_organizations($1::uuid[])', [
      [commentId],
    ]);
    expect(rows).toEqual([{ id: commentId, organization_id: org }]);
    const remove = withTenant(app, { tenantId: org }, (c) =>
      c.query('DELETE FROM comments.comments WHERE id = $1', [commentId]),
    );
    await expect(remove).rejects.toThrow(/permission denied/);
  });

  it('the service connects as a role that cannot bypass row-level security', async () => {
    const client = new pg.Client({ connectionString: h.databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = $1', [
      APP_ROLE,
    ]);
    await client.end();
    expect(rows).toEqual([{ rolbypassrls: false, rolsuper: false }]);
  });
});
