import { LRUCache } from 'lru-cache';
import type { Column } from '../engines/types.ts';

export interface CachedResult {
  columns: Column[];
  rows: unknown[][];
  truncated: boolean;
  storedAt: number;
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
    };
  }
  const rowsOf = (entry: Entry) => entry.rows ?? (JSON.parse(entry.json!) as unknown[][]);
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
    set(key: string, sourceId: string, result: Omit<CachedResult, 'storedAt'>): void {
      if (!entries) return;
      const entry = encode(sourceId, result);
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
    /** The rows `rememberRun` kept, or null (another instance ran it, evicted, expired). */
    recallRun(organizationId: string, runId: string): unknown[][] | null {
      const entry = recentRuns?.get(`${organizationId}/${runId}`);
      return entry ? rowsOf(entry) : null;
    },
    /** Bytes held by cached results (not counting remembered runs). */
    bytes: () => entries?.calculatedSize ?? 0,
    size: () => entries?.size ?? 0,
  };
}

export type ResultsCache = ReturnType<typeof createResultsCache>;
