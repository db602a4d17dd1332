// Pure data preparation for the d3 charts (unit-tested; no DOM, no d3).
import type { ChartType, ChartView } from '@tessera/canvas-model';
import type { ChartData, ColumnKind } from './types';

/** Line and area charts draw a circle per point up to this many points, only the lines beyond. */
export const MAX_POINT_MARKS = 400;

const NUMERIC_TYPE =
  /^(tinyint|smallint|integer|int|bigint|hugeint|ubigint|uinteger|usmallint|utinyint|double|float|real|decimal|numeric)/i;
const TIME_TYPE = /^(date|timestamp|time)/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/** A column's kind from its engine type, falling back to its values. */
export function columnKind(data: ChartData, index: number): ColumnKind {
  const type = data.columns[index]?.type ?? '';
  if (NUMERIC_TYPE.test(type)) return 'number';
  if (TIME_TYPE.test(type)) return 'time';
  const sample = data.rows
    .slice(0, 20)
    .map((r) => r[index])
    .filter((v) => v !== null && v !== undefined);
  if (sample.length > 0 && sample.every((v) => typeof v === 'number')) return 'number';
  if (sample.length > 0 && sample.every((v) => toDate(v) !== null)) return 'time';
  return 'category';
}

export function columnIndex(data: ChartData, name: string | null | undefined): number {
  return name ? data.columns.findIndex((c) => c.name === name) : -1;
}

/** Sensible encodings for a chart type from the result's columns. */
export function defaultSpec(type: ChartType, data: ChartData): ChartView {
  const kinds = data.columns.map((_, i) => columnKind(data, i));
  const names = data.columns.map((c) => c.name);
  const numeric = names.filter((_, i) => kinds[i] === 'number');
  const time = names.find((_, i) => kinds[i] === 'time');
  const category = names.find((_, i) => kinds[i] === 'category');
  const dimension = time ?? category ?? null;
  const secondCategory = names.find((n, i) => kinds[i] === 'category' && n !== dimension);
  switch (type) {
    case 'scatter':
      return { type, x: numeric[0] ?? null, y: numeric.slice(1, 2), series: category ?? null };
    case 'bubble':
      return {
        type,
        x: numeric[0] ?? null,
        y: numeric.slice(1, 2),
        size: numeric[2] ?? numeric[1] ?? null,
        series: category ?? null,
      };
    case 'histogram':
      return { type, x: numeric[0] ?? null, y: [], bins: 20 };
    case 'heatmap': {
      const categories = names.filter((_, i) => kinds[i] !== 'number');
      return { type, x: categories[0] ?? null, series: categories[1] ?? null, y: numeric.slice(0, 1) };
    }
    case 'pie':
    case 'donut':
    case 'funnel':
    case 'horizontalBar':
      return { type, x: category ?? dimension, y: numeric.slice(0, 1) };
    case 'boxPlot':
      return { type, x: category ?? null, y: numeric.slice(-1) };
    case 'bigNumber':
      return { type, x: time ?? null, y: numeric.slice(0, 1) };
    case 'combo':
      return { type, x: dimension, y: numeric.slice(0, 2), series: null };
    case 'pivot':
      return { type, x: dimension, y: numeric.slice(0, 1), series: secondCategory ?? null };
    default:
      return {
        type,
        x: dimension,
        y: numeric.slice(0, secondCategory ? 1 : 3),
        series: secondCategory ?? null,
      };
  }
}

/** Fills gaps in a stored spec (a column renamed, a new chart type) so a chart can always draw. */
export function resolveSpec(spec: ChartView, data: ChartData): ChartView {
  const fallback = defaultSpec(spec.type, data);
  const has = (n: string | null | undefined) => columnIndex(data, n) >= 0;
  const y = (spec.y ?? []).filter(has);
  return {
    type: spec.type,
    x: has(spec.x) ? spec.x : fallback.x,
    y: y.length ? y : fallback.y,
    series: spec.series === null ? null : has(spec.series) ? spec.series : fallback.series,
    ...(spec.type === 'bubble' ? { size: has(spec.size) ? spec.size : fallback.size } : {}),
    bins: spec.bins ?? fallback.bins,
    ...(spec.options ? { options: spec.options } : {}),
  };
}

