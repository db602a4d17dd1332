import { planJoins } from '../schema/join-graph.ts';
import type { ColumnInfo, SchemaModel } from '../schema/model.ts';
import { findColumn } from '../schema/model.ts';
import type { ResolveContext } from './context.ts';
import type { ColumnChoice } from './intent-types.ts';
import type { ResolvedMeasure } from './resolve-measure.ts';

const isTemporal = (c: ColumnInfo): boolean => c.kind === 'date' || c.kind === 'timestamp';
const PREFERRED = /(order|created|placed|date|day|time|at$)/;

function bestDateColumn(columns: ColumnInfo[]): ColumnInfo | undefined {
  return columns.find((c) => PREFERRED.test(c.name.toLowerCase())) ?? columns[0];
}

/**
 * The date column that periods and ranges refer to: one the question names, else the metric's
 * declared time column, else a date column of the base table, else of the nearest parent table.
 */
export function resolveTimeColumn(
  ctx: ResolveContext,
  hints: ColumnChoice[],
  measure: ResolvedMeasure | undefined,
  base: string,
): ColumnInfo | undefined {
  for (const hint of hints) {
    const column = ctx.pick(hint, isTemporal);
    if (column) return column;
  }
  const declared = measure?.metric?.timeColumn;
  if (declared) {
    const column = findColumn(ctx.model, declared.table, declared.column);
    if (column) return column;
  }
  const own = ctx.model.tables.get(base)?.columns.filter(isTemporal) ?? [];
  if (own.length > 1)
    ctx.penalize(0.9, `${base} has several date columns; used ${bestDateColumn(own)?.name}`);
  if (own.length > 0) return bestDateColumn(own);
  return nearestParentDate(ctx.model, base);
}

function nearestParentDate(model: SchemaModel, base: string): ColumnInfo | undefined {
  let best: { column: ColumnInfo; hops: number } | undefined;
  for (const table of model.tables.values()) {
    if (table.name === base) continue;
    const dates = table.columns.filter(isTemporal);
    if (dates.length === 0) continue;
    const plan = planJoins(model, base, [table.name]);
    if (plan.fanOut || plan.missing.length > 0) continue;
    const column = bestDateColumn(dates);
    if (column && (!best || plan.steps.length < best.hops)) best = { column, hops: plan.steps.length };
  }
  return best?.column;
}
