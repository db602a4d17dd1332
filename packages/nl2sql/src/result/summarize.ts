import type { ResultColumn } from '../types.ts';
import { classifyColumns, isFractionName, isIdName, isNonAdditive } from './columns.ts';
import { formatNumber, formatTime, formatValue, humanizeName, toNumber } from './format.ts';

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function change(from: number, to: number): string {
  if (from === 0) return '';
  const pct = ((to - from) / Math.abs(from)) * 100;
  return ` (${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%)`;
}

/**
 * A short narrative of a query result that a TEXT block can hold: the single value, the trend of
 * a time series, or the leaders of a breakdown.
 */
export function summarizeResult(
  columns: (ResultColumn | string)[],
  rows: unknown[][],
  question?: string,
): string {
  const cols: ResultColumn[] = columns.map((c) => (typeof c === 'string' ? { name: c } : c));
  const asked = question?.trim().replace(/[?.!]+$/, '');
  const about = asked ? ` for “${asked}”` : '';
  if (rows.length === 0) return `No rows matched${about}.`;
  const kinds = classifyColumns(cols, rows);
  const index = (pred: (i: number) => boolean): number[] => cols.map((_, i) => i).filter(pred);
  const numbers = index((i) => kinds[i] === 'number' && !isIdName(cols[i]?.name ?? ''));
  const times = index((i) => kinds[i] === 'time');
  const texts = index((i) => kinds[i] === 'text' && !isIdName(cols[i]?.name ?? ''));
  const name = (i: number): string => humanizeName(cols[i]?.name ?? '');
  const num = (row: unknown[], i: number): string =>
    formatNumber(row[i], isFractionName(cols[i]?.name ?? ''));

  if (rows.length === 1 && times.length === 0 && texts.length === 0 && numbers.length > 0) {
    const row = rows[0] ?? [];
    const values = numbers.map((i) => `${name(i)} is ${num(row, i)}`).join(', ');
    return asked ? `For “${asked}”, ${values}.` : `${capitalize(values)}.`;
  }
  const measure = numbers[0];
  if (measure !== undefined && times.length > 0 && texts.length === 0) {
    const t = times[0] as number;
    const series = [...rows].sort(
      (a, b) =>
        String(formatValue(a[t])).localeCompare(String(formatValue(b[t]))) || toNumber(a[t]) - toNumber(b[t]),
    );
    const first = series[0] ?? [];
    const last = series.at(-1) ?? [];
    const values = series.map((r) => toNumber(r[measure]));
    const peak = series[values.indexOf(Math.max(...values))] ?? [];
    const low = series[values.indexOf(Math.min(...values))] ?? [];
    const when = (r: unknown[]): string => formatTime(r[t], cols[t]?.name);
    return (
      `${capitalize(name(measure))} by ${name(t)}${about}, ${when(first)} to ${when(last)} (${rows.length} periods): ` +
      `${num(first, measure)} to ${num(last, measure)}${change(toNumber(first[measure]), toNumber(last[measure]))}. ` +
      `Highest in ${when(peak)} (${num(peak, measure)}), lowest in ${when(low)} (${num(low, measure)}).`
    );
  }
  if (measure !== undefined && texts.length > 0) {
    const label = texts.at(-1) as number;
    const sorted = [...rows].sort((a, b) => toNumber(b[measure]) - toNumber(a[measure]));
    const total = sorted.reduce((sum, r) => sum + toNumber(r[measure]), 0);
    const showShare =
      !isNonAdditive(cols[measure]?.name ?? '') &&
      sorted.every((r) => toNumber(r[measure]) >= 0) &&
      total > 0 &&
      rows.length > 1;
    const share = (r: unknown[]): string =>
      showShare ? `, ${((toNumber(r[measure]) / total) * 100).toFixed(1)}% of the total` : '';
    const item = (r: unknown[] | undefined): string =>
      r ? `${formatValue(r[label])} (${num(r, measure)}${share(r)})` : '';
    if (rows.length === 1)
      return `${formatValue(sorted[0]?.[label])}: ${name(measure)} ${num(sorted[0] ?? [], measure)}${about}.`;
    const leaders = sorted.slice(1, 3).map((r) => `${formatValue(r[label])} (${num(r, measure)})`);
    const lowest =
      rows.length > 3
        ? ` ${formatValue(sorted.at(-1)?.[label])} is lowest with ${num(sorted.at(-1) ?? [], measure)}.`
        : '';
    return `${capitalize(name(measure))} across ${rows.length} ${name(label)} values${about}: ${item(sorted[0])} leads, followed by ${leaders.join(' and ')}.${lowest}`;
  }
  const preview = cols
    .slice(0, 4)
    .map((c, i) => `${humanizeName(c.name)} ${formatValue(rows[0]?.[i])}`)
    .join(', ');
  return `${rows.length} row${rows.length === 1 ? '' : 's'}${about} with ${cols.map((c) => humanizeName(c.name)).join(', ')}; the first has ${preview}.`;
}
