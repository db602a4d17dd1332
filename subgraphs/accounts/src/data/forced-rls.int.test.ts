import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_ROLE, type Pool, type PoolClient } from '@tessera/db';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { verifyAuditChain } from './audit-chain.ts';
import { createAuditRepo } from './audit-repo.ts';

// Forced row-level security (migrations 0006, 0007): the tenant policies bind the table owner too,
// and the paths that cross tenants run as their own narrow roles, not as the owner.

const TENANT_TABLES = [
  'api_keys',
  'canvas_grants',
  'embedding_secrets',
  'invitations',
  'memberships',
  'projects',
];

let db: MigratedServiceDatabase;
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
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'accounts',
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
    appPoolSize: 2,
  });
  ({ owner, app } = db);
  // Seeded by the superuser, which bypasses row-level security.
  await owner.query(
    `INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, 'i@example.com', 'i@example.com', 'I', 'x')`,
    [inviter],
  );
  await owner.query(`INSERT INTO accounts.organizations (id, name) VALUES ($1, 'A'), ($2, 'B')`, [
    orgA,
    orgB,
  ]);
  await owner.query(
    `INSERT INTO accounts.projects (id, organization_id, name) VALUES ($1, $2, 'p'), ($3, $4, 'q')`,
    [randomUUID(), orgA, projectB, orgB],
  );
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
  await db?.close();
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
      await expect(client.query('SELECT organization_id FROM accounts.api_keys')).rejects.toThrow(
        'tenant context is not set',
      );
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [orgA]);
      const { rows } = await client.query('SELECT organization_id FROM accounts.api_keys');
      expect(rows).toEqual([{ organization_id: orgA }]);
    });
  });

  it('the functions that cross tenants are owned by narrow roles the app role cannot become', async () => {
    const { rows } = await owner.query<{
      fn: string;
      owner: string;
      super: boolean;
      bypass: boolean;
      login: boolean;
      appMember: boolean;
    }>(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login,
              pg_has_role($1, r.oid, 'MEMBER') AS "appMember"
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'accounts' AND p.prosecdef ORDER BY 1`,
      [APP_ROLE],
    );
    expect(rows).toEqual([
      {
        fn: 'api_key_for_authentication',
        owner: 'tessera_api_key_auth',
        super: false,
        bypass: false,
        login: false,
        appMember: false,
      },
      {
        fn: 'claim_invitations',
        owner: 'tessera_invitation_claim',
        super: false,
        bypass: false,
        login: false,
        appMember: false,
      },
      {
        fn: 'project_directory',
        owner: 'tessera_project_directory',
        super: false,
        bypass: false,
        login: false,
        appMember: false,
      },
    ]);
    await expect(app.query('SET ROLE tessera_api_key_auth')).rejects.toThrow(/permission denied/);
  });

  it('they still work for the app role with no tenant known', async () => {
    const key = await app.query('SELECT organization_id FROM accounts.api_key_for_authentication($1)', [
      lookupB,
    ]);
    expect(key.rows).toEqual([{ organization_id: orgB }]);
    const project = await app.query('SELECT organization_id FROM accounts.project_directory($1)', [projectB]);
    expect(project.rows).toEqual([{ organization_id: orgB }]);
    const invitee = randomUUID();
    await owner.query(
      `INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, $2, $2, 'N', 'x')`,
      [invitee, inviteeEmail],
    );
    const claimed = await app.query<{ n: number }>('SELECT accounts.claim_invitations($1, $2) AS n', [
      invitee,
      inviteeEmail,
    ]);
    expect(claimed.rows).toEqual([{ n: 2 }]);
    const memberships = await owner.query(
      'SELECT organization_id, role FROM accounts.memberships WHERE user_id = $1 ORDER BY role',
      [invitee],
    );
    expect(memberships.rows).toEqual([
      { organization_id: orgA, role: 'EDITOR' },
      { organization_id: orgB, role: 'VIEWER' },
    ]);
    const open = await owner.query(
      'SELECT count(*)::int AS n FROM accounts.invitations WHERE email_normalized = $1 AND accepted_at IS NULL',
      [inviteeEmail],
    );
    expect(open.rows).toEqual([{ n: 0 }]);
  });

  it('each narrow role can do only its own lookup', async () => {
    await rolledBack(async (client) => {
      await client.query('SET LOCAL ROLE tessera_invitation_claim');
      await client.query('SAVEPOINT s');
      // No open invitation names this membership.
      const grant = client.query(
        `INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
        [orgA, inviter],
      );
      await expect(grant).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await expect(client.query('SELECT key_hash FROM accounts.api_keys')).rejects.toThrow(
        /permission denied/,
      );
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

describe('forced row-level security on the audit log', () => {
  const entry = (organizationId: string | null, operation: string) => ({
    occurredAt: new Date().toISOString(),
    organizationId,
    actor: { userId: inviter },
    operation,
    targetIds: [`t-${operation}`],
    outcome: 'PENDING',
    requestId: `req-${operation}`,
    ip: '127.0.0.1',
    key: randomUUID(),
  });
  let ids: { a: string; b: string; anonymous: string };

  beforeAll(async () => {
    // Through the application role, as the accounts service does, with no tenant known.
    const audit = createAuditRepo(app);
    const [a, b, anonymous] = await audit.append([
      entry(orgA, 'mutation (auditA)'),
      entry(orgB, 'mutation (auditB)'),
      entry(null, 'mutation (signUp)'),
    ]);
    ids = { a: a!, b: b!, anonymous: anonymous! };
    await audit.complete([
      { entryId: ids.a, outcome: 'OK', targetIds: ['created-a'] },
      { entryId: ids.b, outcome: 'OK', targetIds: ['created-b'] },
    ]);
  });

  it('audit.entries and audit.outcomes have row-level security enabled and forced', async () => {
    const { rows } = await owner.query(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'audit' AND c.relkind = 'r' ORDER BY 1`,
    );
    expect(rows).toEqual([
      { table: 'entries', enabled: true, forced: true },
      { table: 'outcomes', enabled: true, forced: true },
    ]);
  });

  it("the application role reads only its tenant's entries and outcomes, and nothing without a tenant", async () => {
    await expect(app.query('SELECT id FROM audit.entries')).rejects.toThrow('tenant context is not set');
    await expect(app.query('SELECT entry_id FROM audit.outcomes')).rejects.toThrow(
      'tenant context is not set',
    );
    expect(await withTenantOf(orgA, 'SELECT id::text, organization_id FROM audit.entries')).toEqual([
      { id: ids.a, organization_id: orgA },
    ]);
    expect(await withTenantOf(orgA, 'SELECT entry_id::text AS id, target_ids FROM audit.outcomes')).toEqual([
      { id: ids.a, target_ids: ['created-a'] },
    ]);
    expect(await withTenantOf(orgB, 'SELECT id::text FROM audit.entries')).toEqual([{ id: ids.b }]);
  });

  it("auditLog's read returns the organization's entries with their outcomes, none of another", async () => {
    const rows = await createAuditRepo(app).list(orgA, 10);
    expect(
      rows.map((r) => ({ id: r.id, operation: r.operation, outcome: r.outcome, targetIds: r.targetIds })),
    ).toEqual([
      {
        id: ids.a,
        operation: 'mutation (auditA)',
        outcome: 'OK',
        targetIds: ['created-a', 't-mutation (auditA)'],
      },
    ]);
  });

  it('entries without an organization are appended and in the chain, and the verifier reads the whole chain', async () => {
    const { rows } = await owner.query('SELECT organization_id, operation FROM audit.entries WHERE id = $1', [
      ids.anonymous,
    ]);
    expect(rows).toEqual([{ organization_id: null, operation: 'mutation (signUp)' }]);
    expect(await verifyAuditChain(owner)).toEqual({ entries: 3, broken: null });
    // The app role cannot run the verifier's function (it returns every organization's ids).
    await expect(app.query('SELECT * FROM audit.chain_links()')).rejects.toThrow(/permission denied/);
  });

  it('the audit functions are owned by narrow roles the app role cannot become', async () => {
    const { rows } = await owner.query(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login, r.rolinherit AS inherit,
              pg_has_role($1, r.oid, 'MEMBER') AS "appMember"
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'audit' AND p.prosecdef ORDER BY 1`,
      [APP_ROLE],
    );
    const narrow = { super: false, bypass: false, login: false, inherit: false, appMember: false };
    expect(rows).toEqual([
      { fn: 'append', owner: 'tessera_audit_append', ...narrow },
      { fn: 'append_once', owner: 'tessera_audit_append', ...narrow },
      { fn: 'chain_links', owner: 'tessera_audit_verify', ...narrow },
      { fn: 'complete', owner: 'tessera_audit_complete', ...narrow },
    ]);
    await expect(app.query('SET ROLE tessera_audit_verify')).rejects.toThrow(/permission denied/);
  });

  it('each audit role can do only its own part', async () => {
    const refused = async (role: string, sql: string, error: RegExp) =>
      rolledBack(async (client) => {
        await client.query(`SET LOCAL ROLE ${role}`);
        await expect(client.query(sql)).rejects.toThrow(error);
      });
    // Appending reads hashes and keys, never content, and changes nothing it wrote.
    await refused('tessera_audit_append', 'SELECT actor FROM audit.entries', /permission denied/);
    await refused('tessera_audit_append', 'SELECT entry_id FROM audit.outcomes', /permission denied/);
    await refused('tessera_audit_append', `UPDATE audit.entries SET hash = '\\x00'`, /permission denied/);
    // Completing reads an entry's hash only, and records outcomes of existing entries only.
    await refused('tessera_audit_complete', 'SELECT organization_id FROM audit.entries', /permission denied/);
    await refused(
      'tessera_audit_complete',
      `INSERT INTO audit.outcomes (entry_id, outcome, hash) VALUES (999999, 'OK', '\\x00')`,
      /row-level security/,
    );
    // Verifying reads, never writes, and never sees delivery keys.
    await refused('tessera_audit_verify', 'SELECT delivery_key FROM audit.entries', /permission denied/);
    await refused(
      'tessera_audit_verify',
      `INSERT INTO audit.entries (occurred_at, actor, operation, outcome, prev_hash, hash) VALUES (now(), '{}', 'x', 'x', '\\x00', '\\x00')`,
      /permission denied/,
    );
  });

  it('an owner that is not a superuser is held to the audit tenant policy', async () => {
    const role = `t_owner_${randomBytes(4).toString('hex')}`;
    await rolledBack(async (client) => {
      await client.query(`CREATE ROLE ${role} NOLOGIN`);
      await client.query(`GRANT USAGE ON SCHEMA audit, accounts TO ${role}`);
      await client.query(`ALTER TABLE audit.entries OWNER TO ${role}`);
      await client.query(`ALTER POLICY entries_tenant ON audit.entries TO ${APP_ROLE}, ${role}`);
      await client.query(`SET LOCAL ROLE ${role}`);
      await client.query('SAVEPOINT s');
      await expect(client.query('SELECT id FROM audit.entries')).rejects.toThrow('tenant context is not set');
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [orgB]);
      const { rows } = await client.query('SELECT id::text FROM audit.entries');
      expect(rows).toEqual([{ id: ids.b }]);
    });
  });
});

/** `sql` as the application role inside a tenant context (what withTenant() sets). */
async function withTenantOf(tenantId: string, sql: string): Promise<unknown[]> {
  const client = await app.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return (await client.query(sql)).rows;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
