import { isRowCount } from '../schema/glossary.ts';
import type { MetricInfo } from '../schema/glossary.ts';
import { planJoins } from '../schema/join-graph.ts';
import type { ColumnInfo } from '../schema/model.ts';
import type { Fragment } from '../schema/sql-fragment.ts';
import type { ResolveContext } from './context.ts';
import type { MeasureIntent } from './intent-types.ts';
import { columnLabel, humanize, singularName, slug } from './names.ts';
import type { MeasureExpr } from './query.ts';

export interface ResolvedMeasure {
  alias: string;
  label: string;
  expr: MeasureExpr;
  base: string;
  tables: string[];
  filter?: Fragment;
  metric?: MetricInfo;
  definition?: string;
}

const FN = { sum: 'SUM', avg: 'AVG', min: 'MIN', max: 'MAX' } as const;
const FN_LABEL = { sum: 'total', avg: 'average', min: 'minimum', max: 'maximum' } as const;

/**
 * Picks the glossary metric for a phrase: among the readings ("fees" may be loan fees or
 * item fees) the first whose grain table reaches every needed table without multiplying rows.
 */
function chooseMetric(
  ctx: ResolveContext,
  options: { metric: MetricInfo; weight: number }[],
  needed: string[],
): MetricInfo | undefined {
  const ranked = [...options].sort((a, b) => b.weight - a.weight);
  for (const { metric } of ranked) {
    const plan = planJoins(ctx.model, metric.base, [...needed, ...metric.tables]);
    if (!plan.fanOut && plan.missing.length === 0) {
      if (metric !== ranked[0]?.metric)
        ctx.penalize(
          0.95,
          `used "${metric.name}" because "${ranked[0]?.metric.name}" cannot be split that way`,
        );
      return metric;
    }
  }
  const first = ranked[0]?.metric;
  if (first)
    ctx.penalize(0.6, `"${first.name}" cannot be combined with ${needed.join(', ')} without double counting`);
  return first;
}

export function resolveMeasure(
  ctx: ResolveContext,
  intent: MeasureIntent,
  needed: string[],
): ResolvedMeasure | undefined {
  if (intent.kind === 'metric') {
    const metric = chooseMetric(ctx, intent.options, needed);
    if (!metric) return undefined;
    const common = {
      base: metric.base,
      tables: metric.tables,
      filter: metric.filter,
      metric,
      definition: metric.definition,
    };
    const agg = intent.aggregate;
    if ((agg === 'avg' || agg === 'min' || agg === 'max') && metric.aggregate?.fn === 'SUM') {
      return {
        ...common,
        alias: `${agg}_${slug(metric.name)}`,
        label: `${FN_LABEL[agg]} ${metric.name}`,
        expr: { kind: 'aggregate', fn: FN[agg], inner: metric.aggregate.inner },
      };
    }
    return { ...common, alias: metricAlias(ctx, metric), label: metric.name, expr: metricExpr(metric) };
  }
  if (intent.kind === 'count') {
    const table = ctx.model.tables.get(intent.table);
    if (!table) return undefined;
    return {
      alias: `${singularName(table)}_count`,
      label: `number of ${humanize(table.name)}`,
      expr: { kind: 'count' },
      base: table.name,
      tables: [table.name],
    };
  }
  const numeric = intent.aggregate !== 'count' && intent.aggregate !== 'countDistinct';
  const column = ctx.pick(intent.column, (c: ColumnInfo) => !numeric || c.kind === 'number');
  if (!column) return undefined;
  const common = { base: column.table, tables: [column.table] };
  if (!numeric) {
    return {
      ...common,
      alias: `distinct_${slug(column.name)}`,
      label: `number of distinct ${columnLabel(column)}`,
      expr: { kind: 'countDistinct', column },
    };
  }
  const agg = intent.aggregate as keyof typeof FN;
  return {
    ...common,
    alias: `${agg}_${slug(column.name)}`,
    label: `${FN_LABEL[agg]} ${columnLabel(column)}`,
    expr: { kind: 'aggregate', fn: FN[agg], inner: column },
  };
}

/** A metric's expression in a form the renderer can restrict to the metric's own rows when needed. */
function metricExpr(metric: MetricInfo): MeasureExpr {
  const split = metric.aggregate;
  if (split && (split.fn === 'SUM' || split.fn === 'AVG' || split.fn === 'MIN' || split.fn === 'MAX'))
    return { kind: 'aggregate', fn: split.fn, inner: split.inner };
  if (isRowCount(metric)) return { kind: 'count' };
  return { kind: 'fragment', fragment: metric.expression };
}

/** The metric's name as a column alias, unless that is a table name ("orders" → "order_count"). */
function metricAlias(ctx: ResolveContext, metric: MetricInfo): string {
  const alias = slug(metric.name);
  const table = ctx.model.tables.get(alias);
  if (!table) return alias;
  return isRowCount(metric) ? `${singularName(table)}_count` : `total_${alias}`;
}

/** The table whose rows a measure intent counts or aggregates, before any choice is made. */
export function provisionalBase(intent: MeasureIntent | undefined): string | undefined {
  if (!intent) return undefined;
  if (intent.kind === 'metric') return intent.options[0]?.metric.base;
  if (intent.kind === 'count') return intent.table;
  const tables = new Set(intent.column.options.map((o) => o.column.table));
  return tables.size === 1 ? [...tables][0] : undefined;
}
