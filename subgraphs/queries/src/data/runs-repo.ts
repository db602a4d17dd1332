import { withTenant, type Pool } from '@tessera/db';
import type { Column } from '../engines/types.ts';
import type { RunError, RunRow, RunStatus } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", project_id AS "projectId", data_source_id AS "dataSourceId",
  user_id AS "userId", api_key_id AS "apiKeyId", sql, parameters, max_rows AS "maxRows", status, columns, row_count AS "rowCount",
  truncated, cached, duration_ms AS "durationMs", error, created_at AS "createdAt", finished_at AS "finishedAt"`;

export interface RunCompletion {
  status: RunStatus;
  columns: Column[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  durationMs: number;
  error: RunError | null;
}

/** What a new run, started or cached, is given. */
type NewRun = Pick<
  RunRow,
  'id' | 'organizationId' | 'dataSourceId' | 'userId' | 'apiKeyId' | 'sql' | 'parameters' | 'maxRows'
>;

type CachedRun = NewRun &
  Pick<RunRow, 'columns' | 'rowCount' | 'truncated'> & { durationMs: number; resultRunId: string };

interface WaitingHit {
  run: CachedRun;
  resolve: (row: RunRow | null) => void;
  reject: (error: unknown) => void;
}

const HIT_BATCH = 100;

export function createRunsRepo(pool: Pool) {
  const waitingHits: WaitingHit[] = [];
  let recordingHits = false;

  /** One statement, its own transaction: the function sets each run's tenant (migration 0007). */
  async function insertCachedRuns(runs: CachedRun[]): Promise<RunRow[]> {
    const { rows } = await pool.query<RunRow>(
      `SELECT ${COLUMNS} FROM queries.insert_cached_runs($1::jsonb)`,
      [JSON.stringify(runs)],
    );
    return rows;
  }

  /** Group commit: one batch at a time; what arrives meanwhile goes in the next one. */
  async function recordHits(): Promise<void> {
    recordingHits = true;
    try {
      while (waitingHits.length > 0) {
        const batch = waitingHits.splice(0, HIT_BATCH);
        const settle = (rows: RunRow[]) => {
          const byId = new Map(rows.map((row) => [row.id, row]));
          for (const hit of batch) hit.resolve(byId.get(hit.run.id) ?? null);
        };
        try {
          settle(await insertCachedRuns(batch.map((hit) => hit.run)));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          // One run's failure does not fail the others: each is tried on its own.
          else
            await Promise.all(
              batch.map((hit) =>
                insertCachedRuns([hit.run]).then((rows) => hit.resolve(rows[0] ?? null), hit.reject),
              ),
            );
        }
      }
    } finally {
      recordingHits = false;
    }
  }

  /** A run's stored rows; a cache hit's run reads the rows of the run it shares (result_run_id). */
  function storedRows<T>(
    organizationId: string,
    id: string,
    column: 'r.rows' | 'r.rows::text',
    none: T,
  ): Promise<T> {
    return withTenant(pool, { tenantId: organizationId }, async (client) => {
      const { rows } = await client.query<{ rows: T }>(
        `SELECT ${column} AS rows FROM queries.query_runs q
         JOIN queries.query_results r ON r.run_id = coalesce(q.result_run_id, q.id) WHERE q.id = $1`,
        [id],
      );
      return rows[0]?.rows ?? none;
    });
  }

  return {
    insert(
      run: NewRun & Pick<RunRow, 'projectId' | 'status'>,
      /** The process executing it (crash recovery fails the runs of instances that stopped heartbeating). */
      instanceId: string | null = null,
    ): Promise<RunRow> {
      return withTenant(pool, { tenantId: run.organizationId }, async (client) => {
        const { rows } = await client.query<RunRow>(
          `INSERT INTO queries.query_runs (id, organization_id, project_id, data_source_id, user_id, api_key_id, sql, parameters, max_rows, status, instance_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
          [
            run.id,
            run.organizationId,
            run.projectId,
            run.dataSourceId,
            run.userId,
            run.apiKeyId,
            run.sql,
            run.parameters,
            run.maxRows,
            run.status,
            instanceId,
          ],
        );
        return rows[0]!;
      });
    },
    /** Records the outcome and the result rows in one transaction; a run finishes once. */
    complete(organizationId: string, id: string, outcome: RunCompletion): Promise<RunRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<RunRow>(
          `UPDATE queries.query_runs SET status = $3, columns = $4, row_count = $5, truncated = $6, cached = $7, duration_ms = $8, error = $9, finished_at = now()
           WHERE id = $1 AND organization_id = $2 AND status IN ('QUEUED', 'RUNNING') RETURNING ${COLUMNS}`,
          [
            id,
            organizationId,
            outcome.status,
            JSON.stringify(outcome.columns),
            outcome.rowCount,
            outcome.truncated,
            outcome.cached,
            outcome.durationMs,
            outcome.error ? JSON.stringify(outcome.error) : null,
          ],
        );
        if (rows[0] && outcome.status === 'SUCCEEDED') {
          await client.query(
            'INSERT INTO queries.query_results (run_id, organization_id, rows) VALUES ($1, $2, $3)',
            [id, organizationId, JSON.stringify(outcome.rows)],
          );
        }
        return rows[0] ?? null;
      });
    },
    /**
     * Records a results-cache hit: a run that finished as it started (SUCCEEDED, cached), sharing
     * the stored rows of `resultRunId`, an earlier run of the same source; nothing is copied. Null
     * when the source is gone (deleted, or not this tenant's) or those rows are no longer stored.
     * Hits arriving while one is being recorded are recorded together, in one statement.
     */
    insertCached(run: CachedRun): Promise<RunRow | null> {
      return new Promise((resolve, reject) => {
        waitingHits.push({ run, resolve, reject });
        if (!recordingHits) void recordHits();
      });
    },
    find(organizationId: string, id: string): Promise<RunRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<RunRow>(
          `SELECT ${COLUMNS} FROM queries.query_runs WHERE id = $1`,
          [id],
        );
        return rows[0] ?? null;
      });
    },
    results(organizationId: string, id: string): Promise<unknown[][]> {
      return storedRows<unknown[][]>(organizationId, id, 'r.rows', []);
    },
    /** The same rows as `results`, as the JSON text PostgreSQL prints them (not parsed here). */
    resultsJson(organizationId: string, id: string): Promise<string> {
      return storedRows<string>(organizationId, id, 'r.rows::text', '[]');
    },
    /** A user's runs across their organizations, newest first, keyset-paginated. */
    history(
      organizationIds: string[],
      userId: string,
      options: {
        projectId?: string;
        status?: RunStatus;
        first: number;
        before?: { createdAt: Date; id: string };
      },
    ): Promise<RunRow[]> {
      return Promise.all(
        organizationIds.map((organizationId) =>
          withTenant(pool, { tenantId: organizationId }, async (client) => {
            const { rows } = await client.query<RunRow>(
              `SELECT ${COLUMNS} FROM queries.query_runs
               WHERE user_id = $1 AND ($2::uuid IS NULL OR project_id = $2) AND ($6::text IS NULL OR status = $6)
                 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
               ORDER BY created_at DESC, id DESC LIMIT $5`,
              [
                userId,
                options.projectId ?? null,
                options.before?.createdAt ?? null,
                options.before?.id ?? null,
                options.first,
                options.status ?? null,
              ],
            );
            return rows;
          }),
        ),
      ).then((lists) =>
        lists
          .flat()
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
          .slice(0, options.first),
      );
    },
  };
}

export type RunsRepo = ReturnType<typeof createRunsRepo>;
