import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool, migrateServiceSchema, type Pool } from '@tessera/db';
import { silentLogger } from '@tessera/logger';
import { createTestDatabase, TEST_APP_DB_PASSWORD } from '@tessera/testing';
import { describeChain, verifyAuditChain } from './audit-chain.ts';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: Pool;
beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  await migrateServiceSchema({
    databaseUrl: db.url,
    appDbPassword: TEST_APP_DB_PASSWORD,
    schema: 'accounts',
    logger: silentLogger,
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
  owner = createPool(db.url, { max: 2 });
}, 60_000);
afterAll(async () => {
  await owner?.end();
  await db?.drop();
});

/** A fresh chain of `n` entries written by audit.append (the only write path); returns their ids. */
async function freshChain(n: number): Promise<string[]> {
  await asOwnerBypassingGuard('TRUNCATE audit.entries RESTART IDENTITY');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { rows } = await owner.query<{ id: string }>(
      "SELECT audit.append(now(), NULL, '{\"kind\":\"user\"}'::jsonb, $1, ARRAY['t']::text[], 'OK', 'req', '127.0.0.1')::text AS id",
      [`mutation (op${i})`],
    );
    ids.push(rows[0]!.id);
  }
  return ids;
}

/** What someone with the owner's power could do: switch the append-only trigger off for one statement. */
async function asOwnerBypassingGuard(sql: string, params: unknown[] = []) {
  await owner.query('ALTER TABLE audit.entries DISABLE TRIGGER entries_append_only');
  try {
    await owner.query(sql, params);
  } finally {
    await owner.query('ALTER TABLE audit.entries ENABLE TRIGGER entries_append_only');
  }
}

describe('audit hash chain verification', () => {
  it('an untouched chain is intact', async () => {
    await freshChain(5);
    const report = await verifyAuditChain(owner);
    expect(report).toEqual({ entries: 5, broken: null });
    expect(describeChain(report)).toBe('audit log intact: 5 entries, hash chain verified');
  });

  it('a deleted middle entry is a broken chain at the entry after it', async () => {
    const ids = await freshChain(5);
    await asOwnerBypassingGuard('DELETE FROM audit.entries WHERE id = $1', [ids[2]]);
    const report = await verifyAuditChain(owner);
    expect(report).toEqual({ entries: 4, broken: { id: ids[3], reason: 'link-broken' } });
    expect(describeChain(report)).toMatch(
      new RegExp(`^audit log TAMPERED at entry ${ids[3]} \\(chain broken before it`),
    );
  });

  it('a deleted first entry is a broken chain at the second', async () => {
    const ids = await freshChain(3);
    await asOwnerBypassingGuard('DELETE FROM audit.entries WHERE id = $1', [ids[0]]);
    expect((await verifyAuditChain(owner)).broken).toEqual({ id: ids[1], reason: 'link-broken' });
  });

  it('an entry re-linked to hide a deletion is still caught (its hash covers the link)', async () => {
    const ids = await freshChain(4);
    await asOwnerBypassingGuard('DELETE FROM audit.entries WHERE id = $1', [ids[1]]);
    await asOwnerBypassingGuard(
      'UPDATE audit.entries SET prev_hash = (SELECT hash FROM audit.entries WHERE id = $1) WHERE id = $2',
      [ids[0], ids[2]],
    );
    expect((await verifyAuditChain(owner)).broken).toEqual({ id: ids[2], reason: 'content-altered' });
  });

  it('altered content is reported at the altered entry', async () => {
    const ids = await freshChain(4);
    await asOwnerBypassingGuard("UPDATE audit.entries SET outcome = 'FORBIDDEN' WHERE id = $1", [ids[1]]);
    const report = await verifyAuditChain(owner);
    expect(report.broken).toEqual({ id: ids[1], reason: 'content-altered' });
    expect(describeChain(report)).toMatch(
      new RegExp(`TAMPERED at entry ${ids[1]} \\(content altered\\); 4 entries checked`),
    );
  });
});
