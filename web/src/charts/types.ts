// Chart types and the chart a CHART block stores are @tessera/canvas-model's (ChartType, ChartView);
// this module adds what only drawing needs.
import type { ChartType } from '@tessera/canvas-model';

export const CHART_LABELS: Record<ChartType, string> = {
  bar: 'Bar',
  groupedBar: 'Grouped bar',
  stackedBar: 'Stacked bar',
  horizontalBar: 'Horizontal bar',
  line: 'Line',
  area: 'Area',
  stackedArea: 'Stacked area',
  scatter: 'Scatter',
  bubble: 'Bubble',
  pie: 'Pie',
  donut: 'Donut',
  histogram: 'Histogram',
  heatmap: 'Heatmap',
  boxPlot: 'Box plot',
  funnel: 'Funnel',
  combo: 'Bar + line',
  bigNumber: 'Big number',
  pivot: 'Pivot table',
};

export interface ChartColumn {
  name: string;
  type: string;
}

export interface ChartData {
  columns: readonly ChartColumn[];
  rows: readonly (readonly unknown[])[];
}

export type ColumnKind = 'number' | 'time' | 'category';
