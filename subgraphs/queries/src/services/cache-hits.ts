import { randomUUID } from 'node:crypto';
import type { Metrics } from '@tessera/service-kit';
import type { Repositories, RunRow } from '../data/index.ts';
import type { UsageSink } from '../telemetry/usage-sink.ts';
import type { CachedSummary, ResultsCache } from './results-cache.ts';
import type { RunInput } from './run-service.ts';

interface Deps {
  repos: Repositories;
  cache: ResultsCache;
  usage: UsageSink;
  runDuration?: ReturnType<Metrics['histogram']> | undefined;
}

export function createHitRecorder({ repos, cache, usage, runDuration }: Deps) {
  /**
   * Records a results-cache hit as a finished run in one statement, sharing the stored rows of the
   * run that produced the result; its rows are answered from the cache. Null when those rows are
   * gone or the source is (the caller then takes the ordinary path).
   */
  return async function recordHit(
    organizationId: string,
    input: RunInput,
    actor: { userId: string | null; apiKeyId: string | null },
    settings: { maxRows: number; parameters: Record<string, unknown> | null; kind: string },
    cacheKey: string,
    hit: CachedSummary & { runId: string },
    startedAt: number,
  ): Promise<RunRow | null> {
    const durationMs = Math.round(performance.now() - startedAt);
    const run = await repos.runs.insertCached({
      id: randomUUID(),
      organizationId,
      dataSourceId: input.dataSourceId,
      userId: actor.userId,
      apiKeyId: actor.apiKeyId,
      sql: input.sql,
      parameters: settings.parameters,
      maxRows: settings.maxRows,
      columns: hit.columns,
      rowCount: hit.rowCount,
      truncated: hit.truncated,
      durationMs,
      resultRunId: hit.runId,
    });
    if (!run) return null;
    cache.rememberHit(organizationId, run.id, cacheKey);
    runDuration?.observe({ engine: settings.kind, status: 'CACHED' }, durationMs / 1000);
    // No status event: nobody can subscribe to a run before this answer names it.
    usage.record({
      at: new Date(),
      organizationId,
      userId: run.userId,
      dataSourceId: run.dataSourceId,
      sourceKind: settings.kind,
      durationMs,
      rows: hit.rowCount,
      bytes: hit.rowBytes,
      cacheHit: true,
      errorCode: null,
    });
    return run;
  };
}
