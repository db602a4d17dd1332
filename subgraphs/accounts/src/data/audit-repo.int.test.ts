import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { verifyAuditChain } from './audit-chain.ts';
import { createAuditRepo, type AuditEntryInput } from './audit-repo.ts';

// The audit store's write path as the application role runs it: a batch of entries is appended in
// one statement, in order, hash-chained, a repeated delivery key appending nothing; a batch of
// outcomes is recorded in one statement (its commit not waiting for the WAL flush, that transaction only).

let db: MigratedServiceDatabase;
beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'accounts',
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const entry = (requestId: string, key = randomUUID()): AuditEntryInput => ({
  key,
  occurredAt: '2026-01-02T03:04:05.678Z',
  organizationId: null,
  actor: { userId: randomUUID() },
  operation: `Op(${requestId})`,
  targetIds: [randomUUID(), 'second'],
  outcome: 'PENDING',
  requestId,
  ip: '127.0.0.1',
});

describe('audit append and complete', () => {
  it('appends a batch in order in one statement, chained, a repeated key answering the same id', async () => {
    const audit = createAuditRepo(db.app);
    const batch = ['b0', 'b1', 'b2', 'b3'].map((id) => entry(id));
    const repeated = { ...batch[1]!, requestId: 'b1-again' };
    const ids = await audit.append([...batch, repeated]);
    expect(ids).toHaveLength(5);
    expect(ids[4]).toBe(ids[1]);
    expect(ids.slice(0, 4).map(Number)).toEqual([...ids.slice(0, 4).map(Number)].sort((a, b) => a - b));
    expect(new Set(ids.slice(0, 4)).size).toBe(4);

    const { rows } = await db.owner.query(
      'SELECT id::text, request_id, occurred_at, actor, target_ids FROM audit.entries ORDER BY id',
    );
    expect(rows.map((r) => [r.id, r.request_id])).toEqual(batch.map((e, i) => [ids[i], e.requestId]));
    expect(rows[2]).toMatchObject({
      occurred_at: new Date('2026-01-02T03:04:05.678Z'),
      actor: batch[2]!.actor,
      target_ids: batch[2]!.targetIds,
    });
    expect(await verifyAuditChain(db.owner)).toEqual({ entries: 4, broken: null });

    await audit.complete([
      { entryId: ids[0]!, outcome: 'SUCCESS', targetIds: ['created'] },
      { entryId: 'not-an-id', outcome: 'SUCCESS', targetIds: [] },
      { entryId: ids[2]!, outcome: 'FORBIDDEN', targetIds: [] },
    ]);
    const outcomes = await db.owner.query(
      'SELECT entry_id::text AS id, outcome, target_ids FROM audit.outcomes ORDER BY entry_id',
    );
    expect(outcomes.rows).toEqual([
      { id: ids[0], outcome: 'SUCCESS', target_ids: ['created'] },
      { id: ids[2], outcome: 'FORBIDDEN', target_ids: [] },
    ]);
    // Outcomes commit without waiting for the WAL flush, for their own transaction only: the
    // application's single connection is back to durable commits.
    expect((await db.app.query('SHOW synchronous_commit')).rows[0].synchronous_commit).toBe('on');
  });
});
