export const CHART_TYPES = [
  'bar',
  'line',
  'area',
  'scatter',
  'pie',
  'histogram',
  'heatmap',
  'number',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const CHART_LABELS: Record<ChartType, string> = {
  bar: 'Bar',
  line: 'Line',
  area: 'Area',
  scatter: 'Scatter',
  pie: 'Pie',
  histogram: 'Histogram',
  heatmap: 'Heatmap',
  number: 'Big number',
};

/** What a CHART block stores in `content.chart` (plain JSON in the canvas document). */
export interface ChartSpec {
  type: ChartType;
  /** Category / time / first numeric axis (scatter), the binned column (histogram), the columns of a heatmap. */
  x?: string | null;
  /** Measures; the first one for pie, histogram (unused), heatmap (cell value) and big number. */
  y?: string[];
  /** Splits bar/line/area/scatter into colored series; the rows of a heatmap. */
  series?: string | null;
  bins?: number;
}

export interface ChartColumn {
  name: string;
  type: string;
}

export interface ChartData {
  columns: readonly ChartColumn[];
  rows: readonly (readonly unknown[])[];
}

export type ColumnKind = 'number' | 'time' | 'category';
