// CHART block: a chart of a SQL block's result. Chart types carry the API's names [R15]; older
// spellings (`number`, as the web once stored big numbers, `big_number`, …) are read as their API name.
import { z } from 'zod';
import {
  lazySchema,
  once,
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
  'groupedBar',
  'stackedBar',
  'horizontalBar',
  'line',
  'area',
  'stackedArea',
  'scatter',
  'bubble',
  'pie',
  'donut',
  'histogram',
  'heatmap',
  'boxPlot',
  'funnel',
  'combo',
  'bigNumber',
  'pivot',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const AGGREGATIONS = ['none', 'sum', 'avg', 'count', 'min', 'max'] as const;
/** Value formats of a chart's numbers (the web's one number format) [R15]. */
export const CHART_FORMATS = ['auto', 'number', 'integer', 'currency', 'percent', 'compact'] as const;
export const CHART_DATE_FORMATS = ['auto', 'day', 'month', 'quarter', 'year', 'iso'] as const;
export const CHART_SORTS = ['none', 'label', 'ascending', 'descending'] as const;
export const CHART_PALETTES = ['default', 'colorblind', 'warm'] as const;
export const MAX_TOP_N = 100;

// Keys are lower case without spaces, dashes, underscores or '+'.
const ALIASES: Record<string, ChartType> = {
  number: 'bigNumber',
  metric: 'bigNumber',
  kpi: 'bigNumber',
  column: 'bar',
  grouped: 'groupedBar',
  stacked: 'stackedBar',
  stackedcolumn: 'stackedBar',
  barh: 'horizontalBar',
  row: 'horizontalBar',
  hbar: 'horizontalBar',
  stackedareachart: 'stackedArea',
  point: 'scatter',
  dot: 'scatter',
  doughnut: 'donut',
  ring: 'donut',
  box: 'boxPlot',
  boxandwhisker: 'boxPlot',
  pivottable: 'pivot',
  crosstab: 'pivot',
  barline: 'combo',
  dualaxis: 'combo',
};
const BY_KEY = new Map<string, ChartType>(CHART_TYPES.map((t) => [t.toLowerCase(), t]));

/** The API name of a chart type, from its API name or an alias (any case, `big_number`, `box plot`); null when unknown [R15]. */
export function chartTypeOf(value: unknown): ChartType | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  if ((CHART_TYPES as readonly string[]).includes(value)) return value as ChartType;
  const key = value.toLowerCase().replace(/[\s_+-]/g, '');
  return BY_KEY.get(key) ?? ALIASES[key] ?? BY_KEY.get(key.replace(/chart$/, '')) ?? null;
}

const encoding = once(() =>
  z.union(
    [
      fieldNameSchema(),
      z.looseObject({
        field: fieldNameSchema(),
        type: z
          .enum(['quantitative', 'temporal', 'nominal', 'ordinal'], {
            error: oneOf(['quantitative', 'temporal', 'nominal', 'ordinal']),
          })
          .optional(),
        title: titleSchema(),
      }),
    ],
    { error: 'must be a column name or { field, type?, title? }' },
  ),
);

type Channel = 'x' | 'y' | 'color' | 'size';
/** What each chart type needs among x / y / color / size [R15]. */
const REQUIRED_ENCODINGS: Record<ChartType, Channel[]> = {
  bar: ['x', 'y'],
  groupedBar: ['x', 'y'],
  stackedBar: ['x', 'y'],
  horizontalBar: ['x', 'y'],
  line: ['x', 'y'],
  area: ['x', 'y'],
  stackedArea: ['x', 'y'],
  scatter: ['x', 'y'],
  bubble: ['x', 'y', 'size'],
  pie: ['x', 'y'],
  donut: ['x', 'y'],
  histogram: ['x'],
  heatmap: ['x', 'y', 'color'],
  boxPlot: ['y'],
  funnel: ['x', 'y'],
  combo: ['x', 'y'],
  bigNumber: ['y'],
  pivot: ['x', 'y'],
};
/** Types that split into series: a color column or two measures or more. */
const NEEDS_SERIES = new Set<ChartType>(['groupedBar', 'stackedBar', 'stackedArea']);

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: oneOf(values) }).optional();
const axisTitle = once(() =>
  z.string({ error: 'must be a string' }).max(120, 'must be at most 120 characters').optional(),
);

export const chartOptions = lazySchema(() =>
  z.looseObject(
    {
      bins: z.number().int('must be a whole number').min(2).max(200).optional(),
      format: enumOf(CHART_FORMATS),
      dateFormat: enumOf(CHART_DATE_FORMATS),
      sort: enumOf(CHART_SORTS),
      topN: z.number().int('must be a whole number').min(1).max(MAX_TOP_N).optional(),
      xTitle: axisTitle(),
      yTitle: axisTitle(),
      y2Title: axisTitle(),
      palette: enumOf(CHART_PALETTES),
      legend: enumOf(['auto', 'none'] as const),
    },
    { error: 'must be an object' },
  ),
);
/** A chart's options as the editor reads them (the histogram's `bins` is on the view itself). */
export interface ChartOptions {
  format?: (typeof CHART_FORMATS)[number];
  dateFormat?: (typeof CHART_DATE_FORMATS)[number];
  sort?: (typeof CHART_SORTS)[number];
  topN?: number;
  xTitle?: string;
  yTitle?: string;
  y2Title?: string;
  palette?: (typeof CHART_PALETTES)[number];
  legend?: 'auto' | 'none';
}

