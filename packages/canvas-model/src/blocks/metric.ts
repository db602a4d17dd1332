// METRIC block: one number of a SQL block's first row, formatted, optionally compared.
import { z } from 'zod';
import {
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

export const metricContent = z.looseObject({
  title: titleSchema,
  sourceBlockId: blockIdSchema,
  field: fieldNameSchema,
  format: z.enum(METRIC_FORMATS, { error: oneOf(METRIC_FORMATS) }).optional(),
  comparison: z
    .looseObject({
      field: fieldNameSchema.optional(),
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
});

export const metricKind: BlockKind = {
  type: 'METRIC',
  title: 'Metric',
  schema: metricContent,
  defaultSize: { w: 3, h: 3 },
  textFields: [],
  newContent({ blocks }) {
    const source = lastSqlBlockId(blocks);
    return { title: 'Metric', ...(source ? { sourceBlockId: source } : {}) };
  },
  reads: readsSource,
  writes: () => [],
};
