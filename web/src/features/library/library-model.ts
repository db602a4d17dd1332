// Pure helpers of the saved-queries and history screens (tested in library-model.test.ts).

export const QUERY_NAME_MAX = 120;

/** The API's rule for a saved query's name (trimmed, 1–120 characters), as a message or null. */
export function validateQueryName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the query a name.';
  if (trimmed.length > QUERY_NAME_MAX)
    return `At most ${QUERY_NAME_MAX} characters (this one has ${trimmed.length}).`;
  return null;
}

interface SavedLike {
  name: string;
  sql: string;
  dataSource?: { name: string } | null;
}

/** Saved queries whose name, source or SQL contains every word of the search (case-insensitive). */
export function searchSaved<T extends SavedLike>(items: readonly T[], search: string): T[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = `${item.name}\n${item.dataSource?.name ?? ''}\n${item.sql}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export type RunStatusFilter = 'ALL' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'RUNNING';

/**
 * The status the server filters by: RUNNING stands for unfinished runs (queued or running), which
 * the server cannot ask for in one status, so those are filtered here.
 */
export function serverStatus(filter: RunStatusFilter): 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | null {
  return filter === 'ALL' || filter === 'RUNNING' ? null : filter;
}

/** RUNNING stands for unfinished runs (queued or running). */
export function matchesStatus(status: string, filter: RunStatusFilter): boolean {
  if (filter === 'ALL') return true;
  if (filter === 'RUNNING') return status === 'RUNNING' || status === 'QUEUED';
  return status === filter;
}

/** One line of SQL: whitespace and comments collapsed, cut at `max` characters with an ellipsis. */
export function sqlPreview(sql: string, max = 140): string {
  const line = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** "just now", "5 min ago", "3 h ago", "yesterday", else the date. */
export function formatWhen(iso: string, now: Date): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (Number.isNaN(seconds)) return '';
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  if (seconds < 2 * 86_400) return 'yesterday';
  return then.toLocaleDateString(undefined, {
    year: then.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
  });
}
