// METRIC block: one number of a SQL block's result (a column's total, or its first row), formatted,
// optionally compared.
import { z } from 'zod';
import {
  lazySchema,
  blockIdSchema,
  fieldNameSchema,
  lastSqlBlockId,
  oneOf,
  readsSource,
  titleSchema,
  type BlockKind,
} from './shared.ts';

export const METRIC_FORMATS = ['number', 'integer', 'currency', 'percent', 'compact'] as const;
export type MetricFormat = (typeof METRIC_FORMATS)[number];
export const METRIC_FORMAT_LABELS: Record<MetricFormat, string> = {
  number: 'Number',
  currency: 'Currency',
  percent: 'Percent',
  integer: 'Integer',
  compact: 'Compact',
};

/** How a metric reads its column [R32]: `first` is the first row's value, the others fold every row. */
export const METRIC_AGGREGATES = ['sum', 'avg', 'min', 'max', 'count', 'first'] as const;
export type MetricAggregate = (typeof METRIC_AGGREGATES)[number];
export const METRIC_AGGREGATE_LABELS: Record<MetricAggregate, string> = {
  sum: 'Total',
  avg: 'Average',
  min: 'Minimum',
  max: 'Maximum',
  count: 'Count',
  first: 'First row',
};

/** The metric's aggregate: as stored, else `first` (blocks written before R32) [R32]. */
export function metricAggregateOf(content: Record<string, unknown>): MetricAggregate {
  return (METRIC_AGGREGATES as readonly unknown[]).includes(content.aggregate)
    ? (content.aggregate as MetricAggregate)
    : 'first';
}

/** Folds a column's values (null: not a number, skipped) into the metric's number [R32]. */
export function aggregateMetric(
  values: readonly (number | null)[],
  aggregate: MetricAggregate,
): number | null {
  if (aggregate === 'first') return values[0] ?? null;
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (aggregate === 'count') return numbers.length;
  if (numbers.length === 0) return null;
  if (aggregate === 'min') return Math.min(...numbers);
  if (aggregate === 'max') return Math.max(...numbers);
  const sum = numbers.reduce((a, b) => a + b, 0);
  return aggregate === 'avg' ? sum / numbers.length : sum;
}

export const metricContent = lazySchema(() =>
  z.looseObject({
    title: titleSchema(),
    sourceBlockId: blockIdSchema(),
    field: fieldNameSchema(),
    format: z.enum(METRIC_FORMATS, { error: oneOf(METRIC_FORMATS) }).optional(),
    aggregate: z.enum(METRIC_AGGREGATES, { error: oneOf(METRIC_AGGREGATES) }).optional(),
    comparison: z
      .looseObject({
        field: fieldNameSchema().optional(),
        target: z.number().optional(),
        label: z.string().max(200).optional(),
        direction: z
          .enum(['higherIsBetter', 'lowerIsBetter'], { error: oneOf(['higherIsBetter', 'lowerIsBetter']) })
          .optional(),
      })
      .refine(
        (c) => c.field !== undefined || c.target !== undefined,
        'needs a field or a target to compare with',
      )
      .optional(),
  }),
);

export const metricKind: BlockKind = {
  type: 'METRIC',
  title: 'Metric',
  schema: metricContent,
  defaultSize: { w: 3, h: 3 },
  textFields: [],
  newContent({ blocks }) {
    const source = lastSqlBlockId(blocks);
    return { title: 'Metric', aggregate: 'sum', ...(source ? { sourceBlockId: source } : {}) };
  },
  reads: readsSource,
  writes: () => [],
};
