import { AppError } from '@tessera/errors';

/** Who a run is for, recorded by the queries service. */
export type RunActor =
  | { kind: 'user'; userId: string }
  | { kind: 'shareLink'; shareLinkId: string; canvasId: string }
  | { kind: 'signedEmbed'; canvasId: string };

export interface RunSqlInput {
  organizationId: string;
  dataSourceId: string;
  sql: string;
  parameters?: Record<string, unknown>;
  maxRows?: number;
  /** The run's time limit in seconds (the queries service checks it against the source's cap). */
  timeoutSeconds?: number;
  /** Skip the results cache (scheduled refreshes). */
  fresh?: boolean;
  actor: RunActor;
  /**
   * Run only on a source of this dialect; another answers FAILED with DIALECT_MISMATCH, stores
   * nothing (a chain of blocks compiled into one statement, canvas-model R36).
   */
  dialect?: 'duckdb';
}

/** The QueryRun as the queries service returns it from POST /internal/runs. */
export interface QueryRunJson {
  id: string;
  status: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  durationMs: number | null;
  error: {
    code: string;
    message: string;
    position?: number;
    /** TIMEOUT: the run's limit and the source's cap, in seconds. */
    limitSeconds?: number;
    maxLimitSeconds?: number;
  } | null;
}

/** Runs a canvas's saved SQL through the queries service (which guards it and runs it read-only). */
export type RunSql = (input: RunSqlInput) => Promise<QueryRunJson>;

/** One upstream block's result, as a table named after the block (chained SQL, canvas-model R34). */
export interface ResultTableJson {
  name: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

/** Runs SQL over upstream block results in a fresh sandboxed DuckDB (POST /internal/chain-runs). */
export type RunChain = (input: {
  sql: string;
  parameters?: Record<string, unknown>;
  maxRows?: number;
  tables: ResultTableJson[];
}) => Promise<QueryRunJson>;

/** The id of a project's "Acme Commerce" DEMO data source (created on first use). */
export type DemoSourceFor = (projectId: string) => Promise<string>;

async function call(
  url: URL,
  init: RequestInit,
  internalSecret: string,
  timeoutMs: number,
): Promise<Response> {
  try {
    return await fetch(url, {
      ...init,
      headers: { 'x-internal-secret': internalSecret, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new AppError('UNAVAILABLE', 'The queries service is unavailable', { cause });
  }
}

/** HTTP clients of the queries service's internal routes. */
export function createQueriesClient(options: { queriesUrl: string; internalSecret: string }): {
  demoSourceFor: DemoSourceFor;
  runSql: RunSql;
  runChain: RunChain;
} {
  const { queriesUrl, internalSecret } = options;
  /** A block run through queries' internal API: its run, or its refusal as BAD_USER_INPUT. */
  async function postRun(path: string, input: unknown, missing?: string): Promise<QueryRunJson> {
    const response = await call(
      new URL(path, queriesUrl),
      { method: 'POST', body: JSON.stringify(input) },
      internalSecret,
      60_000,
    );
    const body = (await response.json().catch(() => null)) as
      (QueryRunJson & { error?: { code?: string; message?: string } }) | null;
    if (response.ok && body) return body;
    if (missing && response.status === 404) throw AppError.notFound(missing);
    if (response.status === 400 && body?.error?.message)
      throw new AppError('BAD_USER_INPUT', body.error.message);
    throw new AppError('UNAVAILABLE', 'The queries service could not run the block');
  }

  return {
    async demoSourceFor(projectId) {
      const response = await call(
        new URL(`/internal/projects/${encodeURIComponent(projectId)}/demo-source`, queriesUrl),
        { method: 'GET' },
        internalSecret,
        30_000,
      );
      if (response.status === 404) throw AppError.notFound('Project');
      if (!response.ok)
        throw new AppError('UNAVAILABLE', 'The queries service could not provide the demo data source');
      const { id } = (await response.json()) as { id: string };
      return id;
    },

    runSql: (input) => postRun('/internal/runs', input, 'Data source'),
    runChain: (input) => postRun('/internal/chain-runs', input),
  };
}
