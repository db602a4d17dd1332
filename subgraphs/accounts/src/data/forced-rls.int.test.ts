import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_ROLE, createPool, migrateServiceSchema, withCredentials, type Pool, type PoolClient } from '@tessera/db';
import { silentLogger } from '@tessera/logger';
import { createTestDatabase, TEST_APP_DB_PASSWORD } from '@tessera/testing';

// Forced row-level security (migration 0006): the tenant policies bind the table owner too, and
// the three paths that cross tenants run as their own narrow roles, not as the owner.

const TENANT_TABLES = ['api_keys', 'invitations', 'memberships', 'projects'];

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: Pool;
let app: Pool;
const orgA = randomUUID();
const orgB = randomUUID();
const inviter = randomUUID();
const lookupA = `lk_${randomBytes(6).toString('hex')}`;
const lookupB = `lk_${randomBytes(6).toString('hex')}`;
const projectB = randomUUID();
const inviteeEmail = `invitee-${randomBytes(4).toString('hex')}@example.com`;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  await migrateServiceSchema({
    databaseUrl: db.url, appDbPassword: TEST_APP_DB_PASSWORD, schema: 'accounts', logger: silentLogger,
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
  owner = createPool(db.url, { max: 2 });
  app = createPool(withCredentials(db.url, APP_ROLE, TEST_APP_DB_PASSWORD), { max: 2 });
  // Seeded by the superuser, which bypasses row-level security.
  await owner.query(`INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, 'i@example.com', 'i@example.com', 'I', 'x')`, [inviter]);
  await owner.query(`INSERT INTO accounts.organizations (id, name) VALUES ($1, 'A'), ($2, 'B')`, [orgA, orgB]);
  await owner.query(`INSERT INTO accounts.projects (id, organization_id, name) VALUES ($1, $2, 'p'), ($3, $4, 'q')`, [randomUUID(), orgA, projectB, orgB]);
  await owner.query(
    `INSERT INTO accounts.api_keys (id, organization_id, name, lookup_id, key_hash, scopes, created_by)
     VALUES ($1, $2, 'a', $3, '\\x01', '{read}', $6), ($4, $5, 'b', $7, '\\x02', '{read}', $6)`,
    [randomUUID(), orgA, lookupA, randomUUID(), orgB, inviter, lookupB],
  );
  await owner.query(
    `INSERT INTO accounts.invitations (id, organization_id, email, email_normalized, role, invited_by)
     VALUES ($1, $2, $5, $5, 'EDITOR', $4), ($3, $6, $5, $5, 'VIEWER', $4)`,
    [randomUUID(), orgA, randomUUID(), inviter, inviteeEmail, orgB],
  );
}, 60_000);
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await db?.drop();
});

/** Runs `fn` in a transaction of the superuser connection that is always rolled back. */
async function rolledBack<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await owner.connect();
  try {
    await client.query('BEGIN');
    return await fn(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('forced row-level security in accounts', () => {
  it('every tenant table has row-level security enabled and forced', async () => {
    const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'accounts' AND c.relname = ANY($1) ORDER BY 1`,
      [TENANT_TABLES],
    );
    expect(rows).toEqual(TENANT_TABLES.map((table) => ({ table, enabled: true, forced: true })));
  });

  it('an owner that is not a superuser is held to the tenant policy', async () => {
    // A non-superuser migrating role: the tenant policies name the migrating role (CURRENT_USER).
    const role = `t_owner_${randomBytes(4).toString('hex')}`;
    await rolledBack(async (client) => {
      await client.query(`CREATE ROLE ${role} NOLOGIN`);
      await client.query(`GRANT USAGE ON SCHEMA accounts TO ${role}`);
      await client.query(`ALTER TABLE accounts.api_keys OWNER TO ${role}`);
      await client.query(`ALTER POLICY api_keys_tenant ON accounts.api_keys TO ${APP_ROLE}, ${role}`);
      await client.query(`SET LOCAL ROLE ${role}`);
      await client.query('SAVEPOINT s');
      await expect(client.query('SELECT organization_id FROM accounts.api_keys')).rejects.toThrow('tenant context is not set');
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [orgA]);
      const { rows } = await client.query('SELECT organization_id FROM accounts.api_keys');
      expect(rows).toEqual([{ organization_id: orgA }]);
    });
  });

  it('the functions that cross tenants are owned by narrow roles the app role cannot become', async () => {
    const { rows } = await owner.query<{ fn: string; owner: string; super: boolean; bypass: boolean; login: boolean; appMember: boolean }>(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login,
              pg_has_role($1, r.oid, 'MEMBER') AS "appMember"
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'accounts' AND p.prosecdef ORDER BY 1`,
      [APP_ROLE],
    );
    expect(rows).toEqual([
      { fn: 'api_key_for_authentication', owner: 'tessera_api_key_auth', super: false, bypass: false, login: false, appMember: false },
      { fn: 'claim_invitations', owner: 'tessera_invitation_claim', super: false, bypass: false, login: false, appMember: false },
      { fn: 'project_directory', owner: 'tessera_project_directory', super: false, bypass: false, login: false, appMember: false },
    ]);
    await expect(app.query('SET ROLE tessera_api_key_auth')).rejects.toThrow(/permission denied/);
  });

  it('they still work for the app role with no tenant known', async () => {
    const key = await app.query('SELECT organization_id FROM accounts.api_key_for_authentication($1)', [lookupB]);
    expect(key.rows).toEqual([{ organization_id: orgB }]);
    const project = await app.query('SELECT organization_id FROM accounts.project_directory($1)', [projectB]);
    expect(project.rows).toEqual([{ organization_id: orgB }]);
    const invitee = randomUUID();
    await owner.query(`INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, $2, $2, 'N', 'x')`, [invitee, inviteeEmail]);
    const claimed = await app.query<{ n: number }>('SELECT accounts.claim_invitations($1, $2) AS n', [invitee, inviteeEmail]);
    expect(claimed.rows).toEqual([{ n: 2 }]);
    const memberships = await owner.query('SELECT organization_id, role FROM accounts.memberships WHERE user_id = $1 ORDER BY role', [invitee]);
    expect(memberships.rows).toEqual([{ organization_id: orgA, role: 'EDITOR' }, { organization_id: orgB, role: 'VIEWER' }]);
    const open = await owner.query('SELECT count(*)::int AS n FROM accounts.invitations WHERE email_normalized = $1 AND accepted_at IS NULL', [inviteeEmail]);
    expect(open.rows).toEqual([{ n: 0 }]);
  });

  it('each narrow role can do only its own lookup', async () => {
    await rolledBack(async (client) => {
      await client.query('SET LOCAL ROLE tessera_invitation_claim');
      await client.query('SAVEPOINT s');
      // No open invitation names this membership.
      const grant = client.query(`INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [orgA, inviter]);
      await expect(grant).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await expect(client.query('SELECT key_hash FROM accounts.api_keys')).rejects.toThrow(/permission denied/);
    });
    await rolledBack(async (client) => {
      await client.query('SET LOCAL ROLE tessera_api_key_auth');
      await client.query('SAVEPOINT s');
      await expect(client.query('DELETE FROM accounts.api_keys')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await expect(client.query('SELECT name FROM accounts.projects')).rejects.toThrow(/permission denied/);
    });
  });
});
