// Pure transforms behind the richer chart types (unit-tested; no DOM, no d3): sorting and top-N with
// "Other", stacking, box-plot quartiles, funnel steps and pivot tables with totals.
import type { ChartOptions, ChartView } from '@tessera/canvas-model';
import { columnIndex, rawKey, toNumber, type Point } from './transforms';
import type { ChartData } from './types';

export const OTHER = 'Other';

/**
 * Category order and top-N over long-format points: `sort` orders categories by label or by their
 * total (all series summed); `topN` keeps the N largest categories and sums the rest per series
 * into one "Other" category (its `key` is empty: it is not a value a cross-filter can match).
 * Time and numeric x keep their natural order; only categories are sorted or folded.
 */
export function sortAndTopN(points: readonly Point[], options: ChartOptions | undefined): Point[] {
  const sort = options?.sort ?? 'none';
  const topN = options?.topN;
  if (points.length === 0 || typeof points[0]!.x !== 'string') return [...points];
  if (sort === 'none' && !topN) return [...points];
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.x as string, (totals.get(p.x as string) ?? 0) + p.y);
  let order = [...totals.keys()];
  const byTotal = (a: string, b: string) => totals.get(b)! - totals.get(a)!;
  if (sort === 'label') order.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  else if (sort === 'descending') order.sort(byTotal);
  else if (sort === 'ascending') order.sort((a, b) => -byTotal(a, b));
  let kept = points.filter(() => true);
  if (topN && order.length > topN) {
    const keep = new Set([...totals.keys()].sort(byTotal).slice(0, topN - 1));
    order = order.filter((k) => keep.has(k));
    const other = new Map<string, number>();
    kept = [];
    for (const p of points) {
      if (keep.has(p.x as string)) kept.push(p);
      else other.set(p.series, (other.get(p.series) ?? 0) + p.y);
    }
    for (const [series, y] of other) kept.push({ x: OTHER, y, series, key: '' });
    order.push(OTHER);
  }
  const rank = new Map(order.map((k, i) => [k, i]));
  return kept
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank.get(a.p.x as string)! - rank.get(b.p.x as string)! || a.i - b.i)
    .map(({ p }) => p);
}

/** Line points on the bars' categories, the ones the bars folded summed into one "Other" point. */
export function alignToBars(line: readonly Point[], bars: readonly Point[]): Point[] {
  if (line.length === 0 || typeof line[0]!.x !== 'string') return [...line];
  const order = new Map<string, number>();
  for (const p of bars) if (!order.has(String(p.x))) order.set(String(p.x), order.size);
  const folded = bars.some((p) => p.x === OTHER && p.key === '');
  const kept: Point[] = [];
  let other = null as Point | null;
  for (const p of line) {
    if (order.has(String(p.x)) && !(p.x === OTHER && folded)) kept.push(p);
    else if (folded)
      other = other ? { ...other, y: other.y + p.y } : { x: OTHER, y: p.y, series: p.series, key: '' };
  }
  if (other) kept.push(other);
  return kept.sort((a, b) => order.get(String(a.x))! - order.get(String(b.x))!);
}

export interface StackedPoint extends Point {
  y0: number;
  y1: number;
}

/** Stacks points sharing an x in series order; negative values stack downwards from 0. */
export function stackPoints(points: readonly Point[], series: readonly string[]): StackedPoint[] {
  const rank = new Map(series.map((s, i) => [s, i]));
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  const xKey = (p: Point) => (p.x instanceof Date ? String(+p.x) : String(p.x));
  const ordered = [...points].sort((a, b) => (rank.get(a.series) ?? 0) - (rank.get(b.series) ?? 0));
  const stacked = new Map<Point, StackedPoint>();
  for (const p of ordered) {
    const k = xKey(p);
    const base = p.y >= 0 ? (up.get(k) ?? 0) : (down.get(k) ?? 0);
    const top = base + p.y;
    (p.y >= 0 ? up : down).set(k, top);
    stacked.set(p, { ...p, y0: Math.min(base, top), y1: Math.max(base, top) });
  }
  return points.map((p) => stacked.get(p)!);
}

