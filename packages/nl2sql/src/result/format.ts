const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function toNumber(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number(value);
}

export function formatNumber(value: unknown, asFraction = false): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return String(value);
  if (asFraction && Math.abs(n) <= 1) return `${(n * 100).toFixed(1)}%`;
  return Math.abs(n) >= 100_000 ? compact.format(n) : plain.format(n);
}

/** "2024-03-01" in a month column → "Mar 2024"; in a quarter column → "Q1 2024"; else the ISO date. */
export function formatTime(value: unknown, columnName = ''): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
  const [y, m, d] = iso.split('-');
  if (/quarter/i.test(columnName) && d === '01') return `Q${Math.floor((Number(m) - 1) / 3) + 1} ${y}`;
  if (/month/i.test(columnName) && d === '01') return `${MONTHS[Number(m) - 1]} ${y}`;
  return iso;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  if (value instanceof Date) return formatTime(value);
  if (typeof value === 'number' || typeof value === 'bigint') return formatNumber(value);
  return String(value);
}

export function humanizeName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}