export interface Point {
  x: number | Date | string;
  y: number;
  series: string;
  /** The x value as the result holds it, as a string (what a cross-filter compares). */
  key: string;
  /** The result row it comes from (absent for a folded "Other"). */
  row?: number;
}

/** A result value as a string for `data-mark-value`: dates as the engine sent them, numbers plain. */
export function rawKey(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Long-format points for bar/line/area/scatter: one per row and measure (or per row with a series column). */
export function seriesPoints(
  data: ChartData,
  spec: ChartView,
): { points: Point[]; series: string[]; xKind: ColumnKind } {
  const xi = columnIndex(data, spec.x);
  const si = columnIndex(data, spec.series);
  const measures = (spec.y ?? [])
    .map((n) => ({ name: n, index: columnIndex(data, n) }))
    .filter((m) => m.index >= 0);
  const xKind: ColumnKind = xi >= 0 ? columnKind(data, xi) : 'category';
  const points: Point[] = [];
  const seen = new Set<string>();
  data.rows.forEach((row, r) => {
    const raw = xi >= 0 ? row[xi] : r + 1;
    const x = xKind === 'time' ? toDate(raw) : xKind === 'number' ? toNumber(raw) : String(raw ?? '∅');
    if (x === null) return;
    for (const m of measures) {
      const y = toNumber(row[m.index]);
      if (y === null) continue;
      const series = si >= 0 ? String(row[si] ?? '∅') : measures.length > 1 ? m.name : (m.name ?? '');
      seen.add(series);
      points.push({ x, y, series, key: xi >= 0 ? rawKey(raw) : String(raw), row: r });
    }
  });
  if (xKind !== 'category') points.sort((a, b) => +a.x - +b.x);
  return { points, series: [...seen], xKind };
}

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** Equal-width bins over the column's range ("nice" bounds are d3's job; this is exact). */
export function histogramBins(values: readonly number[], bins = 20): Bin[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [{ x0: min, x1: max + 1, count: values.length }];
  const n = Math.max(1, Math.min(200, Math.round(bins)));
  const width = (max - min) / n;
  const result: Bin[] = Array.from({ length: n }, (_, i) => ({
    x0: min + i * width,
    x1: min + (i + 1) * width,
    count: 0,
  }));
  for (const v of values) result[Math.min(n - 1, Math.floor((v - min) / width))]!.count++;
  return result;
}

export function numericColumn(data: ChartData, name: string | null | undefined): number[] {
  const i = columnIndex(data, name);
  if (i < 0) return [];
  return data.rows.map((r) => toNumber(r[i])).filter((v): v is number => v !== null);
}

export interface Slice {
  label: string;
  value: number;
  /** The label's value as a cross-filter compares it; absent for "Other". */
  key?: string;
}

/** Pie slices: sums per label, largest first, the tail beyond `max` folded into "Other". */
export function pieSlices(data: ChartData, spec: ChartView, max = 8): Slice[] {
  const li = columnIndex(data, spec.x);
  const vi = columnIndex(data, spec.y?.[0]);
  if (vi < 0) return [];
  const sums = new Map<string, number>();
  for (const row of data.rows) {
    const v = toNumber(row[vi]);
    if (v === null || v <= 0) continue;
    const label = li >= 0 ? String(row[li] ?? '∅') : 'Total';
    sums.set(label, (sums.get(label) ?? 0) + v);
  }
  const slices: Slice[] = [...sums]
    .map(([label, value]) => ({ label, value, key: label }))
    .sort((a, b) => b.value - a.value);
  if (slices.length <= max) return slices;
  const other = slices.slice(max - 1).reduce((s, x) => s + x.value, 0);
  return [...slices.slice(0, max - 1), { label: 'Other', value: other }];
}

export interface Cell {
  column: string;
  row: string;
  value: number;
}