export interface BoxStats {
  group: string;
  key: string;
  n: number;
  q1: number;
  median: number;
  q3: number;
  /** Whiskers: the furthest values within 1.5 × IQR of the box. */
  low: number;
  high: number;
  outliers: number[];
}

/** The p-quantile of sorted values, interpolated between closest ranks (as d3.quantile and Excel's QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export function boxStats(values: readonly number[], group = '', key = group): BoxStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const median = quantile(sorted, 0.5);
  const q3 = quantile(sorted, 0.75);
  const reach = 1.5 * (q3 - q1);
  const inside = sorted.filter((v) => v >= q1 - reach && v <= q3 + reach);
  return {
    group,
    key,
    n: sorted.length,
    q1,
    median,
    q3,
    low: inside[0] ?? q1,
    high: inside[inside.length - 1] ?? q3,
    outliers: sorted.filter((v) => v < q1 - reach || v > q3 + reach),
  };
}

/** One box per category of x (one box in all without x), from the raw rows of the measure y[0]. */
export function boxGroups(data: ChartData, spec: ChartView): BoxStats[] {
  const xi = columnIndex(data, spec.x);
  const vi = columnIndex(data, spec.y?.[0]);
  if (vi < 0) return [];
  const groups = new Map<string, { key: string; values: number[] }>();
  for (const row of data.rows) {
    const v = toNumber(row[vi]);
    if (v === null) continue;
    const label = xi >= 0 ? String(row[xi] ?? '∅') : (spec.y?.[0] ?? '');
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { key: xi >= 0 ? rawKey(row[xi]) : '', values: [] }));
    g.values.push(v);
  }
  let boxes = [...groups].map(([label, g]) => boxStats(g.values, label, g.key)!);
  const sort = spec.options?.sort;
  if (sort === 'label') boxes.sort((a, b) => a.group.localeCompare(b.group, undefined, { numeric: true }));
  else if (sort === 'descending') boxes.sort((a, b) => b.median - a.median);
  else if (sort === 'ascending') boxes.sort((a, b) => a.median - b.median);
  if (spec.options?.topN) boxes = boxes.slice(0, spec.options.topN);
  return boxes;
}

export interface FunnelStep {
  label: string;
  key: string;
  value: number;
  /** Share of the first step, and of the step before (1 for the first). */
  ofFirst: number;
  ofPrevious: number;
}

/** Funnel steps: the measure summed per step, in the result's order (or sorted, largest first). */
export function funnelSteps(data: ChartData, spec: ChartView): FunnelStep[] {
  const xi = columnIndex(data, spec.x);
  const vi = columnIndex(data, spec.y?.[0]);
  if (vi < 0) return [];
  const sums = new Map<string, { key: string; value: number }>();
  for (const row of data.rows) {
    const v = toNumber(row[vi]);
    if (v === null) continue;
    const label = xi >= 0 ? String(row[xi] ?? '∅') : String(sums.size + 1);
    const s = sums.get(label) ?? { key: xi >= 0 ? rawKey(row[xi]) : '', value: 0 };
    s.value += v;
    sums.set(label, s);
  }
  let steps = [...sums].map(([label, s]) => ({ label, key: s.key, value: s.value }));
  const sort = spec.options?.sort;
  if (sort === 'descending') steps.sort((a, b) => b.value - a.value);
  else if (sort === 'ascending') steps.sort((a, b) => a.value - b.value);
  else if (sort === 'label')
    steps.sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  if (spec.options?.topN) steps = steps.slice(0, spec.options.topN);
  const first = steps[0]?.value ?? 0;
  return steps.map((s, i) => ({
    ...s,
    ofFirst: first ? s.value / first : 0,
    ofPrevious: i === 0 ? 1 : steps[i - 1]!.value ? s.value / steps[i - 1]!.value : 0,
  }));
}

