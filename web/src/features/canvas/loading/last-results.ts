// Stale-while-revalidate for canvas blocks: the last finished result of each run request (by
// QueryRunner.keyOf), kept in memory and in this tab's sessionStorage, so reopening a canvas (a
// reload, or back from another page) shows every block's last result at once while it refreshes.
// Bounded: at most MAX_ENTRIES results of at most MAX_ENTRY_BYTES each (JSON), oldest dropped first;
// sessionStorage is per tab and cleared with it. Entries are the signed-in person's own (keyed by
// user id) and are forgotten on sign-out.
import type { QueryRunFieldsFragment } from '../../../gql/graphql';
import { session } from '../../../urql/session';

const STORAGE_KEY = 'tessera.lastResults';
const MAX_ENTRIES = 60;
const MAX_ENTRY_BYTES = 200_000;
const MAX_TOTAL_BYTES = 2_000_000;

interface Entry {
  key: string;
  at: number;
  json: string;
}

let entries: Entry[] | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const scoped = (key: string) => `${session.get().userId ?? ''}\u0000${key}`;

function load(): Entry[] {
  if (entries) return entries;
  entries = [];
  session.subscribe(() => {
    if (session.get().status === 'signed-out') forgetLastResults();
  });
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (Array.isArray(parsed))
      entries = parsed.filter(
        (e): e is Entry =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as Entry).key === 'string' &&
          typeof (e as Entry).json === 'string',
      );
  } catch {
    entries = [];
  }
  return entries;
}

function save(list: Entry[]): void {
  let total = 0;
  const kept: Entry[] = [];
  for (const entry of list) {
    total += entry.json.length;
    if (total > MAX_TOTAL_BYTES || kept.length >= MAX_ENTRIES) break;
    kept.push(entry);
  }
  entries = kept;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the in-memory copy still serves this page.
  }
}

/** The last successful result of the request `key`, or null. */
export function lastResult(request: string): QueryRunFieldsFragment | null {
  const key = scoped(request);
  const entry = load().find((e) => e.key === key);
  if (!entry) return null;
  try {
    return JSON.parse(entry.json) as QueryRunFieldsFragment;
  } catch {
    return null;
  }
}

/** Remembers a finished, successful result (too large ones are not kept). */
export function rememberResult(request: string, run: QueryRunFieldsFragment): void {
  if (run.status !== 'SUCCEEDED' || run.error) return;
  const key = scoped(request);
  const json = JSON.stringify(run);
  const rest = load().filter((e) => e.key !== key);
  if (json.length > MAX_ENTRY_BYTES) return save(rest);
  save([{ key, at: Date.now(), json }, ...rest]);
}

const REQUESTS_KEY = 'tessera.canvasRequests';
const MAX_CANVASES = 20;
const MAX_REQUESTS = 50;

/**
 * The run requests a canvas's SQL blocks made on its last open in this tab (visible first), so a
 * reopen can start them before the canvas itself has loaded.
 */
let canvases: [string, unknown[]][] | null = null;

function loadCanvases(): [string, unknown[]][] {
  load();
  if (canvases) return canvases;
  try {
    const parsed = JSON.parse(storage()?.getItem(REQUESTS_KEY) ?? '[]') as unknown;
    canvases = Array.isArray(parsed) ? (parsed as [string, unknown[]][]) : [];
  } catch {
    canvases = [];
  }
  return canvases;
}

export function canvasRequests<T>(canvasId: string): T[] {
  const key = scoped(canvasId);
  return (loadCanvases().find(([id]) => id === key)?.[1] ?? []) as T[];
}

export function rememberCanvasRequests<T>(canvasId: string, requests: T[]): void {
  const key = scoped(canvasId);
  const rest = loadCanvases().filter(([id]) => id !== key);
  canvases = [[key, requests.slice(0, MAX_REQUESTS)] as [string, unknown[]], ...rest].slice(0, MAX_CANVASES);
  try {
    storage()?.setItem(REQUESTS_KEY, JSON.stringify(canvases));
  } catch {
    // Storage full or refused: the in-memory copy still serves this page.
  }
}

export function forgetLastResults(): void {
  entries = [];
  canvases = [];
  try {
    storage()?.removeItem(REQUESTS_KEY);
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
