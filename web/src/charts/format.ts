import { utcFormat } from 'd3';
import { formatNumber as formatAppNumber } from '../ui/number-format';

/** Chart labels and tooltips use the app's one number format: 1234567 → "1.23M", 1234 → "1,234". */
export function formatNumber(value: number): string {
  return formatAppNumber(value);
}

export function formatAxisNumber(value: number): string {
  return formatAppNumber(value, 'axis');
}

/** A date format matching the data's grain: months, days or times. */
export function dateFormatter(dates: readonly Date[]): (d: Date) => string {
  const monthly = dates.every(
    (d) => d.getUTCDate() === 1 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0,
  );
  const daily = dates.every((d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0);
  if (monthly) return utcFormat('%b %Y');
  if (daily) return utcFormat('%b %-d, %Y');
  return utcFormat('%b %-d %H:%M');
}

export function formatValue(value: unknown, dates?: (d: Date) => string): string {
  if (value instanceof Date) return (dates ?? utcFormat('%Y-%m-%d'))(value);
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}
