import { format, utcFormat } from 'd3';

const si = format('.3~s');
const plain = format(',.2~f');

/** 1234567 → "1.23M", 0.25 → "0.25", 1234 → "1,234". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return si(value).replace('G', 'B');
  if (abs >= 1e4) return format(',.0f')(value);
  return plain(value);
}

export function formatAxisNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e3) return format('.2~s')(value).replace('G', 'B');
  return format('~g')(value);
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
