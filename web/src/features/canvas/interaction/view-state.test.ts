import { describe, expect, it } from 'vitest';
import {
  changedFilters,
  interactionsReading,
  markValue,
  removeInteraction,
  sharedInteractionsOf,
  toggleInteraction,
  type InteractionFilter,
} from './view-state';

const books: InteractionFilter = { field: 'category', value: 'Books', sourceBlockId: 'chart' };

describe('interaction filters', () => {
  it('clicking the same mark again clears it; another value of the same block replaces it', () => {
    const once = toggleInteraction([], books);
    expect(once).toEqual([books]);
    expect(toggleInteraction(once, books)).toEqual([]);
    const games = { ...books, value: 'Games' };
    expect(toggleInteraction(once, games)).toEqual([games]);
    const other = { ...books, sourceBlockId: 'table' };
    expect(toggleInteraction(once, other)).toEqual([books, other]);
    expect(removeInteraction([books, other], books)).toEqual([other]);
  });

  it('keeps at most 8 filters, dropping the oldest', () => {
    let list: InteractionFilter[] = [];
    for (let i = 0; i < 10; i++)
      list = toggleInteraction(list, { field: `f${i}`, value: i, sourceBlockId: 'b' });
    expect(list).toHaveLength(8);
    expect(list[0]!.field).toBe('f2');
  });

  it('a block reads the fields its result has, never its own marks', () => {
    const region = { field: 'region', value: 'EU', sourceBlockId: 'table' };
    const columns = [{ name: 'category' }, { name: 'revenue' }];
    expect(interactionsReading([books, region], columns)).toEqual([{ field: 'category', value: 'Books' }]);
    expect(interactionsReading([books, region], columns, 'chart')).toEqual([]);
    expect(interactionsReading([books], null)).toEqual([]);
  });

  it('reads numbers back as numbers and keeps other text', () => {
    expect(markValue('42')).toBe(42);
    expect(markValue('4.5')).toBe(4.5);
    expect(markValue('007')).toBe('007');
    expect(markValue('2024-01-01')).toBe('2024-01-01');
  });

  it('lists the filter values that differ from the shared defaults', () => {
    expect(
      changedFilters(
        { filters: { region: 'EU', year: 2024 }, interactions: [] },
        { region: 'EU', year: 2023 },
      ),
    ).toEqual({ year: 2024 });
  });

  it('reads the shared cross-filters of a document, well-formed entries only', () => {
    expect(sharedInteractionsOf(undefined)).toEqual([]);
    expect(
      sharedInteractionsOf([
        { field: 'category', value: 'Books', sourceBlockId: 'chart', extra: 1 },
        { field: 'region', value: { nested: true }, sourceBlockId: 'chart' },
        { value: 'x', sourceBlockId: 'chart' },
        'nope',
      ]),
    ).toEqual([{ field: 'category', value: 'Books', sourceBlockId: 'chart' }]);
  });
});
