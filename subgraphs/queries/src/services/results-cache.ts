import type { Column } from '../engines/types.ts';

export interface CachedResult {
  columns: Column[];
  rows: unknown[][];
  truncated: boolean;
  storedAt: number;
}

/**
 * Results by (source, normalised SQL, parameters, row cap), kept for a TTL in a bounded LRU.
 * Invalidated per source when its settings or schema change.
 */
export function createResultsCache(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, CachedResult & { sourceId: string }>();
  return {
    key(sourceId: string, normalizedSql: string, parameters: unknown, maxRows: number): string {
      return JSON.stringify([sourceId, normalizedSql, parameters ?? null, maxRows]);
    },
    get(key: string): CachedResult | null {
      const hit = entries.get(key);
      if (!hit) return null;
      if (Date.now() - hit.storedAt > options.ttlMs) {
        entries.delete(key);
        return null;
      }
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    },
    set(key: string, sourceId: string, result: Omit<CachedResult, 'storedAt'>): void {
      if (options.maxEntries === 0 || options.ttlMs === 0) return;
      entries.set(key, { ...result, sourceId, storedAt: Date.now() });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    },
    invalidateSource(sourceId: string): void {
      for (const [key, entry] of entries) if (entry.sourceId === sourceId) entries.delete(key);
    },
  };
}

export type ResultsCache = ReturnType<typeof createResultsCache>;
