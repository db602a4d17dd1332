// Starting a canvas's SQL runs before its blocks mount. A reopen in this tab starts the requests
// its blocks made last time as soon as the page mounts (before the canvas header or the live
// document have loaded); every open starts them again when the canvas header (GraphQL, with the
// stored blocks) answers, which bench/web shows is often no earlier than the live document's sync.
// Each block's runner adopts a run already in flight for its request (QueryRunner.keyOf) instead of
// sending its own, and a request a block already sent is not prefetched. Visible blocks go first:
// those whose top is within the first screen (or that a visible chart/table/metric reads) are sent
// first, the rest right after at low priority, so that the browser's connections and the server's
// per-source queue (QUERY_SOURCE_CONCURRENCY) take them in that order. Waiting in the page until a
// visible run was back cost the rest the main thread's busy time as well (bench/web, same-run A/B:
// warm 20-block canvas 615 → 579 ms, then 579 → 551 ms with the low priority).
import { blockReferencesIn, type BlockJson } from '@tessera/canvas-model';
import type { Client } from '@urql/core';
import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { prefetchAdopted, prefetchRun, type RunRequest } from '../../queries/query-runner';
import { canvasRequests, rememberCanvasRequests } from './last-results';
import { afterEarlyRuns } from './early-runs';
import { GAP, ROW_HEIGHT } from '../layout';
import { committedSql, sqlRunRequest } from '../blocks/sql-run';

// open-early.ts hands index.html's runs (early-runs-script.ts) over through this chunk.
export { adoptEarlyRun } from '../../queries/query-runner';

interface StoredBlock {
  id: string;
  type: string;
  position: { x: number; y: number; w: number; h: number };
  content: unknown;
}

/**
 * Runs started on a reopen before the canvas has loaded (the top of the canvas): Chromium opens six
 * HTTP/1.1 connections per host, and the canvas's own queries need some of them.
 */
const EARLY_MAX = 4;

/** At most this many SQL blocks are prefetched per canvas open. */
const MAX_PREFETCH = 50;

/** The SQL blocks to prefetch, split into those on the first screen and the rest, top first. */
export function prefetchPlan(
  stored: readonly StoredBlock[],
  screenRows: number,
): { visible: BlockJson[]; later: BlockJson[]; blocks: BlockJson[] } {
  const blocks = stored
    .filter((b) => b && typeof b.content === 'object' && b.content !== null)
    .map((b) => ({ ...b, content: b.content as Record<string, unknown> }) as unknown as BlockJson);
  const top = (b: BlockJson) => (b as unknown as StoredBlock).position?.y ?? 0;
  const onScreen = new Set(blocks.filter((b) => top(b) < screenRows).map((b) => b.id));
  // A SQL block a visible block reads counts as visible.
  for (const b of blocks) {
    const source = b.content.sourceBlockId ?? b.content.source;
    if (onScreen.has(b.id) && typeof source === 'string') onScreen.add(source);
  }
  const sql = blocks
    .filter((b) => b.type === 'SQL' && blockReferencesIn(committedSql(b), blocks).length === 0)
    .sort((a, b) => top(a) - top(b))
    .slice(0, MAX_PREFETCH);
  return {
    visible: sql.filter((b) => onScreen.has(b.id)),
    later: sql.filter((b) => !onScreen.has(b.id)),
    blocks,
  };
}

/** What a canvas's prefetch settles: every run answered (or failed), then every answer taken by its block. */
export interface Prefetching {
  answered: Promise<void>;
  adopted: Promise<void>;
}

export function prefetchCanvas(
  client: Client,
  stored: readonly StoredBlock[],
  dataSources: readonly { id: string }[],
  screenRows: number,
  canvasId: string,
): Prefetching {
  const { visible, later, blocks } = prefetchPlan(stored, screenRows);
  const requestOf = (block: BlockJson) => {
    const request = sqlRunRequest(block, committedSql(block), {
      blocks,
      dataSources,
      lockedFilters: {},
      filterOverrides: {},
    });
    return request && request.dataSourceId ? request : null;
  };
  const first = visible.map(requestOf).filter((r): r is RunRequest => r !== null);
  const rest = later.map(requestOf).filter((r): r is RunRequest => r !== null);
  rememberCanvasRequests(canvasId, [...first, ...rest]);
  const runs = [
    ...first.map((r) => prefetchRun(client, r)),
    ...rest.map((r) => prefetchRun(client, r, { priority: 'low' })),
  ];
  const answered = Promise.allSettled(runs).then(() => undefined);
  // Settled once the blocks have taken their results (what secondary requests wait for, at most 3 s).
  const adopted = answered
    .then(() => Promise.all([...first, ...rest].map(prefetchAdopted)))
    .then(() => undefined);
  return { answered, adopted };
}

/** How many grid rows the first screen shows. */
export function screenRows(): number {
  return Math.ceil((typeof window === 'undefined' ? 1000 : window.innerHeight) / (ROW_HEIGHT + GAP));
}

/**
 * Reopened in this tab: starts what its blocks ran last time, before the canvas has loaded (after
 * index.html's runs are adopted, when it sent some: early-runs.ts).
 */
export function prefetchLastRequests(client: Client, canvasId: string): void {
  afterEarlyRuns(canvasId, () => {
    for (const request of canvasRequests<RunRequest>(canvasId).slice(0, EARLY_MAX))
      void prefetchRun(client, request);
  });
}

/** Prefetches once per canvas id, when its stored blocks arrive. */
export function usePrefetchCanvas(
  canvasId: string,
  stored: readonly StoredBlock[] | null | undefined,
  dataSources: readonly { id: string }[] | null | undefined,
): void {
  const client = useClient();
  const done = useRef<string | null>(null);
  // Reopened in this tab: start what its blocks ran last time at once, before the canvas loads.
  useEffect(() => prefetchLastRequests(client, canvasId), [canvasId, client]);
  useEffect(() => {
    if (!stored || !dataSources || done.current === canvasId) return;
    done.current = canvasId;
    // Prefetching only saves time: whatever fails in it must not fail the page (the blocks run).
    void Promise.resolve().then(
      () => prefetchCanvas(client, stored, dataSources, screenRows(), canvasId).adopted,
    );
  }, [canvasId, stored, dataSources, client]);
}
