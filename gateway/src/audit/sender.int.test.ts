import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import { captureLogger, createTestDatabase, TEST_SECRETS } from '@tessera/testing';
import { createAuditSender, type AuditEntry } from './sender.ts';

// The sender against the real accounts service and PostgreSQL: while the audit table is stalled
// (another session holds a lock on it), deliveries fail and everything stays queued, whatever
// its size; once the stall ends, every entry lands exactly once.

let db: { url: string; drop(): Promise<void> };
let accounts: ReturnType<typeof createAccounts>;
let accountsUrl: string;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  accounts = createAccounts({
    config: loadAccountsConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      ACCOUNTS_PORT: '0',
      DATABASE_URL: db.url,
    }),
    logger: captureLogger('accounts', 'fatal').logger,
  });
  accountsUrl = (await accounts.start()).url;
}, 60_000);
afterAll(async () => {
  await accounts?.stop();
  await db?.drop();
});

const entry = (requestId: string, outcome = 'RATE_LIMITED'): AuditEntry => ({
  key: randomUUID(),
  occurredAt: new Date().toISOString(),
  organizationId: null,
  projectId: null,
  actor: {},
  operation: 'Stalled(createProject)',
  targetIds: [],
  outcome,
  requestId,
  ip: '127.0.0.1',
});

describe('audit sender', () => {
  it(
    'keeps more than 500 entries and their outcomes queued through failed deliveries and delivers all of them once the store answers',
    { timeout: 120_000 },
    async () => {
      const capture = captureLogger('gateway');
      const sender = createAuditSender({
        accountsUrl,
        internalSecret: TEST_SECRETS.INTERNAL_SECRET,
        logger: capture.logger,
      });
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        // Two mutations whose entries were appended before they ran, before the stall.
        const early = [
          await sender.begin(entry('stall-early-0', 'PENDING')),
          await sender.begin(entry('stall-early-1', 'PENDING')),
        ];

        await admin.query('BEGIN');
        await admin.query('LOCK TABLE audit.entries IN ACCESS EXCLUSIVE MODE');
        // During the stall, appending ahead of a mutation fails: the gateway refuses to run it.
        const refused = sender.begin(entry('stall-refused', 'PENDING')).then(
          () => 'appended',
          () => 'refused',
        );
        for (let i = 0; i < 650; i++) sender.record(entry(`stall-${i}`));
        for (const id of early)
          void sender.complete({ entryId: id, outcome: 'SUCCESS', targetIds: ['created-during-stall'] });
        expect(await refused).toBe('refused');
        await expect
          .poll(() => capture.text().includes('audit entries not delivered yet'), { timeout: 60_000 })
          .toBe(true);
        expect(sender.pending()).toBe(652);
        await admin.query('ROLLBACK');

        await sender.close(60_000);
        expect(sender.pending()).toBe(0);
        const { rows } = await admin.query<{ n: number; distinct: number }>(
          "SELECT count(*)::int AS n, count(DISTINCT request_id)::int AS distinct FROM audit.entries WHERE request_id ~ '^stall-[0-9]+$'",
        );
        expect(rows[0]).toEqual({ n: 650, distinct: 650 });
        // The refused mutation did not run, and its entry was not appended (the store answered 503 first).
        expect(
          (await admin.query("SELECT 1 FROM audit.entries WHERE request_id = 'stall-refused'")).rowCount,
        ).toBe(0);
        const outcomes = await admin.query<{ outcome: string; targets: string[] }>(
          "SELECT o.outcome, o.target_ids AS targets FROM audit.outcomes o JOIN audit.entries e ON e.id = o.entry_id WHERE e.request_id LIKE 'stall-early-%'",
        );
        expect(outcomes.rows).toEqual([
          { outcome: 'SUCCESS', targets: ['created-during-stall'] },
          { outcome: 'SUCCESS', targets: ['created-during-stall'] },
        ]);
      } finally {
        await admin.query('ROLLBACK').catch(() => undefined);
        await admin.end();
      }
    },
  );
});
