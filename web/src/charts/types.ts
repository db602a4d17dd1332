// Chart types and the chart a CHART block stores are @tessera/canvas-model's (ChartType, ChartView);
// this module adds what only drawing needs.
import type { ChartType } from '@tessera/canvas-model';

export const CHART_LABELS: Record<ChartType, string> = {
  bar: 'Bar',
  line: 'Line',
  area: 'Area',
  scatter: 'Scatter',
  pie: 'Pie',
  histogram: 'Histogram',
  heatmap: 'Heatmap',
  bigNumber: 'Big number',
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
