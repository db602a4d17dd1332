import { describe, expect, it } from 'vitest';
import { cellText, columnWidths, compareValues, isNumericType, nextSort, sortedOrder } from './table-model';

describe('result table model', () => {
  const rows = [
    ['b', 10, null],
    ['a', 2, 'x'],
    ['c', '30', 'y'],
    [null, 2, 'z'],
  ];

  it('sorts numbers numerically (also numeric strings from DECIMAL columns), stably', () => {
    expect(sortedOrder(rows, { column: 1, direction: 'asc' })).toEqual([1, 3, 0, 2]);
    expect(sortedOrder(rows, { column: 1, direction: 'desc' })).toEqual([2, 0, 1, 3]);
  });

  it('keeps nulls last in both directions', () => {
    expect(sortedOrder(rows, { column: 0, direction: 'asc' })).toEqual([1, 0, 2, 3]);
    expect(sortedOrder(rows, { column: 0, direction: 'desc' })).toEqual([2, 0, 1, 3]);
  });

  it('cycles header clicks asc → desc → unsorted', () => {
    const a = nextSort(null, 2);
    expect(a).toEqual({ column: 2, direction: 'asc' });
    const d = nextSort(a, 2);
    expect(d).toEqual({ column: 2, direction: 'desc' });
    expect(nextSort(d, 2)).toBeNull();
    expect(nextSort(d, 1)).toEqual({ column: 1, direction: 'asc' });
  });

  it('formats cells and recognises numeric engine types', () => {
    expect(cellText(null)).toBe('NULL');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText('2025-03-01T00:00:00.000Z')).toBe('2025-03-01');
    expect(cellText('2025-03-01T10:30:00.000Z')).toBe('2025-03-01T10:30:00.000Z');
    expect(isNumericType('DECIMAL(12,2)')).toBe(true);
    expect(isNumericType('VARCHAR')).toBe(false);
    expect(compareValues('item 2', 'item 10')).toBeLessThan(0);
  });

  it('sizes columns within bounds', () => {
    const widths = columnWidths(
      [{ name: 'id' }, { name: 'a_rather_long_column_name' }],
      [[1, 'x'.repeat(200)]],
    );
    expect(widths[0]).toBe(80);
    expect(widths[1]).toBe(320);
  });
});
