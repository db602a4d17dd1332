import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_ROLE, createPool, migrateServiceSchema, withCredentials, type Pool } from '@tessera/db';
import { silentLogger } from '@tessera/logger';
import { createTestDatabase, TEST_APP_DB_PASSWORD } from '@tessera/testing';

// Forced row-level security (migration 0002): every tenant table binds its owner too, and the one
// lookup that crosses tenants (interaction_organizations) runs as tessera_ai_directory, a narrow role, not as the owner.

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: Pool;
let app: Pool;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  await migrateServiceSchema({
    databaseUrl: db.url, appDbPassword: TEST_APP_DB_PASSWORD, schema: 'ai', logger: silentLogger,
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
  owner = createPool(db.url, { max: 2 });
  app = createPool(withCredentials(db.url, APP_ROLE, TEST_APP_DB_PASSWORD), { max: 1 });
}, 60_000);
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await db?.drop();
});

describe('forced row-level security in ai', () => {
  it('every table carrying an organization id has row-level security enabled and forced', async () => {
    const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE n.nspname = 'ai' AND c.relkind = 'r' AND a.attname = 'organization_id' AND NOT a.attisdropped ORDER BY 1`,
    );
    expect(rows).toEqual(['audit_events', 'interactions'].map((table) => ({ table, enabled: true, forced: true })));
  });

  it('the lookup across tenants is owned by a narrow role the app role cannot become', async () => {
    const { rows } = await owner.query(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login,
              pg_has_role($1, r.oid, 'MEMBER') AS "appMember"
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'ai' AND p.prosecdef ORDER BY 1`,
      [APP_ROLE],
    );
    expect(rows).toEqual([{ fn: 'interaction_organizations', owner: 'tessera_ai_directory', super: false, bypass: false, login: false, appMember: false }]);
    await expect(app.query('SET ROLE tessera_ai_directory')).rejects.toThrow(/permission denied/);
  });

  it('that role reads ids and organizations only, and writes nothing', async () => {
    const client = await owner.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tessera_ai_directory');
      await client.query('SAVEPOINT s');
      await expect(client.query('SELECT prompt FROM ai.interactions')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await expect(client.query('DELETE FROM ai.interactions')).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
