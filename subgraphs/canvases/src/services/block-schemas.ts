import { MAX_BLOCK_TEXT_CHARS } from '@tessera/collab-server/doc';
import { z } from 'zod';

// Block content per type [README: Blocks]. Objects are loose: keys a schema does not name (a
// title, UI state written by the live editor) are kept, named keys are checked.

export const CHART_TYPES = ['bar', 'line', 'area', 'scatter', 'pie', 'histogram', 'heatmap', 'bigNumber'] as const;
export const FILTER_KINDS = ['select', 'multiSelect', 'dateRange', 'numberRange'] as const;
export const AGGREGATIONS = ['none', 'sum', 'avg', 'count', 'min', 'max'] as const;
export const METRIC_FORMATS = ['number', 'integer', 'currency', 'percent', 'compact'] as const;

export type ChartType = (typeof CHART_TYPES)[number];
export type FilterKind = (typeof FILTER_KINDS)[number];

/** Same limit on the live path (collab-server SPEC [L5]). */
const TEXT_LIMIT = `must be at most ${MAX_BLOCK_TEXT_CHARS.toLocaleString('en')} characters`;
const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const blockId = z.string({ error: 'must be a block id' }).min(1, 'must be a block id').max(128);
const fieldName = z.string({ error: 'must be a column name' }).min(1, 'must be a column name').max(256);
const title = z.string().max(200).optional();
const primitive = z.union([z.string().max(1000), z.number(), z.boolean()], { error: 'must be a string, number or boolean' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date (YYYY-MM-DD)');

const encoding = z.union(
  [
    fieldName,
    z.looseObject({
      field: fieldName,
      type: z.enum(['quantitative', 'temporal', 'nominal', 'ordinal'], { error: oneOf(['quantitative', 'temporal', 'nominal', 'ordinal']) }).optional(),
      title,
    }),
  ],
  { error: 'must be a column name or { field, type?, title? }' },
);

/** What each chart type needs among x / y / color / size. */
const REQUIRED_ENCODINGS: Record<ChartType, ('x' | 'y' | 'color' | 'size')[]> = {
  bar: ['x', 'y'],
  line: ['x', 'y'],
  area: ['x', 'y'],
  scatter: ['x', 'y'],
  pie: ['x', 'y'],
  histogram: ['x'],
  heatmap: ['x', 'y', 'color'],
  bigNumber: ['y'],
};

export const sqlContent = z.looseObject({
  title,
  dataSourceId: z.string({ error: 'is required (the data source the SQL runs on)' }).min(1, 'is required').max(128),
  sql: z.string({ error: 'must be a string' }).max(MAX_BLOCK_TEXT_CHARS, TEXT_LIMIT),
  parameters: z
    .record(z.string().regex(PARAMETER_NAME, 'parameter names are identifiers'), z.unknown(), { error: 'must be an object of {{name}} → default value' })
    .optional(),
  maxRows: z.number().int().min(1).max(100_000).optional(),
});

export const chartContent = z
  .looseObject({
    title,
    sourceBlockId: blockId,
    chartType: z.enum(CHART_TYPES, { error: oneOf(CHART_TYPES) }),
    encodings: z.looseObject(
      {
        x: encoding.optional(),
        y: z.union([encoding, z.array(encoding).min(1).max(20)], { error: 'must be an encoding or a list of encodings' }).optional(),
        color: encoding.optional(),
        size: encoding.optional(),
      },
      { error: 'must be an object with x / y / color / size' },
    ),
    aggregation: z.enum(AGGREGATIONS, { error: oneOf(AGGREGATIONS) }).optional(),
    options: z.record(z.string(), z.unknown(), { error: 'must be an object' }).optional(),
  })
  .superRefine((chart, ctx) => {
    for (const channel of REQUIRED_ENCODINGS[chart.chartType]) {
      if (chart.encodings[channel] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['encodings', channel], message: `is required for a ${chart.chartType} chart` });
      }
    }
  });

export const tableContent = z.looseObject({
  title,
  sourceBlockId: blockId,
  columns: z
    .array(z.union([fieldName, z.looseObject({ field: fieldName, label: z.string().max(200).optional(), format: z.string().max(100).optional() })]))
    .max(500)
    .optional(),
  sort: z
    .array(z.looseObject({ field: fieldName, direction: z.enum(['asc', 'desc'], { error: oneOf(['asc', 'desc']) }) }))
    .max(20)
    .optional(),
});

export const textContent = z.looseObject({
  title,
  markdown: z.string({ error: 'must be a string' }).max(MAX_BLOCK_TEXT_CHARS, TEXT_LIMIT),
});

export const metricContent = z.looseObject({
  title,
  sourceBlockId: blockId,
  field: fieldName,
  format: z.enum(METRIC_FORMATS, { error: oneOf(METRIC_FORMATS) }).optional(),
  comparison: z
    .looseObject({
      field: fieldName.optional(),
      target: z.number().optional(),
      label: z.string().max(200).optional(),
      direction: z.enum(['higherIsBetter', 'lowerIsBetter'], { error: oneOf(['higherIsBetter', 'lowerIsBetter']) }).optional(),
    })
    .refine((c) => c.field !== undefined || c.target !== undefined, 'needs a field or a target to compare with')
    .optional(),
});

/** The value a FILTER of each kind takes (default, viewer choice, value locked by a share link). */
export const FILTER_VALUE: Record<FilterKind, z.ZodType> = {
  select: z.union([primitive, z.null()], { error: 'must be a string, number, boolean or null' }),
  multiSelect: z.array(primitive, { error: 'must be a list of values' }).max(1000),
  dateRange: z
    .object({ from: isoDate, to: isoDate }, { error: 'must be { from, to } ISO dates' })
    .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['from'] }),
  numberRange: z
    .object({ min: z.number(), max: z.number() }, { error: 'must be { min, max } numbers' })
    .refine((r) => r.min <= r.max, { message: 'min must not be greater than max', path: ['min'] }),
};

export const filterContent = z
  .looseObject({
    title,
    parameter: z.string({ error: 'is required' }).regex(PARAMETER_NAME, 'must be an identifier (letters, digits, _), used in SQL as {{name}}'),
    kind: z.enum(FILTER_KINDS, { error: oneOf(FILTER_KINDS) }),
    label: z.string().max(200).optional(),
    options: z.array(primitive).max(10_000).optional(),
    default: z.unknown().optional(),
    targets: z.array(blockId).max(500).optional(),
  })
  .superRefine((filter, ctx) => {
    if (filter.default === undefined) return;
    const result = FILTER_VALUE[filter.kind].safeParse(filter.default);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: ['default', ...issue.path.map(String)], message: `${issue.message} for a ${filter.kind} filter` });
    }
  });

export const CONTENT_SCHEMAS = {
  SQL: sqlContent,
  CHART: chartContent,
  TABLE: tableContent,
  TEXT: textContent,
  METRIC: metricContent,
  FILTER: filterContent,
} as const;

export const positionSchema = z.object({
  x: z.number().int().min(0, 'must be 0 or more').max(10_000),
  y: z.number().int().min(0, 'must be 0 or more').max(100_000),
  w: z.number().int().min(1, 'must be at least 1').max(1_000),
  h: z.number().int().min(1, 'must be at least 1').max(1_000),
});
