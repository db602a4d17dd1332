// CHART block: a chart of a SQL block's result. Chart types carry the API's names [R15]; older
// spellings (`number`, as the web once stored big numbers, `big_number`, …) are read as their API name.
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

export const CHART_TYPES = [
  'bar',
  'line',
  'area',
  'scatter',
  'pie',
  'histogram',
  'heatmap',
  'bigNumber',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const AGGREGATIONS = ['none', 'sum', 'avg', 'count', 'min', 'max'] as const;

const ALIASES: Record<string, ChartType> = {
  number: 'bigNumber',
  bignumber: 'bigNumber',
  big_number: 'bigNumber',
  'big number': 'bigNumber',
  metric: 'bigNumber',
};

/** The API name of a chart type, from its API name or an alias (any case); null when unknown [R15]. */
export function chartTypeOf(value: unknown): ChartType | null {
  if (typeof value !== 'string') return null;
  if ((CHART_TYPES as readonly string[]).includes(value)) return value as ChartType;
  const lower = value.toLowerCase();
  return ALIASES[lower] ?? ((CHART_TYPES as readonly string[]).includes(lower) ? (lower as ChartType) : null);
}

const encoding = z.union(
  [
    fieldNameSchema,
    z.looseObject({
      field: fieldNameSchema,
      type: z
        .enum(['quantitative', 'temporal', 'nominal', 'ordinal'], {
          error: oneOf(['quantitative', 'temporal', 'nominal', 'ordinal']),
        })
        .optional(),
      title: titleSchema,
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

export const chartContent = z
  .looseObject({
    title: titleSchema,
    sourceBlockId: blockIdSchema,
    chartType: z.enum(CHART_TYPES, { error: oneOf(CHART_TYPES) }),
    encodings: z.looseObject(
      {
        x: encoding.optional(),
        y: z
          .union([encoding, z.array(encoding).min(1).max(20)], {
            error: 'must be an encoding or a list of encodings',
          })
          .optional(),
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
        ctx.addIssue({
          code: 'custom',
          path: ['encodings', channel],
          message: `is required for a ${chart.chartType} chart`,
        });
      }
    }
  });

/** A chart as the editor draws it: columns per channel instead of stored encodings [R16]. */
export interface ChartView {
  type: ChartType;
  /** Category / time axis, the binned column (histogram), the columns of a heatmap. */
  x?: string | null;
  /** Measures; the first one for pie, heatmap (cell value) and bigNumber. */
  y?: string[];
  /** Colored series; the rows of a heatmap. */
  series?: string | null;
  bins?: number;
}

function field(e: unknown): string | null {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { field?: unknown }).field === 'string')
    return (e as { field: string }).field;
  return null;
}

function fields(e: unknown): string[] {
  return (Array.isArray(e) ? e : e === undefined || e === null ? [] : [e])
    .map(field)
    .filter((f): f is string => f !== null);
}

/** The stored chart as a view, or null when the block has no chart yet [R16]. */
export function chartViewOf(content: Record<string, unknown>): ChartView | null {
  const type = chartTypeOf(content.chartType);
  if (!type) return null;
  const enc = (content.encodings ?? {}) as Record<string, unknown>;
  const options = (content.options ?? {}) as Record<string, unknown>;
  const bins = typeof options.bins === 'number' ? options.bins : undefined;
  if (type === 'heatmap') return { type, x: field(enc.x), series: field(enc.y), y: fields(enc.color) };
  return { type, x: field(enc.x), y: fields(enc.y), series: field(enc.color), ...(bins ? { bins } : {}) };
}

/** The content keys that store a view (merged into the block's content) [R16]. */
export function chartContentOf(view: ChartView): Record<string, unknown> {
  const e = (f: string | null | undefined) => (f ? { field: f } : null);
  const encodings: Record<string, unknown> =
    view.type === 'heatmap'
      ? { x: e(view.x), y: e(view.series), color: e(view.y?.[0]) }
      : {
          x: e(view.x),
          y: (view.y ?? []).length > 1 ? view.y!.map((f) => ({ field: f })) : e(view.y?.[0]),
          color: e(view.series),
        };
  for (const key of Object.keys(encodings)) if (encodings[key] === null) delete encodings[key];
  return {
    chartType: view.type,
    encodings,
    aggregation: 'none',
    ...(view.type === 'histogram' ? { options: { bins: view.bins ?? 20 } } : {}),
  };
}

export const chartKind: BlockKind = {
  type: 'CHART',
  title: 'Chart',
  schema: chartContent,
  defaultSize: { w: 6, h: 8 },
  textFields: [],
  newContent({ blocks }) {
    const source = lastSqlBlockId(blocks);
    return { title: 'Chart', ...(source ? { sourceBlockId: source } : {}) };
  },
  reads: readsSource,
  writes: () => [],
};