export interface Pivot {
  rowField: string | null;
  columnField: string | null;
  rows: { label: string; key: string }[];
  columns: { label: string; key: string }[];
  /** cells[r][c]: the summed measure, null where no row had that pair. */
  cells: (number | null)[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/** At most this many pivot rows and columns are drawn; the rest are folded into "Other". */
export const PIVOT_MAX_ROWS = 200;
export const PIVOT_MAX_COLUMNS = 30;

/** A pivot table: x as rows, series as columns, the measure y[0] summed, with row, column and grand totals. */
export function pivotTable(data: ChartData, spec: ChartView): Pivot {
  const ri = columnIndex(data, spec.x);
  const ci = columnIndex(data, spec.series);
  const vi = columnIndex(data, spec.y?.[0]);
  const rowKeys = new Map<string, string>();
  const colKeys = new Map<string, string>();
  const sums = new Map<string, number>();
  for (const row of data.rows) {
    const v = vi >= 0 ? toNumber(row[vi]) : 1;
    if (v === null) continue;
    const r = ri >= 0 ? String(row[ri] ?? '∅') : 'All';
    const c = ci >= 0 ? String(row[ci] ?? '∅') : (spec.y?.[0] ?? 'value');
    if (!rowKeys.has(r)) rowKeys.set(r, ri >= 0 ? rawKey(row[ri]) : '');
    if (!colKeys.has(c)) colKeys.set(c, ci >= 0 ? rawKey(row[ci]) : '');
    const k = `${r}\u0000${c}`;
    sums.set(k, (sums.get(k) ?? 0) + v);
  }
  const rowTotal = new Map<string, number>();
  const colTotal = new Map<string, number>();
  for (const [k, v] of sums) {
    const [r, c] = k.split('\u0000') as [string, string];
    rowTotal.set(r, (rowTotal.get(r) ?? 0) + v);
    colTotal.set(c, (colTotal.get(c) ?? 0) + v);
  }
  const order = (keys: string[], totals: Map<string, number>, max: number, topN?: number) => {
    const sort = spec.options?.sort;
    if (sort === 'label') keys.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    else if (sort === 'descending') keys.sort((a, b) => totals.get(b)! - totals.get(a)!);
    else if (sort === 'ascending') keys.sort((a, b) => totals.get(a)! - totals.get(b)!);
    const limit = Math.min(max, topN ?? max);
    if (keys.length <= limit) return { kept: keys, folded: false };
    const keep = new Set([...keys].sort((a, b) => totals.get(b)! - totals.get(a)!).slice(0, limit - 1));
    return { kept: keys.filter((k) => keep.has(k)), folded: true };
  };
  const rowsOrder = order([...rowKeys.keys()], rowTotal, PIVOT_MAX_ROWS, spec.options?.topN);
  const colsOrder = order([...colKeys.keys()], colTotal, PIVOT_MAX_COLUMNS);
  const rows = rowsOrder.kept.map((label) => ({ label, key: rowKeys.get(label)! }));
  const columns = colsOrder.kept.map((label) => ({ label, key: colKeys.get(label)! }));
  if (rowsOrder.folded) rows.push({ label: OTHER, key: '' });
  if (colsOrder.folded) columns.push({ label: OTHER, key: '' });
  const rowIndex = new Map(rowsOrder.kept.map((r, i) => [r, i]));
  const colIndex = new Map(colsOrder.kept.map((c, i) => [c, i]));
  const cells: (number | null)[][] = rows.map(() => columns.map(() => null));
  for (const [k, v] of sums) {
    const [r, c] = k.split('\u0000') as [string, string];
    const i = rowIndex.get(r) ?? rows.length - 1;
    const j = colIndex.get(c) ?? columns.length - 1;
    cells[i]![j] = (cells[i]![j] ?? 0) + v;
  }
  const rowTotals = cells.map((r) => r.reduce<number>((s, v) => s + (v ?? 0), 0));
  const columnTotals = columns.map((_, j) => cells.reduce((s, r) => s + (r[j] ?? 0), 0));
  return {
    rowField: spec.x ?? null,
    columnField: ci >= 0 ? spec.series! : null,
    rows,
    columns,
    cells,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((s, v) => s + v, 0),
  };
}
