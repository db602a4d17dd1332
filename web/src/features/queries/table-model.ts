// Pure helpers of the result table (sorting, widths, cell text): no React, unit-tested.
import { formatNumber } from '../../ui/number-format';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  column: number;
  direction: SortDirection;
}

const NUMERIC =
  /^(tinyint|smallint|integer|int|bigint|hugeint|ubigint|uinteger|double|float|real|decimal|numeric)/i;

export function isNumericType(type: string): boolean {
  return NUMERIC.test(type.trim());
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // nulls last in both directions' base order
  if (b === null || b === undefined) return -1;
  const na =
    typeof a === 'number'
      ? a
      : typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a))
        ? Number(a)
        : null;
  const nb =
    typeof b === 'number'
      ? b
      : typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))
        ? Number(b)
        : null;
  if (na !== null && nb !== null) return na - nb;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** Row indexes in display order; the original order when `sort` is null. Stable. */
export function sortedOrder(rows: readonly (readonly unknown[])[], sort: SortState | null): number[] {
  const order = rows.map((_, i) => i);
  if (!sort) return order;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return order.sort((i, j) => {
    const a = rows[i]![sort.column];
    const b = rows[j]![sort.column];
    const aNull = a === null || a === undefined;
    const bNull = b === null || b === undefined;
    if (aNull || bNull) return aNull === bNull ? i - j : aNull ? 1 : -1; // nulls always last
    return sign * compareValues(a, b) || i - j;
  });
}

/** Next sort state when a header is clicked: asc → desc → none. */
export function nextSort(current: SortState | null, column: number): SortState | null {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  if (current.direction === 'asc') return { column, direction: 'desc' };
  return null;
}

/** Timestamps at midnight (date_trunc results, DATE columns) read better as dates. */
const MIDNIGHT = /^\d{4}-\d{2}-\d{2}[T ]00:00:00(\.0+)?(Z|[+-]00(:?00)?)?$/;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return formatNumber(value, 'cell');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && MIDNIGHT.test(value)) return value.slice(0, 10);
  return String(value);
}

/** Column widths in px from the header and a sample of values. */
export function columnWidths(
  columns: readonly { name: string; type?: string }[],
  rows: readonly (readonly unknown[])[],
  sample = 50,
): number[] {
  return columns.map((c, index) => {
    let chars = c.name.length + (c.type?.length ?? 0) + 5;
    for (let r = 0; r < Math.min(rows.length, sample); r++)
      chars = Math.max(chars, cellText(rows[r]![index]).length);
    return Math.max(80, Math.min(320, Math.round(chars * 7.4 + 28)));
  });
}