/** Heatmap cells: x column × series column, summed values; keeps first-seen order of labels. */
export function heatmapCells(
  data: ChartData,
  spec: ChartView,
): { cells: Cell[]; columns: string[]; rows: string[] } {
  const xi = columnIndex(data, spec.x);
  const ri = columnIndex(data, spec.series);
  const vi = columnIndex(data, spec.y?.[0]);
  const sums = new Map<string, Cell>();
  const columns: string[] = [];
  const rows: string[] = [];
  for (const row of data.rows) {
    const v = vi >= 0 ? toNumber(row[vi]) : 1;
    if (v === null) continue;
    const column = xi >= 0 ? label(row[xi]) : '';
    const r = ri >= 0 ? label(row[ri]) : '';
    if (!columns.includes(column)) columns.push(column);
    if (!rows.includes(r)) rows.push(r);
    const key = `${column}\u0000${r}`;
    const cell = sums.get(key);
    if (cell) cell.value += v;
    else sums.set(key, { column, row: r, value: v });
  }
  return { cells: [...sums.values()], columns, rows };
}

function label(value: unknown): string {
  const d = typeof value === 'string' ? toDate(value) : null;
  if (d && typeof value === 'string' && /T00:00:00/.test(value)) return value.slice(0, 10);
  return String(value ?? '∅');
}

export interface BigNumber {
  value: number | null;
  /** The value it is compared with: the second measure (a target), else the previous point. */
  previous: number | null;
  comparison: 'previous' | 'target';
  label: string;
  /** The measure over x (time or order), oldest first, for the trend line; empty without x. */
  trend: { x: number | Date; y: number }[];
}

/**
 * The big number. With a time or numeric x: the latest value, compared with the point before,
 * and the trend over x. Without: the first row's value, compared with the second row's. A second
 * measure is a target the value is compared with instead.
 */
export function bigNumber(data: ChartData, spec: ChartView): BigNumber {
  const vi = columnIndex(data, spec.y?.[0]);
  const ti = columnIndex(data, spec.y?.[1]);
  const xi = columnIndex(data, spec.x);
  if (vi < 0) return { value: null, previous: null, comparison: 'previous', label: '', trend: [] };
  const label = data.columns[vi]!.name;
  const kind = xi >= 0 ? columnKind(data, xi) : 'category';
  let trend: BigNumber['trend'] = [];
  let rowIndex = 0;
  let previous: number | null = data.rows.length > 1 ? toNumber(data.rows[1]?.[vi]) : null;
  if (kind !== 'category') {
    const points = data.rows
      .map((row, i) => ({
        x: kind === 'time' ? toDate(row[xi]) : toNumber(row[xi]),
        y: toNumber(row[vi]),
        i,
      }))
      .filter((p): p is { x: number | Date; y: number; i: number } => p.x !== null && p.y !== null)
      .sort((a, b) => +a.x - +b.x);
    trend = points.map(({ x, y }) => ({ x, y }));
    rowIndex = points[points.length - 1]?.i ?? 0;
    previous = points.length > 1 ? points[points.length - 2]!.y : null;
  }
  const target = ti >= 0 ? toNumber(data.rows[rowIndex]?.[ti]) : null;
  return {
    value: toNumber(data.rows[rowIndex]?.[vi]),
    previous: target ?? previous,
    comparison: target !== null ? 'target' : 'previous',
    label,
    trend,
  };
}

/** How many marks a chart draws for this data (what the e2e suite and benchmark count). */
export function expectedMarks(data: ChartData, spec: ChartView): number {
  switch (spec.type) {
    case 'pie':
    case 'donut':
      return pieSlices(data, spec, spec.options?.topN ?? 8).length;
    case 'histogram':
      return histogramBins(numericColumn(data, spec.x), spec.bins).length;
    case 'heatmap':
      return heatmapCells(data, spec).cells.length;
    case 'bigNumber':
      return bigNumber(data, spec).value === null ? 0 : 1;
    case 'line':
    case 'area':
    case 'stackedArea': {
      const { points, series } = seriesPoints(data, spec);
      return points.length > MAX_POINT_MARKS ? series.length : points.length;
    }
    default:
      return seriesPoints(data, spec).points.length;
  }
}
