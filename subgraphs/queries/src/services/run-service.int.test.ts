import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import { createMemoryBus } from '@tessera/events';
import { silentLogger } from '@tessera/logger';
import {
  createMigratedServiceDatabase,
  TEST_SECRETS,
  TEST_SECRETS_KEYS,
  type MigratedServiceDatabase,
} from '@tessera/testing';
import { loadConfig } from '../config.ts';
import { createRepositories, type Repositories } from '../data/index.ts';
import { createDuckdbUsageSink } from '../telemetry/duckdb-usage.ts';
import type { UsageSink } from '../telemetry/usage-sink.ts';
import { createAccess } from './access.ts';
import { createDemoDatabaseProvider } from './demo.ts';
import { createEngineRegistry, type EngineRegistry } from './engine-registry.ts';
import { createHostPolicy } from './host-policy.ts';
import { createResultsCache } from './results-cache.ts';
import { createRunService, type RunService } from './run-service.ts';
import { parseKeyRing } from './secrets.ts';

// Results-cache hits against real PostgreSQL and the demo engine: a hit is a run of its own in the
// history (cached), sharing the stored rows of the run it repeats instead of copying them
// (query_runs.result_run_id, migration 0005) in one statement that sets each run's tenant, concurrent hits together (0007); its rows read back through the pointer on another
// instance; shared rows cannot be deleted from under a run; a hit whose shared rows are gone
// stores its own; another tenant cannot record a hit on a source that is not theirs.

const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const SOURCE = randomUUID();
const USER = randomUUID();
const SQL = 'SELECT order_id, status FROM orders ORDER BY order_id LIMIT 30';

let db: MigratedServiceDatabase;
let repos: Repositories;
let engines: EngineRegistry;
let usage: UsageSink;
let dataDir: string;

function runService(): RunService {
  const config = loadConfig({
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://unused',
    SECRETS_KEYS: TEST_SECRETS_KEYS,
    DATA_DIR: dataDir,
  });
  return createRunService({
    repos,
    access: createAccess({ repos, directory: { organizationOf: async () => null } }),
    engines,
    cache: createResultsCache({ ttlMs: 60_000 }),
    bus: createMemoryBus(),
    usage,
    config,
    logger: silentLogger,
  });
}

