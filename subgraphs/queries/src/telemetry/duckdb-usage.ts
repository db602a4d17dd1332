import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, LIST, listValue, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { Logger } from '@tessera/logger';
import { createBatcher, isoDay, type UsageDay, type UsageEvent, type UsageSink } from './usage-sink.ts';

/** Usage events in a local DuckDB file (the embedded default); in memory when `file` is ':memory:'. */
export async function createDuckdbUsageSink(options: { file: string; logger: Logger }): Promise<UsageSink> {
  if (options.file !== ':memory:') await mkdir(path.dirname(options.file), { recursive: true });
  const instance = await DuckDBInstance.create(options.file);
  const connection: DuckDBConnection = await instance.connect();
  await connection.run(`CREATE TABLE IF NOT EXISTS usage_events (
    event_at TIMESTAMP, organization_id VARCHAR, user_id VARCHAR, data_source_id VARCHAR, source_kind VARCHAR,
    duration_ms INTEGER, row_count BIGINT, bytes BIGINT, cache_hit BOOLEAN, error_code VARCHAR)`);

  const batcher = createBatcher(
    // One INSERT of the batch as lists, executed off the event loop (an appender's close is
    // synchronous: it wrote the batch on the main thread, stalling every request meanwhile).
    async (events) => {
      const column = (value: (e: UsageEvent) => string | null) => listValue(events.map(value));
      await connection.run(
        `INSERT INTO usage_events SELECT unnest($1::VARCHAR[])::TIMESTAMP, unnest($2::VARCHAR[]), unnest($3::VARCHAR[]),
           unnest($4::VARCHAR[]), unnest($5::VARCHAR[]), unnest($6::VARCHAR[])::INTEGER, unnest($7::VARCHAR[])::BIGINT,
           unnest($8::VARCHAR[])::BIGINT, unnest($9::VARCHAR[])::BOOLEAN, unnest($10::VARCHAR[])`,
        [
          column((e) => e.at.toISOString().replace('T', ' ').replace('Z', '')),
          column((e) => e.organizationId),
          column((e) => e.userId),
          column((e) => e.dataSourceId),
          column((e) => e.sourceKind),
          column((e) => String(e.durationMs)),
          column((e) => String(e.rows)),
          column((e) => String(e.bytes)),
          column((e) => String(e.cacheHit)),
          column((e) => e.errorCode),
        ],
        // Typed: a list's type would otherwise be inferred from its first item (null → all nulls).
        Array.from({ length: 10 }, () => LIST(VARCHAR)),
      );
    },
    {
      intervalMs: 1_000,
      maxBatch: 500,
      onError: (err) => options.logger.warn({ err }, 'usage events not written'),
    },
  );

  return {
    record: (event) => batcher.push(event),
    flush: () => batcher.flush(),
    async usage(organizationId, from, to): Promise<UsageDay[]> {
      await batcher.flush();
      const reader = await connection.runAndReadAll(
        `SELECT strftime(CAST(event_at AS DATE), '%Y-%m-%d') AS day, count(*)::INTEGER AS queries,
                count(error_code)::INTEGER AS errors, count(*) FILTER (WHERE cache_hit)::INTEGER AS cache_hits,
                sum(row_count)::DOUBLE AS rows, sum(bytes)::DOUBLE AS bytes, quantile_cont(duration_ms, 0.95)::DOUBLE AS p95
         FROM usage_events WHERE organization_id = $1 AND CAST(event_at AS DATE) BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE)
         GROUP BY 1 ORDER BY 1`,
        [organizationId, isoDay(from), isoDay(to)],
      );
      return (reader.getRowObjectsJS() as Record<string, unknown>[]).map((r) => ({
        day: String(r.day),
        queries: Number(r.queries),
        errors: Number(r.errors),
        cacheHits: Number(r.cache_hits),
        rows: Number(r.rows),
        bytes: Number(r.bytes),
        p95DurationMs: Number(r.p95),
      }));
    },
    async close() {
      await batcher.stop();
      connection.closeSync();
      instance.closeSync();
    },
  };
}
