// Chained SQL (canvas-model R33–R36): a block that reads other SQL blocks by name runs after them.
// When every block of the chain that reads a source reads the same DuckDB source (the demo, files)
// with consistent parameters, the chain compiles into one statement (each upstream block a CTE
// named after it) and runs there: no rows carried, one scan plan, a stored query run. Otherwise
// (or when that statement fails, to name the failing block) upstream blocks run on their own
// sources (queries' results cache applies) with the parameters that apply to them, independent
// ones in parallel, and the downstream statement runs over their results in a per-request DuckDB
// owned by the queries service, so results of different sources can be joined.
import {
  blockNameOf,
  blockReferencesIn,
  chainParametersIn,
  chainPlan,
  withResultTables,
  type BlockJson,
} from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';
import type {
  QueryRunJson,
  ResultTableJson,
  RunActor,
  RunChain,
  RunSql,
} from '../../clients/queries-client.ts';

/** Upstream rows one chained run may carry, over all its upstream blocks. */
export const MAX_CHAIN_ROWS = 200_000;

export interface ChainRequest {
  organizationId: string;
  actor: RunActor;
  /** The parameters block `block` runs with (filters, defaults, locks: canvas-model R23). */
  parametersOf(block: BlockJson): Record<string, unknown>;
  /**
   * Upstream blocks whose SQL, results and error messages the caller may not see (a publication's
   * unpublished blocks, canvas-model R36): their failures name the block and the code only.
   */
  conceals?(block: BlockJson): boolean;
}

const failed = (code: string, message: string): QueryRunJson => ({
  id: '',
  status: 'FAILED',
  columns: [],
  rows: [],
  rowCount: 0,
  truncated: false,
  cached: false,
  durationMs: null,
  error: { code, message },
});

const sqlOf = (block: BlockJson) => (typeof block.content.sql === 'string' ? block.content.sql : '');

/** A statement as a CTE body: no trailing semicolon, a line break before `)` (trailing comments). */
const cteBody = (sql: string) => sql.replace(/;\s*$/, '');

/**
 * The chain `order` (upstream first, ending with its target) as one statement on the one source
 * its source-reading blocks share, with the parameters every block reads; null when the blocks
 * read different sources, a parameter has different values for different blocks, or the target
 * is recursive.
 */
export function compileChain(
  order: readonly BlockJson[],
  blocks: readonly BlockJson[],
  parametersOf: (block: BlockJson) => Record<string, unknown>,
): { dataSourceId: string; sql: string; parameters: Record<string, unknown> } | null {
  const target = order[order.length - 1]!;
  const leaves = order.filter((b) => blockReferencesIn(sqlOf(b), blocks).length === 0);
  const sources = new Set(leaves.map((b) => b.content.dataSourceId));
  const [dataSourceId] = [...sources];
  if (sources.size !== 1 || typeof dataSourceId !== 'string') return null;
  const parameters: Record<string, unknown> = {};
  for (const block of order) {
    const own = parametersOf(block);
    for (const name of chainParametersIn(sqlOf(block), blocks)) {
      if (!(name in own)) continue;
      if (name in parameters && JSON.stringify(parameters[name]) !== JSON.stringify(own[name])) return null;
      parameters[name] = own[name];
    }
  }
  const main = withResultTables(sqlOf(target), blocks).replace(/;\s*$/, '');
  if (/^\s*with\s+recursive\b/i.test(main)) return null;
  const ctes = order
    .slice(0, -1)
    .map((b) => `"${blockNameOf(b)}" AS (\n${cteBody(withResultTables(sqlOf(b), blocks))}\n)`)
    .join(',\n');
  const sql = /^\s*with\b/i.test(main)
    ? `WITH ${ctes},\n${main.replace(/^\s*with\b/i, '')}`
    : `WITH ${ctes}\n${main}`;
  return { dataSourceId, sql, parameters };
}

/** Sources known not to speak DuckDB SQL (no compiled chains there), bounded. */
const notDuckdb = new Set<string>();

/** True when the block's SQL reads other SQL blocks of the canvas. */
export function readsBlocks(block: BlockJson, blocks: readonly BlockJson[]): boolean {
  return typeof block.content.sql === 'string' && blockReferencesIn(block.content.sql, blocks).length > 0;
}

