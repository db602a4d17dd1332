import { LRUCache } from 'lru-cache';
import type { Column } from '../engines/types.ts';

export interface CachedResult {
  columns: Column[];
  rows: unknown[][];
  truncated: boolean;
  storedAt: number;
}

/** What a hit records without its rows: they stay in the cache (or PostgreSQL) until asked for. */
export interface CachedSummary {
  columns: Column[];
  rowCount: number;
  truncated: boolean;
  /** The run whose stored rows these are (`query_results`), when the result came from one. */
  runId: string | null;
  /** The rows' size as JSON, in bytes (usage). */
  rowBytes: number;
}

/** Results at least this large (JSON bytes) are kept as one JSON string, not as arrays of values. */
export const COMPACT_FROM_BYTES = 32 * 1024;
/** A run's rows kept after it finished, so its `rows` field does not read them back from PostgreSQL. */
const RECENT_RUN_TTL_MS = 60_000;

interface Entry {
  sourceId: string;
  columns: Column[];
  /** Small results: the rows themselves. Large ones: `json` only (compact; parsed on a hit). */
  rows?: unknown[][];
  json?: string;
  truncated: boolean;
  storedAt: number;
  bytes: number;
  rowCount: number;
  rowBytes: number;
  runId: string | null;
}

/** Approximate memory an entry holds: its rows' and columns' JSON, the key, and a fixed overhead. */
function sizeOf(entry: Entry, key: string): number {
  return entry.bytes + key.length + 128;
}

/**
 * Results by (source, normalised SQL, parameters, row cap), kept for a TTL in an LRU bounded by
 * bytes (`maxBytes`, and by `maxEntries` when given). Results larger than `COMPACT_FROM_BYTES` are
 * kept as their JSON text: a few percent of the memory of the same rows as JS arrays, and exactly
 * sized. A result larger than the whole cache is not kept. Invalidated per source when its settings
 * or schema change.
 *
 * Also remembers the rows of runs that just finished (`rememberRun`), bounded by a quarter of
 * `maxBytes`, so a run's `rows` are answered from memory instead of read back from PostgreSQL.
 */
