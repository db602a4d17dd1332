import { randomUUID } from 'node:crypto';
import { type Identity } from '@tessera/auth';
import { LRUCache } from 'lru-cache';
import { AppError } from '@tessera/errors';
import type { EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';
import type { Metrics } from '@tessera/service-kit';
import { traceWork } from '@tessera/tracing';
import type { QueriesConfig } from '../config.ts';
import type { DataSourceRow, Repositories, RunError, RunRow } from '../data/index.ts';
import { EngineError, type QueryResult } from '../engines/types.ts';
import type { UsageSink } from '../telemetry/usage-sink.ts';
import type { Access } from './access.ts';
import type { EngineRegistry } from './engine-registry.ts';
import type { ResultsCache } from './results-cache.ts';
import { createSourceLimiter, type SourceLimiter } from './source-limiter.ts';
import { createStatementChecks } from './statement-checks.ts';
import { createHitRecorder } from './cache-hits.ts';

/**
 * A run's time limits, in seconds: the default (QUERY_TIMEOUT_MS) and the longest a run may ask for
 * (four times the default, at most 10 minutes). The same for every data source today; a source's
 * own cap would go here.
 */
export function timeLimits(config: { QUERY_TIMEOUT_MS: number }): {
  defaultSeconds: number;
  maxSeconds: number;
} {
  const defaultSeconds = Math.max(1, Math.round(config.QUERY_TIMEOUT_MS / 1000));
  return { defaultSeconds, maxSeconds: Math.max(defaultSeconds, Math.min(600, defaultSeconds * 4)) };
}

export const RUN_TOPIC = (runId: string) => `queryRun:${runId}`;
export const CANCEL_TOPIC = 'queries:cancel';

export interface RunInput {
  dataSourceId: string;
  sql: string;
  parameters?: Record<string, unknown> | null;
  maxRows?: number | null;
  waitSeconds?: number | null;
  /** The run's time limit in seconds (default QUERY_TIMEOUT_MS; at most the source's cap, timeLimits). */
  timeoutSeconds?: number | null;
  /** Skip the results cache (scheduled deliveries refresh their data); the result is still cached. */
  fresh?: boolean | null;
}

interface Deps {
  repos: Repositories;
  access: Access;
  engines: EngineRegistry;
  cache: ResultsCache;
  bus: EventBus;
  usage: UsageSink;
  config: QueriesConfig;
  logger: Logger;
  metrics?: Metrics;
  /** This process's id in run_instances (services/run-recovery.ts); null: runs carry none. */
  instanceId?: string | null;
  /** Statements per data source at once (default: QUERY_SOURCE_CONCURRENCY, source-limiter.ts). */
  limiter?: SourceLimiter;
}

export const dialectOf = (kind: string) =>
  kind === 'POSTGRES'
    ? 'postgres'
    : kind === 'MYSQL'
      ? 'mysql'
      : kind === 'CLICKHOUSE'
        ? 'clickhouse'
        : 'duckdb';

/** Where the engine reported a position only as text ("near \"FRM\""), find it in the SQL. */
function positionFromMessage(sql: string, message: string): number | undefined {
  const near = /(?:at or near|near) ["']([^"']{1,80})["']/i.exec(message);
  if (!near) return undefined;
  const index = sql.indexOf(near[1]!);
  return index >= 0 ? index : undefined;
}

export function createRunService(deps: Deps) {
  const { repos, access, engines, cache, bus, usage, config, logger } = deps;
  const active = new Map<string, AbortController>();
  const limiter =
    deps.limiter ??
    createSourceLimiter({
      concurrency: config.QUERY_SOURCE_CONCURRENCY ?? 4,
      maxQueued: config.QUERY_SOURCE_QUEUE ?? 200,
    });
  const runDuration = deps.metrics?.histogram(
    'query_run_duration_seconds',
    'Query runs by engine and outcome',
    ['engine', 'status'],
    [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  );
  const activeRuns = deps.metrics?.gauge('query_runs_active', 'Query runs executing on this instance');
  const engineInflight = deps.metrics?.gauge(
    'query_engine_inflight',
    'Statements handed to an engine and not finished (queued or executing), by engine',
    ['engine'],
  );
  const engineDuration = deps.metrics?.histogram(
    'query_engine_duration_seconds',
    'Time inside the engine per statement (queue, execution and row transfer), by engine and outcome',
    ['engine', 'outcome'],
    [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  );

  /** One statement on an engine, timed and traced (the span carries the row count). */
  async function onEngine(
    run: RunRow,
    source: DataSourceRow,
    bound: { text: string; values: unknown[] },
    controller: AbortController,
    timeoutMs: number,
    requestId?: string,
  ) {
    const labels = { engine: source.kind };
    engineInflight?.inc(labels);
    const startedAt = performance.now();
    let outcome = 'error';
    try {
      return await traceWork(
        'query.execute',
        {
          'db.system.name': source.kind.toLowerCase(),
          'tessera.run_id': run.id,
          'tessera.data_source_id': source.id,
        },
        async (span) => {
          const engine = await engines.get(source);
          const result = await engine.execute({
            sql: bound.text,
            values: bound.values,
            maxRows: run.maxRows,
            timeoutMs,
            signal: controller.signal,
            ...(requestId ? { requestId } : {}),
          });
          span?.setAttributes({
            'db.response.returned_rows': result.rows.length,
            'tessera.truncated': result.truncated,
          });
          outcome = 'ok';
          return result;
        },
      );
    } catch (error) {
      if (error instanceof EngineError)
        outcome = error.code === 'CANCELLED' ? 'cancelled' : error.code.toLowerCase();
      throw error;
    } finally {
      engineInflight?.dec(labels);
      engineDuration?.observe({ engine: source.kind, outcome }, (performance.now() - startedAt) / 1000);
    }
  }

  async function finish(
    run: RunRow,
    source: DataSourceRow,
    outcome: { result?: QueryResult; error?: RunError; cancelled?: boolean; cached?: boolean },
    startedAt: number,
  ) {
    const durationMs = Math.round(performance.now() - startedAt);
    const status = outcome.cancelled ? 'CANCELLED' : outcome.error ? 'FAILED' : 'SUCCEEDED';
    const result = outcome.result;
    const completed = await repos.runs.complete(run.organizationId, run.id, {
      status,
      columns: result?.columns ?? [],
      rows: result?.rows ?? [],
      rowCount: result?.rows.length ?? 0,
      truncated: result?.truncated ?? false,
      cached: outcome.cached ?? false,
      durationMs,
      error: outcome.error ?? null,
    });
    if (!completed) return null;
    if (status === 'SUCCEEDED' && result) cache.rememberRun(run.organizationId, run.id, result.rows);
    runDuration?.observe(
      { engine: source.kind, status: outcome.cached ? 'CACHED' : status },
      durationMs / 1000,
    );
    await bus
      .publish(RUN_TOPIC(run.id), { id: run.id, status })
      .catch((err: unknown) => logger.warn({ err }, 'event not published'));
    usage.record({
      at: new Date(),
      organizationId: run.organizationId,
      userId: run.userId,
      dataSourceId: source.id,
      sourceKind: source.kind,
      durationMs,
      rows: result?.rows.length ?? 0,
      bytes: result ? Buffer.byteLength(JSON.stringify(result.rows)) : 0,
      cacheHit: outcome.cached ?? false,
      errorCode: outcome.error?.code ?? (outcome.cancelled ? 'CANCELLED' : null),
    });
    return completed;
  }

  async function execute(
    run: RunRow,
    source: DataSourceRow,
    bound: { text: string; values: unknown[] },
    cacheKey: string,
    controller: AbortController,
    startedAt: number,
    requestId: string | undefined,
    limit: { limitSeconds: number; maxLimitSeconds: number },
  ) {
    let free: (() => void) | null = null;
    try {
      const queuedAt = performance.now();
      free = await limiter.acquire(source.id, controller.signal, limit.limitSeconds * 1000);
      const left = Math.max(1, limit.limitSeconds * 1000 - Math.round(performance.now() - queuedAt));
      const result = await onEngine(run, source, bound, controller, left, requestId);
      free();
      // Cached once its rows are stored: a hit's run shares them (query_runs.result_run_id).
      if (await finish(run, source, { result }, startedAt)) cache.set(cacheKey, source.id, result, run.id);
    } catch (error) {
      if (error instanceof EngineError && error.code === 'CANCELLED')
        return finish(run, source, { cancelled: true }, startedAt);
      if (error instanceof EngineError) {
        const position = error.position ?? positionFromMessage(run.sql, error.message);
        return finish(
          run,
          source,
          {
            error: {
              code: error.code,
              message:
                error.code === 'TIMEOUT'
                  ? `The query exceeded its time limit of ${limit.limitSeconds} s`
                  : error.message,
              ...(position !== undefined ? { position } : {}),
              ...(error.code === 'TIMEOUT' ? limit : {}),
            },
          },
          startedAt,
        );
      }
      if (error instanceof AppError)
        return finish(run, source, { error: { code: error.code, message: error.message } }, startedAt);
      logger.error({ err: error, runId: run.id, requestId }, 'query execution failed unexpectedly');
      return finish(
        run,
        source,
        { error: { code: 'INTERNAL', message: 'The query could not be run' } },
        startedAt,
      );
    } finally {
      free?.();
      active.delete(run.id);
      activeRuns?.set(active.size);
    }
  }

  const completions = new Map<string, Promise<void>>();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const finished = (run: RunRow | null) =>
    run !== null && run.status !== 'RUNNING' && run.status !== 'QUEUED';

  /** Waits for the outcome up to `seconds`: on the local completion, or by polling a run another instance executes. */
  async function waitForFinish(run: RunRow, seconds: number): Promise<RunRow> {
    const local = completions.get(run.id);
    if (local) {
      await Promise.race([local, sleep(seconds * 1000)]);
    } else {
      const deadline = Date.now() + seconds * 1000;
      while (Date.now() < deadline && !finished(await repos.runs.find(run.organizationId, run.id)))
        await sleep(100);
    }
    return (await repos.runs.find(run.organizationId, run.id)) ?? run;
  }

  const statements = createStatementChecks();

  /**
   * A source's organization and kind never change: knowing them lets a cache hit be recognised and
   * authorized without reading the source first (recording the hit checks that it still exists).
   */
  const knownSources = new LRUCache<string, { organizationId: string; kind: string }>({ max: 10_000 });
  async function findSource(organizationId: string, id: string): Promise<DataSourceRow> {
    const source = await repos.dataSources.find(organizationId, id);
    if (!source) throw AppError.notFound('Data source');
    knownSources.set(source.id, { organizationId: source.organizationId, kind: source.kind });
    return source;
  }

  const recordHit = createHitRecorder({ repos, cache, usage, runDuration });

  async function start(
    organizationId: string,
    input: RunInput,
    actor: { userId: string | null; apiKeyId: string | null; requestId?: string },
    onClientGone?: (cancel: () => void) => void,
  ): Promise<RunRow> {
    const startedAt = performance.now();
    const known = knownSources.get(input.dataSourceId);
    const knownKind = known?.organizationId === organizationId ? known.kind : undefined;
    const read = knownKind ? null : await findSource(organizationId, input.dataSourceId);
    const kind = knownKind ?? read!.kind;
    if (typeof input.sql !== 'string' || input.sql.length > 100_000)
      throw AppError.badInput('sql', 'SQL must be a string of at most 100,000 characters');
    const maxRows = Math.min(Math.max(1, input.maxRows ?? config.QUERY_MAX_ROWS), config.QUERY_MAX_ROWS);
    const limits = timeLimits(config);
    const timeoutSeconds = input.timeoutSeconds ?? limits.defaultSeconds;
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > limits.maxSeconds)
      throw AppError.badInput(
        'timeoutSeconds',
        `timeoutSeconds must be a whole number from 1 to ${limits.maxSeconds} (this data source's cap)`,
      );
    const parameters = input.parameters ?? null;
    if (parameters !== null && (typeof parameters !== 'object' || Array.isArray(parameters)))
      throw AppError.badInput('parameters', 'Parameters must be an object of name → value');
    const dialect = dialectOf(kind);
    const { normalized, bound } = statements.check(input.sql, parameters, dialect);
    // Empty when the statement is refused (below, once the run is recorded).
    const cacheKey =
      normalized !== null && bound.ok ? cache.key(input.dataSourceId, normalized, parameters, maxRows) : '';
    const summary = cacheKey && !input.fresh ? cache.summary(cacheKey) : null;
    if (summary?.runId) {
      const recorded = await recordHit(
        organizationId,
        input,
        actor,
        { maxRows, parameters, kind },
        cacheKey,
        { ...summary, runId: summary.runId },
        startedAt,
      );
      if (recorded) return recorded;
    }

    const source = read ?? (await findSource(organizationId, input.dataSourceId));
    const run = await repos.runs.insert(
      {
        id: randomUUID(),
        organizationId,
        projectId: source.projectId,
        dataSourceId: source.id,
        userId: actor.userId,
        apiKeyId: actor.apiKeyId,
        sql: input.sql,
        parameters,
        maxRows,
        status: 'RUNNING',
      },
      deps.instanceId ?? null,
    );
    const refuse = async (error: RunError) => {
      await finish(run, source, { error }, startedAt);
      return (await repos.runs.find(organizationId, run.id))!;
    };
    if (!bound.ok)
      return refuse({
        code: bound.code,
        message: bound.message,
        ...(bound.position !== undefined ? { position: bound.position } : {}),
      });
    const hit = input.fresh ? undefined : cache.get(cacheKey);
    if (hit) {
      // A hit whose shared rows are gone (or that came from no stored run): this run stores them,
      // and later hits share this run's.
      const completed = await finish(run, source, { result: hit, cached: true }, startedAt);
      if (completed) cache.repoint(cacheKey, run.id);
      return completed ?? (await repos.runs.find(organizationId, run.id))!;
    }
    const controller = new AbortController();
    active.set(run.id, controller);
    activeRuns?.set(active.size);
    onClientGone?.(() => controller.abort());
    void bus
      .publish(RUN_TOPIC(run.id), { id: run.id, status: 'RUNNING' })
      .catch((err: unknown) => logger.warn({ err }, 'event not published'));
    completions.set(
      run.id,
      execute(run, source, bound, cacheKey, controller, startedAt, actor.requestId, {
        limitSeconds: timeoutSeconds,
        maxLimitSeconds: limits.maxSeconds,
      })
        .then(() => undefined)
        .finally(() => completions.delete(run.id)),
    );
    return waitForFinish(run, Math.min(Math.max(0, input.waitSeconds ?? 10), 30));
  }

  return {
    async run(
      identity: Identity,
      input: RunInput,
      onClientGone?: (cancel: () => void) => void,
    ): Promise<RunRow> {
      const known = knownSources.get(input.dataSourceId);
      const organizationId = known
        ? access.sourceOwnedBy(identity, known.organizationId)
        : await access.source(identity, input.dataSourceId);
      access.requireRunner(identity, organizationId);
      const principal = identity.principal;
      return start(
        organizationId,
        input,
        {
          userId: principal.kind === 'user' ? principal.userId : null,
          apiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
          requestId: identity.requestId,
        },
        onClientGone,
      );
    },

    /** For services that authorized the caller themselves (canvas blocks, share links). */
    /** The time limits a run may ask for (RunQueryInput.timeoutSeconds). */
    timeLimits: () => timeLimits(config),

    runTrusted(organizationId: string, input: RunInput, actor: { userId: string | null }): Promise<RunRow> {
      return start(organizationId, input, { userId: actor.userId, apiKeyId: null });
    },

    async cancel(identity: Identity, id: string): Promise<RunRow> {
      const organizationId = await access.run(identity, id);
      access.requireRunner(identity, organizationId);
      const local = active.get(id);
      if (local) local.abort();
      else await bus.publish(CANCEL_TOPIC, { id });
      const run = await repos.runs.find(organizationId, id);
      if (!run) throw AppError.notFound('Query run');
      if (run.status === 'RUNNING' || run.status === 'QUEUED') return waitForFinish(run, 5);
      return run;
    },

    /** Cancellations requested on another instance reach the one executing the run. */
    async listenForCancellations() {
      return bus.subscribe<{ id: string }>(CANCEL_TOPIC, ({ id }) => active.get(id)?.abort());
    },

    async get(identity: Identity, id: string): Promise<RunRow> {
      const organizationId = await access.run(identity, id);
      const run = await repos.runs.find(organizationId, id);
      if (!run) throw AppError.notFound('Query run');
      return run;
    },

    rows(run: RunRow): Promise<unknown[][]> {
      if (run.status !== 'SUCCEEDED') return Promise.resolve([]);
      const recent = cache.recallRun(run.organizationId, run.id);
      return recent ? Promise.resolve(recent) : repos.runs.results(run.organizationId, run.id);
    },

    /** `rows` as one JSON text, from memory as it is kept there, or as PostgreSQL stores it. */
    rowsJson(run: RunRow): Promise<string> {
      if (run.status !== 'SUCCEEDED') return Promise.resolve('[]');
      const recent = cache.recallRunJson(run.organizationId, run.id);
      return recent !== null ? Promise.resolve(recent) : repos.runs.resultsJson(run.organizationId, run.id);
    },

    /** Cancels every run in flight, for shutdown. */
    async abortAll(): Promise<void> {
      for (const controller of active.values()) controller.abort();
      await Promise.allSettled([...completions.values()]);
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;