export function createChainRunner(deps: { runSql: RunSql; runChain?: RunChain }) {
  return async function runChained(
    target: BlockJson,
    blocks: BlockJson[],
    request: ChainRequest,
  ): Promise<QueryRunJson> {
    const plan = chainPlan(target, blocks);
    if (!plan.ok)
      throw AppError.badInput(
        'blockId',
        plan.reason === 'cycle'
          ? `These blocks read each other in a cycle: ${[...plan.blocks, plan.blocks[0]].join(' → ')}`
          : `This chain of blocks is too deep: ${plan.blocks.join(' → ')}`,
      );
    const compiled = compileChain(plan.order, blocks, request.parametersOf);
    if (compiled && !notDuckdb.has(compiled.dataSourceId)) {
      const maxRows = typeof target.content.maxRows === 'number' ? target.content.maxRows : undefined;
      const result = await deps
        .runSql({
          organizationId: request.organizationId,
          ...compiled,
          ...(maxRows ? { maxRows } : {}),
          actor: request.actor,
          dialect: 'duckdb',
        })
        .catch(() => null);
      if (result?.error?.code === 'DIALECT_MISMATCH') {
        if (notDuckdb.size > 10_000) notDuckdb.clear();
        notDuckdb.add(compiled.dataSourceId);
      }
      // Success, or a time-out (running the blocks one by one would only take longer), is the
      // answer; any other failure runs them one by one, which names the failing block.
      if (result && (!result.error || result.error.code === 'TIMEOUT')) return result;
    }
    // The blocks that read a source read nothing else: they all start at once (each on its own
    // source), and are taken in plan order below, so the first failure in that order is reported.
    const sourceRuns = new Map<BlockJson, Promise<QueryRunJson>>();
    for (const block of plan.order) {
      if (block === target || blockReferencesIn(sqlOf(block), blocks).length > 0) continue;
      const { dataSourceId } = block.content;
      if (typeof dataSourceId !== 'string') continue;
      const name = blockNameOf(block);
      sourceRuns.set(
        block,
        deps
          .runSql({
            organizationId: request.organizationId,
            dataSourceId,
            sql: sqlOf(block),
            parameters: request.parametersOf(block),
            actor: request.actor,
          })
          .catch((error: unknown) => {
            const message = request.conceals?.(block) ? '' : `: ${(error as Error).message}`;
            return failed('UPSTREAM_FAILED', `Upstream block ${name} could not run${message}`);
          }),
      );
    }
    const results = new Map<string, QueryRunJson>();
    let carried = 0;
    for (const block of plan.order) {
      const name = blockNameOf(block);
      const sql = typeof block.content.sql === 'string' ? block.content.sql : '';
      const maxRows =
        block === target && typeof block.content.maxRows === 'number' ? block.content.maxRows : undefined;
      const parameters = request.parametersOf(block);
      const refs = blockReferencesIn(sql, blocks);
      let result: QueryRunJson;
      if (refs.length === 0) {
        const started = sourceRuns.get(block);
        if (!started) return failed('NO_DATA_SOURCE', `Upstream block ${name} has no data source`);
        result = await started;
      } else {
        if (!deps.runChain) throw new AppError('UNAVAILABLE', 'Chained SQL is not available');
        const tables: ResultTableJson[] = refs.map((ref) => {
          const upstream = results.get(ref)!;
          return { name: ref, columns: upstream.columns, rows: upstream.rows };
        });
        const used = new Set(chainParametersIn(sql, blocks));
        result = await deps.runChain({
          sql: withResultTables(sql, blocks),
          parameters: Object.fromEntries(Object.entries(parameters).filter(([key]) => used.has(key))),
          ...(maxRows ? { maxRows } : {}),
          tables,
        });
      }
      if (block === target) return result;
      if (result.error)
        return failed(
          result.error.code,
          request.conceals?.(block)
            ? `Upstream block ${name} failed (${result.error.code})`
            : `Upstream block ${name} failed: ${result.error.message}`,
        );
      if (result.truncated)
        return failed(
          'CHAIN_TOO_LARGE',
          `Upstream block ${name} returns more than ${result.rowCount.toLocaleString('en')} rows: aggregate or filter it before reading it from another block`,
        );
      carried += result.rows.length;
      if (carried > MAX_CHAIN_ROWS)
        return failed(
          'CHAIN_TOO_LARGE',
          `The upstream blocks carry more than ${MAX_CHAIN_ROWS.toLocaleString('en')} rows (at ${name})`,
        );
      results.set(name, result);
    }
    throw new Error('A chain plan ends with its target');
  };
}
