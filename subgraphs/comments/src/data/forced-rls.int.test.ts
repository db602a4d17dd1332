import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_ROLE, type Pool } from '@tessera/db';
import {
  createMigratedServiceDatabase,
  tenantTableSecurity,
  type MigratedServiceDatabase,
} from '@tessera/testing';

// Forced row-level security (migration 0002): every tenant table binds its owner too, and the one
// lookup that crosses tenants (comment_organizations) runs as tessera_comments_directory, a narrow role, not as the owner.

let db: MigratedServiceDatabase;
let owner: Pool;
let app: Pool;

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'comments',
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
  ({ owner, app } = db);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('forced row-level security in comments', () => {
  it('every table carrying an organization id has row-level security enabled and forced', async () => {
    expect(await tenantTableSecurity(owner, 'comments')).toEqual(
      ['comment_mentions', 'comment_reads', 'comments', 'notifications'].map((table) => ({
        table,
        enabled: true,
        forced: true,
      })),
    );
  });

  it('the lookup across tenants is owned by a narrow role the app role cannot become', async () => {
    const { rows } = await owner.query(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login,
              pg_has_role($1, r.oid, 'MEMBER') AS "appMember"
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'comments' AND p.prosecdef ORDER BY 1`,
      [APP_ROLE],
    );
    expect(rows).toEqual([
      {
        fn: 'comment_organizations',
        owner: 'tessera_comments_directory',
        super: false,
        bypass: false,
        login: false,
        appMember: false,
      },
    ]);
    await expect(app.query('SET ROLE tessera_comments_directory')).rejects.toThrow(/permission denied/);
  });

  it('that role reads ids and organizations only, and writes nothing', async () => {
    const client = await owner.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tessera_comments_directory');
      await client.query('SAVEPOINT s');
      await expect(client.query('SELECT body FROM comments.comments')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await expect(client.query('DELETE FROM comments.comments')).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
