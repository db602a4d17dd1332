import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** A pass-through proxy in front of accounts that counts the deliveries by path. */
async function countingProxy() {
  const counts = new Map<string, number>();
  const proxy = http.createServer((req, res) => {
    counts.set(req.url!, (counts.get(req.url!) ?? 0) + 1);
    const upstream = http.request(
      new URL(req.url!, accountsUrl),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    deliveries: (path: string) => counts.get(path) ?? 0,
    close: () => new Promise((resolve) => proxy.close(resolve)),
  };
}

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

  it('appends concurrent entries in shared deliveries, each committed and chained before its begin resolves', async () => {
    const proxy = await countingProxy();
    const sender = createAuditSender({
      accountsUrl: proxy.url,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      logger: captureLogger('gateway', 'fatal').logger,
    });
    const admin = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const requestIds = Array.from({ length: 30 }, (_, i) => `group-${i}`);
      const committed = await Promise.all(
        requestIds.map(async (requestId) => {
          const id = await sender.begin(entry(requestId, 'PENDING'));
          // Read at once by another session: the entry is committed when begin resolves.
          const { rows } = await admin.query<{ request_id: string }>(
            'SELECT request_id FROM audit.entries WHERE id = $1',
            [id],
          );
          return { id, requestId: rows[0]?.request_id };
        }),
      );
      expect(committed.map((c) => c.requestId)).toEqual(requestIds);
      expect(new Set(committed.map((c) => c.id)).size).toBe(30);
      expect(proxy.deliveries('/internal/audit')).toBeGreaterThan(0);
      expect(proxy.deliveries('/internal/audit')).toBeLessThan(30);
      const { rows: broken } = await admin.query(
        'SELECT id FROM audit.chain_links() WHERE NOT (prev_ok AND hash_ok)',
      );
      expect(broken).toEqual([]);
    } finally {
      await sender.close();
      await admin.end();
      await proxy.close();
    }
  });

  it('delivers an outcome without holding its caller, and settle() waits until it is recorded', async () => {
    const sender = createAuditSender({
      accountsUrl,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      logger: captureLogger('gateway', 'fatal').logger,
    });
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const id = await sender.begin(entry('settle-0', 'PENDING'));
      await sender.complete({ entryId: id, outcome: 'SUCCESS', targetIds: ['settled'] }, 0);
      await sender.settle();
      const { rows } = await admin.query(
        'SELECT outcome, target_ids AS targets FROM audit.outcomes WHERE entry_id = $1',
        [id],
      );
      expect(rows).toEqual([{ outcome: 'SUCCESS', targets: ['settled'] }]);
      expect(sender.pending()).toBe(0);
    } finally {
      await sender.close();
      await admin.end();
    }
  });

  it('delivers the outcomes of mutations a few milliseconds apart together, in one delivery', async () => {
    const proxy = await countingProxy();
    const sender = createAuditSender({
      accountsUrl: proxy.url,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      logger: captureLogger('gateway', 'fatal').logger,
      // Wide enough that a loaded machine still completes all five inside it.
      outcomeBatchMs: 300,
    });
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await sender.begin(entry(`burst-${i}`, 'PENDING')));
      // As sequential mutations do: each outcome reported as its response leaves.
      for (const id of ids) {
        await sender.complete({ entryId: id, outcome: 'SUCCESS', targetIds: ['burst'] }, 0);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await expect
        .poll(
          async () =>
            (await admin.query('SELECT 1 FROM audit.outcomes WHERE entry_id = ANY($1::bigint[])', [ids]))
              .rowCount,
          { timeout: 10_000 },
        )
        .toBe(5);
      expect(proxy.deliveries('/internal/audit/outcomes')).toBe(1);
      expect(sender.pending()).toBe(0);
    } finally {
      await sender.close();
      await admin.end();
      await proxy.close();
    }
  });
});
