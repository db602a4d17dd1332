import { utcFormat } from 'd3';
import type { ChartOptions } from '@tessera/canvas-model';
import { formatAxisNumber as formatAppAxis, formatNumber as formatAppNumber } from '../ui/number-format';

type Format = ChartOptions['format'];
type DateFormat = ChartOptions['dateFormat'];

/** Chart labels and tooltips use the app's one number format: 1234567 → "1.23M", 1234 → "1,234". */
export function formatNumber(value: number, format?: Format): string {
  return formatAppNumber(value, format ?? 'auto');
}

export function formatAxisNumber(value: number, format?: Format): string {
  return formatAppAxis(value, format === 'currency' || format === 'percent' ? format : 'auto');
}

/** The number formatter and the axis formatter of a chart's chosen format. */
export function numberFormats(format: Format): { value: (v: number) => string; axis: (v: number) => string } {
  return { value: (v) => formatNumber(v, format), axis: (v) => formatAxisNumber(v, format) };
}

const quarter = (d: Date) => `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;

/** A date format: the chosen one, or ('auto') one matching the data's grain: months, days or times. */
export function dateFormatter(dates: readonly Date[], style: DateFormat = 'auto'): (d: Date) => string {
  switch (style) {
    case 'day':
      return utcFormat('%b %-d, %Y');
    case 'month':
      return utcFormat('%b %Y');
    case 'quarter':
      return quarter;
    case 'year':
      return utcFormat('%Y');
    case 'iso':
      return utcFormat('%Y-%m-%d');
  }
  const monthly = dates.every(
    (d) => d.getUTCDate() === 1 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0,
  );
  const daily = dates.every((d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0);
  if (monthly) return utcFormat('%b %Y');
  if (daily) return utcFormat('%b %-d, %Y');
  return utcFormat('%b %-d %H:%M');
}

export function formatValue(value: unknown, dates?: (d: Date) => string, format?: Format): string {
  if (value instanceof Date) return (dates ?? utcFormat('%Y-%m-%d'))(value);
  if (typeof value === 'number') return formatNumber(value, format);
  return String(value);
}
