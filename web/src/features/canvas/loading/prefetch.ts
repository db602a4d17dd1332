// A canvas's first open starts its SQL blocks' runs as soon as the canvas header (GraphQL, with the
// stored blocks) answers, before the live document has synced and the blocks have mounted: each
// block's runner then adopts the run already in flight for the same request (QueryRunner.keyOf)
// instead of sending its own. Visible blocks go first: those whose top is within the first screen
// (or that a visible chart/table/metric reads) start at once, the rest when those have settled.
// The server bounds runs per source (QUERY_SOURCE_CONCURRENCY) and finishes each on its own.
import { blockReferencesIn, type BlockJson } from '@tessera/canvas-model';
import type { Client } from '@urql/core';
import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { prefetchRun } from '../../queries/query-runner';
import { GAP, ROW_HEIGHT } from '../layout';
import { committedSql, sqlRunRequest } from '../blocks/sql-run';

interface StoredBlock {
  id: string;
  type: string;
  position: { x: number; y: number; w: number; h: number };
  content: unknown;
}

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

export async function prefetchCanvas(
  client: Client,
  stored: readonly StoredBlock[],
  dataSources: readonly { id: string }[],
  screenRows: number,
): Promise<void> {
  const { visible, later, blocks } = prefetchPlan(stored, screenRows);
  const start = (block: BlockJson) => {
    const request = sqlRunRequest(block, committedSql(block), {
      blocks,
      dataSources,
      lockedFilters: {},
      filterOverrides: {},
    });
    return request && request.dataSourceId ? prefetchRun(client, request) : Promise.resolve();
  };
  await Promise.allSettled(visible.map(start));
  await Promise.allSettled(later.map(start));
}

/** Prefetches once per canvas id, when its stored blocks arrive. */
export function usePrefetchCanvas(
  canvasId: string,
  stored: readonly StoredBlock[] | null | undefined,
  dataSources: readonly { id: string }[] | null | undefined,
): void {
  const client = useClient();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!stored || !dataSources || done.current === canvasId) return;
    done.current = canvasId;
    const rows = Math.ceil((typeof window === 'undefined' ? 1000 : window.innerHeight) / (ROW_HEIGHT + GAP));
    void prefetchCanvas(client, stored, dataSources, rows);
  }, [canvasId, stored, dataSources, client]);
}