export function createResultsCache(options: { ttlMs: number; maxBytes?: number; maxEntries?: number }) {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const enabled = options.ttlMs > 0 && maxBytes > 0 && options.maxEntries !== 0;
  const entries = enabled
    ? new LRUCache<string, Entry>({
        maxSize: maxBytes,
        ...(options.maxEntries ? { max: options.maxEntries } : {}),
        sizeCalculation: sizeOf,
        ttl: options.ttlMs,
      })
    : null;
  const recentRuns = enabled
    ? new LRUCache<string, Entry>({
        maxSize: Math.max(1, Math.floor(maxBytes / 4)),
        sizeCalculation: sizeOf,
        ttl: Math.min(options.ttlMs, RECENT_RUN_TTL_MS),
      })
    : null;

  function encode(
    sourceId: string,
    result: { columns: Column[]; rows: unknown[][]; truncated: boolean },
    runId: string | null = null,
  ): Entry {
    const json = JSON.stringify(result.rows);
    const bytes = json.length + JSON.stringify(result.columns).length;
    return {
      sourceId,
      columns: result.columns,
      ...(json.length >= COMPACT_FROM_BYTES ? { json } : { rows: result.rows }),
      truncated: result.truncated,
      storedAt: Date.now(),
      bytes,
      rowCount: result.rows.length,
      rowBytes: Buffer.byteLength(json),
      runId,
    };
  }
  /**
   * Large results decoded lately, by entry: hits on the same large result within the TTL share one
   * decoding instead of parsing its text on every request. Bounded by an eighth of `maxBytes`,
   * counting decoded rows at four times their JSON size.
   */
  const decoded = enabled
    ? new LRUCache<Entry, unknown[][]>({
        maxSize: Math.max(1, Math.floor(maxBytes / 8)),
        sizeCalculation: (_rows, entry) => entry.bytes * 4,
        ttl: Math.min(options.ttlMs, RECENT_RUN_TTL_MS),
      })
    : null;
  const rowsOf = (entry: Entry): unknown[][] => {
    if (entry.rows) return entry.rows;
    let rows = decoded?.get(entry);
    if (!rows) {
      rows = JSON.parse(entry.json!) as unknown[][];
      if (entry.bytes * 4 <= (decoded?.maxSize ?? 0)) decoded!.set(entry, rows);
    }
    return rows;
  };
  const fits = (entry: Entry, key: string) => sizeOf(entry, key) <= maxBytes;

  return {
    key(sourceId: string, normalizedSql: string, parameters: unknown, maxRows: number): string {
      return JSON.stringify([sourceId, normalizedSql, parameters ?? null, maxRows]);
    },
    get(key: string): CachedResult | null {
      const hit = entries?.get(key);
      if (!hit) return null;
      return { columns: hit.columns, rows: rowsOf(hit), truncated: hit.truncated, storedAt: hit.storedAt };
    },
    /** A hit without decoding its rows (a large result stays one JSON string until `rows` is asked for). */
    summary(key: string): CachedSummary | null {
      const hit = entries?.get(key);
      if (!hit) return null;
      const { columns, rowCount, truncated, runId, rowBytes } = hit;
      return { columns, rowCount, truncated, runId, rowBytes };
    },
    /** `runId`: the run whose rows PostgreSQL stores (query_results), which a hit's run may share. */
    set(key: string, sourceId: string, result: Omit<CachedResult, 'storedAt'>, runId?: string): void {
      if (!entries) return;
      const entry = encode(sourceId, result, runId ?? null);
      if (fits(entry, key)) entries.set(key, entry);
      else entries.delete(key);
    },
    invalidateSource(sourceId: string): void {
      if (!entries) return;
      for (const [key, entry] of entries.entries()) if (entry.sourceId === sourceId) entries.delete(key);
    },
    /** Keeps a finished run's rows (by organization and run id) for its `rows` field. */
    rememberRun(organizationId: string, runId: string, rows: unknown[][]): void {
      if (!recentRuns) return;
      const key = `${organizationId}/${runId}`;
      const entry = encode('', { columns: [], rows, truncated: false });
      if (sizeOf(entry, key) <= recentRuns.maxSize) recentRuns.set(key, entry);
    },
    /** Names another run storing the same rows (the one it named no longer stores them). */
    repoint(key: string, runId: string): void {
      const entry = entries?.peek(key);
      if (entry) entry.runId = runId;
    },
    /** Keeps the rows of a hit's run: the cached result itself, shared, not copied. */
    rememberHit(organizationId: string, runId: string, key: string): void {
      const entry = entries?.get(key);
      if (entry && recentRuns && sizeOf(entry, key) <= recentRuns.maxSize)
        recentRuns.set(`${organizationId}/${runId}`, entry);
    },
    /** The rows `rememberRun` or `rememberHit` kept, or null (another instance ran it, evicted, expired). */
    recallRun(organizationId: string, runId: string): unknown[][] | null {
      const entry = recentRuns?.get(`${organizationId}/${runId}`);
      return entry ? rowsOf(entry) : null;
    },
    /**
     * The same rows as `recallRun`, as one JSON text: a large result's stored text as it is (never
     * parsed), a small one's rows stringified.
     */
    recallRunJson(organizationId: string, runId: string): string | null {
      const entry = recentRuns?.get(`${organizationId}/${runId}`);
      if (!entry) return null;
      return entry.json ?? JSON.stringify(entry.rows);
    },
    /** Bytes held by cached results (not counting remembered runs). */
    bytes: () => entries?.calculatedSize ?? 0,
    size: () => entries?.size ?? 0,
  };
}

export type ResultsCache = ReturnType<typeof createResultsCache>;
