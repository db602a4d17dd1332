/** Calendar arithmetic on ISO date strings (UTC, no time zones involved). */

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

/** A half-open calendar interval [start, end). Either bound may be open. */
export interface DateRange {
  start?: string;
  end?: string;
  label: string;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(lower));
  if (index < 0) return undefined;
  const name = MONTHS[index] ?? '';
  // Accept full names and the usual abbreviations (jan, feb, sep, sept), nothing in between.
  return lower === name || lower.length === 3 || lower === 'sept' ? index + 1 : undefined;
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(d, lastDay));
}

/** The first day of the period of `grain` that contains `iso` (weeks start on Monday). */
export function startOf(iso: string, grain: Grain): string {
  const [y, m] = iso.split('-').map(Number) as [number, number, number];
  switch (grain) {
    case 'day':
      return iso;
    case 'week': {
      const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
      return addDays(iso, -weekday);
    }
    case 'month':
      return isoDate(y, m, 1);
    case 'quarter':
      return isoDate(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
    case 'year':
      return isoDate(y, 1, 1);
  }
}

export function addGrain(iso: string, grain: Grain, count: number): string {
  switch (grain) {
    case 'day':
      return addDays(iso, count);
    case 'week':
      return addDays(iso, 7 * count);
    case 'month':
      return addMonths(iso, count);
    case 'quarter':
      return addMonths(iso, 3 * count);
    case 'year':
      return addMonths(iso, 12 * count);
  }
}

/** "2024" for a whole year, "Q1 2025", "January 2025", "July 4, 2026"; else undefined. */
export function periodLabel(start: string, end: string): string | undefined {
  const [y, m] = start.split('-').map(Number) as [number, number];
  if (startOf(start, 'year') === start && addGrain(start, 'year', 1) === end) return String(y);
  if (startOf(start, 'quarter') === start && addGrain(start, 'quarter', 1) === end)
    return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (startOf(start, 'month') === start && addGrain(start, 'month', 1) === end) return `${monthName(m)} ${y}`;
  if (addDays(start, 1) === end) return formatDay(start);
  return undefined;
}

export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${monthName(m)} ${d}, ${y}`;
}
