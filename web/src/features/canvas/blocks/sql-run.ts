// How the editor runs an SQL block and what depends on it (canvas-model R33, R36): the request a
// block runs with (a block that reads other blocks needs no data source: the runtime sends it to
// runCanvasBlock, which runs the chain server-side), and re-running a block's dependents after it,
// each once, in an order where a block comes after what it reads.
import { blockNameOf, blockReferencesIn, chainDependents, type BlockJson } from '@tessera/canvas-model';
import { QueryRunner, type RunRequest, type RunState } from '../../queries/query-runner';
import { blockParameters, type CanvasRuntime } from '../runtime';

export interface SqlRunContext {
  runtime: CanvasRuntime;
  blocks: readonly BlockJson[];
  dataSources: readonly { id: string }[];
  lockedFilters: Record<string, unknown>;
  filterOverrides: Record<string, unknown>;
}

/** True when the block's SQL reads other SQL blocks of the canvas by name. */
export function readsOtherBlocks(sql: string, blocks: readonly BlockJson[]): boolean {
  return blockReferencesIn(sql, blocks).length > 0;
}

/** The statement a block runs: the last one someone ran (`runSql`), else its text. */
export function committedSql(block: BlockJson, loaded?: string): string {
  if (typeof block.content.runSql === 'string') return block.content.runSql;
  if (loaded !== undefined) return loaded;
  return typeof block.content.sql === 'string' ? block.content.sql : '';
}

/** The request an SQL block runs with, or null when it has nothing to run. */
export function sqlRunRequest(
  block: BlockJson,
  sql: string,
  context: Omit<SqlRunContext, 'runtime'>,
): RunRequest | null {
  if (!sql.trim()) return null;
  const chained = readsOtherBlocks(sql, context.blocks);
  const dataSourceId =
    (typeof block.content.dataSourceId === 'string' ? block.content.dataSourceId : null) ??
    (chained ? '' : (context.dataSources[0]?.id ?? null));
  if (dataSourceId === null) return null;
  const parameters = blockParameters(
    { ...block, content: { ...block.content, sql } },
    context.blocks,
    context.lockedFilters,
    context.filterOverrides,
  );
  return { dataSourceId, sql, parameters };
}

export interface DependentsProgress {
  /** Dependents finished so far, of `total`. */
  done: number;
  total: number;
  /** The name of the dependent running now. */
  current: string;
  /** Names of the dependents that failed so far. */
  failed: string[];
}

const generations = new WeakMap<CanvasRuntime, Map<string, number>>();

const settled = (state: RunState) => state.phase !== 'running' && state.phase !== 'cancelling';

/**
 * Re-runs every SQL block that reads `block` (directly or not) after it, one at a time, upstream
 * first. A dependent already running (or run) with the same request since `since` is waited for,
 * not run twice. A newer call for the same block stops an older one. Reports progress, then null.
 */
export async function rerunDependents(
  block: BlockJson,
  context: SqlRunContext,
  onProgress: (progress: DependentsProgress | null) => void,
  since = Date.now(),
): Promise<void> {
  const dependents = chainDependents(blockNameOf(block), context.blocks);
  if (dependents.length === 0) return;
  let byBlock = generations.get(context.runtime);
  if (!byBlock) generations.set(context.runtime, (byBlock = new Map()));
  const generation = (byBlock.get(block.id) ?? 0) + 1;
  byBlock.set(block.id, generation);
  const failed: string[] = [];
  try {
    for (const [done, dependent] of dependents.entries()) {
      if (byBlock.get(block.id) !== generation) return;
      const name = blockNameOf(dependent);
      onProgress({ done, total: dependents.length, current: name, failed: [...failed] });
      const request = sqlRunRequest(dependent, committedSql(dependent), context);
      if (!request) continue;
      const runner = context.runtime.runner(dependent.id);
      const key = QueryRunner.keyOf(request);
      let state = runner.get();
      if (state.key === key && (state.startedAt ?? 0) >= since) {
        while (!settled(state)) {
          await new Promise<void>((resolve) => {
            const stop = runner.subscribe(() => {
              stop();
              resolve();
            });
          });
          state = runner.get();
        }
      } else state = await runner.run(request);
      if (state.error) failed.push(name);
    }
  } finally {
    if (byBlock.get(block.id) === generation) onProgress(null);
  }
}
