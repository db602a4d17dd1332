// Row-level security of canvas_exports.files (export-files-migrations/0002): forced, so it binds
// the owner the canvases service and worker connect as. Run here as a non-superuser owner (a
// superuser bypasses every policy): the repository's API works per file id and across the purge,
// while a statement without an organization fails and one with another organization sees nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withCredentials } from '@tessera/db';
import { createTestDatabase } from '@tessera/testing';
import { createExportFilesRepo, type ExportFilesRepo } from './export-files-repo.ts';

const role = `exports_owner_${randomBytes(4).toString('hex')}`;
let db: { url: string; drop(): Promise<void> };
let ownerUrl: string;
let repo: ExportFilesRepo;
let owner: pg.Pool;

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  const name = new URL(db.url).pathname.slice(1);
  await asAdmin(`CREATE ROLE ${role} LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS PASSWORD 'owner-password'`);
  await asAdmin(`GRANT CREATE, CONNECT ON DATABASE ${name} TO ${role}`);
  // The narrow roles are cluster-wide: an earlier run (another owner) may have created them. A
  // deployment's owner created them itself and holds their ADMIN option (PostgreSQL 16+ requires it
  // to hand a function over); give this run's owner the same there — without inheriting their
  // privileges, which would let the directory role's policy show it every tenant's files. Up to 15,
  // CREATEROLE is enough and a membership granted here would be exactly that leak.
  for (const narrow of ['tessera_export_files_directory', 'tessera_export_files_purge'])
    await asAdmin(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${narrow}')
         AND current_setting('server_version_num')::int >= 160000 THEN
        EXECUTE 'GRANT ${narrow} TO ${role} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE';
      END IF;
    END $$`);
  ownerUrl = withCredentials(db.url, role, 'owner-password');
  repo = createExportFilesRepo(ownerUrl);
  await repo.migrate();
  await repo.migrate(); // a second start changes nothing
  owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
}, 60_000);

afterAll(async () => {
  await owner?.end();
  await repo?.close();
  await db?.drop();
  await asAdmin(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
});

const file = (organizationId: string, expiresAt = new Date(Date.now() + 3600_000)) => ({
  id: randomUUID(),
  organizationId,
  canvasId: randomUUID(),
  format: 'PDF' as const,
  filters: {},
  expiresAt,
});

describe('canvas_exports.files row-level security', () => {
  it('is enabled and forced, and the two cross-tenant functions belong to narrow roles', async () => {
    const { rows } = await owner.query(
      `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'canvas_exports' AND c.relname = 'files'`,
    );
    expect(rows).toEqual([{ enabled: true, forced: true }]);
    const functions = await owner.query(
      `SELECT p.proname AS fn, r.rolname AS owner, r.rolsuper AS super, r.rolbypassrls AS bypass, r.rolcanlogin AS login
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
       WHERE n.nspname = 'canvas_exports' AND p.prosecdef ORDER BY 1`,
    );
    expect(functions.rows).toEqual([
      {
        fn: 'file_organization',
        owner: 'tessera_export_files_directory',
        super: false,
        bypass: false,
        login: false,
      },
      {
        fn: 'purge_expired_files',
        owner: 'tessera_export_files_purge',
        super: false,
        bypass: false,
        login: false,
      },
    ]);
  });

  it('serves a file by its id (the signed link) through its organization, as before', async () => {
    const a = file(randomUUID());
    await repo.insertPending(a);
    expect(await repo.find(a.id)).toMatchObject({
      id: a.id,
      organizationId: a.organizationId,
      status: 'PENDING',
    });
    await repo.complete(a.id, {
      content: Buffer.from('%PDF-1.4'),
      contentType: 'application/pdf',
      filename: 'a.pdf',
    });
    expect((await repo.content(a.id))?.toString()).toBe('%PDF-1.4');
    expect(await repo.find(a.id)).toMatchObject({ status: 'READY', bytes: 8, filename: 'a.pdf' });
    const b = file(randomUUID());
    await repo.insertPending(b);
    await repo.fail(b.id, 'RENDER_FAILED', 'the page never settled');
    expect(await repo.find(b.id)).toMatchObject({ status: 'FAILED', errorCode: 'RENDER_FAILED' });
    expect(await repo.find(randomUUID())).toBeNull();
    expect(await repo.content(randomUUID())).toBeNull();
  });

  it('refuses the owner a statement without an organization; another organization sees none of its files', async () => {
    const inherited = await owner.query(
      `SELECT rolname FROM pg_roles WHERE rolname LIKE 'tessera_export_files_%' AND pg_has_role(current_user, oid, 'USAGE')`,
    );
    expect(inherited.rows).toEqual([]);
    const mine = file(randomUUID());
    await repo.insertPending(mine);
    await expect(owner.query('SELECT id FROM canvas_exports.files')).rejects.toThrow(
      /tenant context is not set/,
    );
    await expect(owner.query('DELETE FROM canvas_exports.files')).rejects.toThrow(
      /tenant context is not set/,
    );
    const client = await owner.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [randomUUID()]);
      const seen = await client.query('SELECT id FROM canvas_exports.files WHERE id = $1', [mine.id]);
      expect(seen.rows).toEqual([]);
      const changed = await client.query(`UPDATE canvas_exports.files SET status = 'READY' WHERE id = $1`, [
        mine.id,
      ]);
      expect(changed.rowCount).toBe(0);
      // A row of another organization cannot be written from this one either.
      await expect(
        client.query(
          `INSERT INTO canvas_exports.files (id, organization_id, canvas_id, format, expires_at)
           VALUES ($1, $2, 'c', 'PDF', now())`,
          [randomUUID(), mine.organizationId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await repo.find(mine.id)).toMatchObject({ status: 'PENDING' });
  });

  it('purges expired files of every organization and nothing else', async () => {
    const expiredA = file(randomUUID(), new Date(Date.now() - 60_000));
    const expiredB = file(randomUUID(), new Date(Date.now() - 60_000));
    const live = file(expiredA.organizationId);
    for (const f of [expiredA, expiredB, live]) await repo.insertPending(f);
    expect(await repo.purgeExpired(0)).toBe(2);
    expect(await repo.find(expiredA.id)).toBeNull();
    expect(await repo.find(expiredB.id)).toBeNull();
    expect(await repo.find(live.id)).toMatchObject({ status: 'PENDING' });
  });
});