const storedRowsOf = async (runId: string) =>
  (await db.owner.query('SELECT 1 FROM queries.query_results WHERE run_id = $1', [runId])).rowCount;

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    appPoolSize: 1, // one connection: a hit's tenant setting must not outlive its statement
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-runs-'));
  repos = createRepositories(db.app);
  engines = createEngineRegistry({
    keyRing: parseKeyRing(TEST_SECRETS_KEYS),
    hostPolicy: createHostPolicy({ allowPrivateNetworks: true, platformPorts: [] }),
    uploadsDir: path.join(dataDir, 'uploads'),
    duckdbFilesDir: path.join(dataDir, 'duckdb-files'),
    demo: createDemoDatabaseProvider({ dataDir, scale: 1, logger: silentLogger }),
    duckdb: { memoryLimit: '256MB', threads: 1 },
  });
  usage = await createDuckdbUsageSink({ file: ':memory:', logger: silentLogger });
  await db.owner.query(
    `INSERT INTO queries.data_sources (id, organization_id, project_id, name, kind) VALUES ($1, $2, $3, 'Demo', 'DEMO')`,
    [SOURCE, ORG, randomUUID()],
  );
}, 120_000);
afterAll(async () => {
  await usage?.close();
  await engines?.closeAll();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('results-cache hits', () => {
  it('are runs of their own in the history, sharing the stored rows of the run they repeat', async () => {
    const runs = runService();
    const miss = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql: SQL }, { userId: USER });
    expect(miss).toMatchObject({ status: 'SUCCEEDED', cached: false, rowCount: 30 });
    const rows = await runs.rows(miss);
    expect(rows).toHaveLength(30);

    const hit = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql: SQL }, { userId: USER });
    expect(hit).toMatchObject({ status: 'SUCCEEDED', cached: true, rowCount: 30, columns: miss.columns });
    expect(hit.id).not.toBe(miss.id);
    expect(hit.finishedAt).not.toBeNull();
    expect(await runs.rows(hit)).toEqual(rows);
    // Nothing copied: the hit points at the miss's rows.
    expect(await storedRowsOf(hit.id)).toBe(0);
    const { rows: pointer } = await db.owner.query(
      'SELECT result_run_id FROM queries.query_runs WHERE id = $1',
      [hit.id],
    );
    expect(pointer[0].result_run_id).toBe(miss.id);
    const { rows: setting } = await db.app.query<{ tenant: string | null }>(
      "SELECT current_setting('app.tenant_id', true) AS tenant",
    );
    expect(setting[0]!.tenant || null).toBeNull();
    expect((await db.app.query('SHOW synchronous_commit')).rows[0].synchronous_commit).toBe('on');

    const history = await repos.runs.history([ORG], USER, { first: 10 });
    expect(history.map((run) => [run.id, run.cached])).toEqual([
      [hit.id, true],
      [miss.id, false],
    ]);
    // Another instance (nothing in memory) reads the hit's rows through the pointer.
    expect(await runService().rows((await repos.runs.find(ORG, hit.id))!)).toEqual(rows);

    await usage.flush();
    const [day] = await usage.usage(
      ORG,
      new Date(Date.now() - 86_400_000),
      new Date(Date.now() + 86_400_000),
    );
    expect(day).toMatchObject({ queries: 2, cacheHits: 1 });
    expect(day!.bytes).toBe(2 * Buffer.byteLength(JSON.stringify(rows)));
  });

  it('keep their rows: deleting shared rows fails while a run points at them; deleting the source removes both', async () => {
    const source = randomUUID();
    await db.owner.query(
      `INSERT INTO queries.data_sources (id, organization_id, project_id, name, kind) VALUES ($1, $2, $3, 'Demo', 'DEMO')`,
      [source, ORG, randomUUID()],
    );
    const runs = runService();
    const miss = await runs.runTrusted(ORG, { dataSourceId: source, sql: SQL }, { userId: USER });
    const hit = await runs.runTrusted(ORG, { dataSourceId: source, sql: SQL }, { userId: USER });
    expect(hit.cached).toBe(true);
    await expect(
      db.owner.query('DELETE FROM queries.query_results WHERE run_id = $1', [miss.id]),
    ).rejects.toThrow(/foreign key/);
    await expect(db.owner.query('DELETE FROM queries.query_runs WHERE id = $1', [miss.id])).rejects.toThrow(
      /foreign key/,
    );
    expect(await storedRowsOf(miss.id)).toBe(1);
    await db.owner.query('DELETE FROM queries.data_sources WHERE id = $1', [source]);
    const { rowCount } = await db.owner.query('SELECT 1 FROM queries.query_runs WHERE data_source_id = $1', [
      source,
    ]);
    expect(rowCount).toBe(0);
  });

  it('store the rows themselves when the run they would share no longer stores them, and later hits share those', async () => {
    const runs = runService();
    const sql = 'SELECT customer_id FROM customers ORDER BY customer_id LIMIT 5';
    const miss = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql }, { userId: USER });
    const rows = await runs.rows(miss);
    await db.owner.query('DELETE FROM queries.query_results WHERE run_id = $1', [miss.id]);

    const stored = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql }, { userId: USER });
    expect(stored).toMatchObject({ status: 'SUCCEEDED', cached: true, rowCount: 5 });
    expect(await storedRowsOf(stored.id)).toBe(1);
    const next = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql }, { userId: USER });
    expect(next.cached).toBe(true);
    expect(await storedRowsOf(next.id)).toBe(0);
    expect(await runService().rows((await repos.runs.find(ORG, next.id))!)).toEqual(rows);
  });

  it('are not recorded for another tenant naming a source that is not theirs', async () => {
    const runs = runService();
    await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql: SQL }, { userId: USER });
    await expect(
      runs.runTrusted(OTHER_ORG, { dataSourceId: SOURCE, sql: SQL }, { userId: USER }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Through run(), with the source's organization known from the first run: a member of another
    // organization is refused as if the source did not exist.
    const stranger: Identity = {
      requestId: 'r',
      principal: {
        kind: 'user',
        userId: randomUUID(),
        sessionId: 's',
        memberships: [{ organizationId: OTHER_ORG, role: 'OWNER' }],
      },
    };
    await expect(runs.run(stranger, { dataSourceId: SOURCE, sql: SQL })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { rowCount } = await db.owner.query('SELECT 1 FROM queries.query_runs WHERE organization_id = $1', [
      OTHER_ORG,
    ]);
    expect(rowCount).toBe(0);
  });

  it('arriving together are recorded together, each under its own tenant; a gone source fails only its own', async () => {
    const runs = runService();
    const other = randomUUID();
    const doomed = randomUUID();
    await db.owner.query(
      `INSERT INTO queries.data_sources (id, organization_id, project_id, name, kind) VALUES ($1, $2, $3, 'Demo', 'DEMO'), ($4, $2, $5, 'Demo 2', 'DEMO')`,
      [other, OTHER_ORG, randomUUID(), doomed, randomUUID()],
    );
    const sources = [
      [ORG, SOURCE],
      [OTHER_ORG, other],
      [OTHER_ORG, doomed],
    ] as const;
    for (const [org, source] of sources)
      await runs.runTrusted(org, { dataSourceId: source, sql: SQL }, { userId: USER });
    await db.owner.query('UPDATE queries.data_sources SET deleted_at = now() WHERE id = $1', [doomed]);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => {
        const [org, source] = sources[i % 3]!;
        return runs.runTrusted(org, { dataSourceId: source, sql: SQL }, { userId: USER });
      }),
    );
    outcomes.forEach((outcome, i) => {
      const [org, source] = sources[i % 3]!;
      if (source === doomed)
        expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND' } });
      else
        expect(outcome).toMatchObject({
          status: 'fulfilled',
          value: { organizationId: org, dataSourceId: source, cached: true, status: 'SUCCEEDED' },
        });
    });
    const { rows } = await db.owner.query<{ organization_id: string; n: number }>(
      `SELECT organization_id, count(*)::int AS n FROM queries.query_runs
       WHERE cached AND data_source_id = ANY($1) GROUP BY 1 ORDER BY 1`,
      [[SOURCE, other, doomed]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.organization_id, r.n]))).toMatchObject({ [OTHER_ORG]: 10 });
  });
});