export const chartContent = lazySchema(() =>
  z
    .looseObject({
      title: titleSchema(),
      sourceBlockId: blockIdSchema(),
      // Writes use the API name; stored aliases still read through chartTypeOf [R15].
      chartType: z.enum(CHART_TYPES, { error: oneOf(CHART_TYPES) }),
      encodings: z.looseObject(
        {
          x: encoding().optional(),
          y: z
            .union([encoding(), z.array(encoding()).min(1).max(20)], {
              error: 'must be an encoding or a list of encodings',
            })
            .optional(),
          color: encoding().optional(),
          size: encoding().optional(),
        },
        { error: 'must be an object with x / y / color / size' },
      ),
      aggregation: z.enum(AGGREGATIONS, { error: oneOf(AGGREGATIONS) }).optional(),
      options: chartOptions.optional(),
    })
    .superRefine((chart, ctx) => {
      const type = chart.chartType;
      for (const channel of REQUIRED_ENCODINGS[type]) {
        if (chart.encodings[channel] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['encodings', channel],
            message: `is required for a ${type} chart`,
          });
        }
      }
      const measures = Array.isArray(chart.encodings.y)
        ? chart.encodings.y.length
        : chart.encodings.y
          ? 1
          : 0;
      if (type === 'combo' && measures === 1)
        ctx.addIssue({
          code: 'custom',
          path: ['encodings', 'y'],
          message: 'needs a second measure for a combo chart: [bars, line]',
        });
      if (NEEDS_SERIES.has(type) && measures === 1 && chart.encodings.color === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['encodings', 'color'],
          message: `is required for a ${type} chart with one measure (or give two measures in y)`,
        });
    }),
);

/** Human-readable needs of each type, for the settings UI and the assistant. */
export const CHART_NEEDS: Record<ChartType, string> = {
  bar: 'a category and one or more measures',
  groupedBar: 'a category and a series column or two measures or more',
  stackedBar: 'a category and a series column or two measures or more',
  horizontalBar: 'a category and a measure',
  line: 'an x (time or order) and one or more measures',
  area: 'an x (time or order) and one or more measures',
  stackedArea: 'an x and a series column or two measures or more',
  scatter: 'two numeric columns',
  bubble: 'two numeric columns and a size measure',
  pie: 'a label and a measure',
  donut: 'a label and a measure',
  histogram: 'one numeric column',
  heatmap: 'two categories and a measure',
  boxPlot: 'a measure (and a category to split by)',
  funnel: 'a step column and a measure',
  combo: 'an x and two measures: bars, then the line (right axis)',
  bigNumber: 'a measure (and a time column for the trend)',
  pivot: 'a row column, a measure (and a column to pivot on)',
};

/** A chart as the editor draws it: columns per channel instead of stored encodings [R16]. */
export interface ChartView {
  type: ChartType;
  /** Category / time axis, the binned column (histogram), the columns of a heatmap. */
  x?: string | null;
  /** Measures; the first one for pie, heatmap (cell value) and bigNumber. */
  y?: string[];
  /** Colored series; the rows of a heatmap. */
  series?: string | null;
  /** Bubble size measure. */
  size?: string | null;
  bins?: number;
  /** Formats, sorting, top-N, axis titles, palette, legend (stored in `content.options`). */
  options?: ChartOptions;
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
  const stored = (content.options ?? {}) as Record<string, unknown>;
  const bins = typeof stored.bins === 'number' ? stored.bins : undefined;
  const parsed = chartOptions.safeParse(stored);
  const rest: Record<string, unknown> = { ...(parsed.success ? parsed.data : {}) };
  delete rest.bins;
  const options = Object.fromEntries(
    Object.entries(rest).filter(([key, v]) => v !== undefined && key in chartOptions.shape),
  ) as ChartOptions;
  const extra = {
    ...(bins ? { bins } : {}),
    ...(Object.keys(options).length ? { options } : {}),
  };
  if (type === 'heatmap')
    return { type, x: field(enc.x), series: field(enc.y), y: fields(enc.color), ...extra };
  const size = field(enc.size);
  return {
    type,
    x: field(enc.x),
    y: fields(enc.y),
    series: field(enc.color),
    ...(size ? { size } : {}),
    ...extra,
  };
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
          size: e(view.size),
        };
  for (const key of Object.keys(encodings)) if (encodings[key] === null) delete encodings[key];
  const options: Record<string, unknown> = { ...(view.options ?? {}) };
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  if (view.type === 'histogram') options.bins = view.bins ?? 20;
  return {
    chartType: view.type,
    encodings,
    aggregation: 'none',
    // always written, so clearing an option (merged content [R10]) clears it in the stored block
    options,
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
