import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger, createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { createRepositories, type Repositories } from '../data/index.ts';
import { createRunRecovery } from './run-recovery.ts';

// Crash recovery (migration 0004): runs left RUNNING by a query process that died are FAILED with
// the typed error INTERRUPTED when a process boots, and later when their owner stops heartbeating.
let db: MigratedServiceDatabase;
let repos: Repositories;
const org = randomUUID();
const otherOrg = randomUUID();
const sources: Record<string, string> = {};

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  repos = createRepositories(db.app);
  for (const organization of [org, otherOrg]) {
    sources[organization] = randomUUID();
    await db.owner.query(
      `INSERT INTO queries.data_sources (id, organization_id, project_id, name, kind) VALUES ($1, $2, $3, 'Demo', 'DEMO')`,
      [sources[organization], organization, randomUUID()],
    );
  }
}, 60_000);
afterAll(async () => {
  await db?.close();
});

/** A RUNNING run of `organization`, inserted as the app does, owned by `instanceId`. */
async function runningRun(organization: string, instanceId: string | null) {
  const run = await repos.runs.insert(
    {
      id: randomUUID(),
      organizationId: organization,
      projectId: randomUUID(),
      dataSourceId: sources[organization]!,
      userId: null,
      apiKeyId: null,
      sql: 'SELECT 1',
      parameters: null,
      maxRows: 10,
      status: 'RUNNING',
    },
    instanceId,
  );
  return run.id;
}

const stateOf = async (organization: string, id: string) => {
  const run = await repos.runs.find(organization, id);
  return { status: run?.status, error: run?.error ?? null, finished: run?.finishedAt != null };
};

describe('runs interrupted by a crash', () => {
  it('fails, on boot, the runs of a dead process (any tenant) and leaves a live process’s runs running', async () => {
    const dead = randomUUID();
    const live = randomUUID();
    await db.owner.query(
      `INSERT INTO queries.run_instances (id, heartbeat_at) VALUES ($1, now() - interval '10 minutes'), ($2, now())`,
      [dead, live],
    );
    const orphan = await runningRun(org, dead);
    const orphanElsewhere = await runningRun(otherOrg, dead);
    const legacy = await runningRun(org, null); // from before instances existed
    const alive = await runningRun(org, live);
    const done = await runningRun(org, dead);
    await repos.runs.complete(org, done, {
      status: 'SUCCEEDED',
      columns: [],
      rows: [],
      rowCount: 0,
      truncated: false,
      cached: false,
      durationMs: 1,
      error: null,
    });

    const capture = captureLogger('queries');
    const recovery = createRunRecovery({ repo: repos.runInstances, logger: capture.logger });
    expect(await recovery.start()).toBe(3);
    try {
      for (const [organization, id] of [
        [org, orphan],
        [otherOrg, orphanElsewhere],
        [org, legacy],
      ] as const) {
        expect(await stateOf(organization, id)).toEqual({
          status: 'FAILED',
          error: {
            code: 'INTERRUPTED',
            message: 'The run was interrupted by a restart of the query service; run it again',
          },
          finished: true,
        });
      }
      expect(await stateOf(org, alive)).toEqual({ status: 'RUNNING', error: null, finished: false });
      expect((await stateOf(org, done)).status).toBe('SUCCEEDED');
      expect(capture.text()).toContain('marked FAILED (INTERRUPTED)');

      // The booted process's own runs are safe; the other process dies (stops heartbeating): the next sweep fails its run.
      const mine = await runningRun(org, recovery.instanceId);
      await db.owner.query(
        `UPDATE queries.run_instances SET heartbeat_at = now() - interval '5 minutes' WHERE id = $1`,
        [live],
      );
      expect(await recovery.sweep()).toBe(1);
      expect((await stateOf(org, alive)).status).toBe('FAILED');
      expect((await stateOf(org, mine)).status).toBe('RUNNING');
    } finally {
      await recovery.stop();
    }
    const { rows } = await db.owner.query('SELECT 1 FROM queries.run_instances WHERE id = $1', [
      recovery.instanceId,
    ]);
    expect(rows).toEqual([]);
  });

  it('the app role cannot become the recovery role, and heartbeats its instance row itself', async () => {
    await expect(db.app.query('SET ROLE tessera_queries_recovery')).rejects.toThrow(/permission denied/);
    await expect(
      db.app.query(`UPDATE queries.run_instances SET heartbeat_at = now() WHERE id = $1`, [randomUUID()]),
    ).resolves.toBeDefined();
  });
});