describe('rowsJson', () => {
  const LARGE = 'SELECT * FROM orders ORDER BY order_id LIMIT 2000';

  it('is the rows as one JSON text: a fresh run and a hit from memory, another instance from PostgreSQL', async () => {
    const runs = runService();
    const miss = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql: LARGE }, { userId: USER });
    expect(miss).toMatchObject({ status: 'SUCCEEDED', cached: false, rowCount: 2000 });
    const rows = await runs.rows(miss);
    expect(rows).toHaveLength(2000);
    const json = await runs.rowsJson(miss);
    expect(json).toBe(JSON.stringify(rows));

    const hit = await runs.runTrusted(ORG, { dataSourceId: SOURCE, sql: LARGE }, { userId: USER });
    expect(hit.cached).toBe(true);
    expect(await runs.rowsJson(hit)).toBe(json);

    // Nothing in memory: PostgreSQL's text of the stored rows (through the hit's pointer), same values.
    const elsewhere = runService();
    const stored = await elsewhere.rowsJson((await repos.runs.find(ORG, hit.id))!);
    expect(JSON.parse(stored)).toEqual(rows);
    expect(JSON.parse(await elsewhere.rowsJson((await repos.runs.find(ORG, miss.id))!))).toEqual(rows);
    // Row-level security: under another tenant the stored rows are not there.
    expect(await repos.runs.resultsJson(OTHER_ORG, hit.id)).toBe('[]');
    expect(await repos.runs.resultsJson(OTHER_ORG, miss.id)).toBe('[]');
  });

  it('is "[]" for a run without rows: failed, refused, empty', async () => {
    const runs = runService();
    const failed = await runs.runTrusted(
      ORG,
      { dataSourceId: SOURCE, sql: 'SELECT * FROM no_such_table' },
      { userId: USER },
    );
    expect(failed.status).toBe('FAILED');
    expect(await runs.rowsJson(failed)).toBe('[]');
    const refused = await runs.runTrusted(
      ORG,
      { dataSourceId: SOURCE, sql: 'DELETE FROM orders' },
      { userId: USER },
    );
    expect(refused.status).toBe('FAILED');
    expect(await runs.rowsJson(refused)).toBe('[]');
    const empty = await runs.runTrusted(
      ORG,
      { dataSourceId: SOURCE, sql: 'SELECT order_id FROM orders WHERE false' },
      { userId: USER },
    );
    expect(empty).toMatchObject({ status: 'SUCCEEDED', rowCount: 0 });
    expect(await runs.rowsJson(empty)).toBe('[]');
    expect(await runService().rowsJson((await repos.runs.find(ORG, empty.id))!)).toBe('[]');
  });
});
