import type { Logger } from '@tessera/logger';
import { createBatcher, isoDay, type UsageDay, type UsageSink } from './usage-sink.ts';

const DATABASE = 'tessera_usage';
const TABLE = `${DATABASE}.query_events`;

const quote = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const dateTime = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/**
 * Usage events in ClickHouse (CLICKHOUSE_URL): a MergeTree table partitioned by month and ordered
 * by organization and time, so per-tenant daily aggregates stay cheap at scale. The SQL sticks to
 * what ClickHouse 18.16 and current releases both accept (no query parameters; literals escaped).
 */
export async function createClickhouseUsageSink(options: {
  url: string;
  logger: Logger;
}): Promise<UsageSink> {
  const base = new URL(options.url);
  async function run(sql: string, body?: string): Promise<string> {
    const url = new URL(base);
    url.searchParams.set('query', sql);
    const response = await fetch(url, {
      method: 'POST',
      body: body ?? '',
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse: ${text.slice(0, 300)}`);
    return text;
  }
  await run(`CREATE DATABASE IF NOT EXISTS ${DATABASE}`);
  await run(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    day Date, event_at DateTime, organization_id String, user_id String, data_source_id String, source_kind String,
    duration_ms UInt32, row_count UInt64, bytes UInt64, cache_hit UInt8, error_code String
  ) ENGINE = MergeTree() PARTITION BY toYYYYMM(day) ORDER BY (organization_id, event_at)`);

  const batcher = createBatcher(
    async (events) => {
      const rows = events.map((e) =>
        JSON.stringify({
          day: isoDay(e.at),
          event_at: dateTime(e.at),
          organization_id: e.organizationId,
          user_id: e.userId ?? '',
          data_source_id: e.dataSourceId,
          source_kind: e.sourceKind,
          duration_ms: e.durationMs,
          row_count: e.rows,
          bytes: e.bytes,
          cache_hit: e.cacheHit ? 1 : 0,
          error_code: e.errorCode ?? '',
        }),
      );
      await run(`INSERT INTO ${TABLE} FORMAT JSONEachRow`, rows.join('\n'));
    },
    {
      intervalMs: 1_000,
      maxBatch: 1_000,
      onError: (err) => options.logger.warn({ err }, 'usage events not written to ClickHouse'),
    },
  );

  return {
    record: (event) => batcher.push(event),
    flush: () => batcher.flush(),
    async usage(organizationId, from, to): Promise<UsageDay[]> {
      await batcher.flush();
      const text = await run(
        `SELECT toString(day) AS day_text, toUInt32(count()) AS queries, toUInt32(countIf(error_code != '')) AS errors,
                toUInt32(countIf(cache_hit = 1)) AS cache_hits, toFloat64(sum(row_count)) AS rows, toFloat64(sum(bytes)) AS bytes,
                toFloat64(quantile(0.95)(duration_ms)) AS p95
         FROM ${TABLE} WHERE organization_id = ${quote(organizationId)} AND day >= toDate(${quote(isoDay(from))}) AND day <= toDate(${quote(isoDay(to))})
         GROUP BY day ORDER BY day FORMAT JSON`,
      );
      const body = JSON.parse(text) as { data: Record<string, unknown>[] };
      return body.data.map((r) => ({
        day: String(r.day_text ?? r.day),
        queries: Number(r.queries),
        errors: Number(r.errors),
        cacheHits: Number(r.cache_hits),
        rows: Number(r.rows),
        bytes: Number(r.bytes),
        p95DurationMs: Number(r.p95),
      }));
    },
    close: () => batcher.stop(),
  };
}
