import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination.ts';

const id = '4b7f0c3e-1d2a-4e5f-8a9b-0c1d2e3f4a5b';

describe('cursors', () => {
  it('round-trip the keyset with microsecond precision and are opaque', () => {
    const position = { sortKey: '2025-03-01T10:20:30.123456Z', id };
    const cursor = encodeCursor(position);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toEqual(position);
    expect(decodeCursor(null)).toBeNull();
  });

  it('reject anything else as BAD_USER_INPUT on "after"', () => {
    for (const bad of [
      '',
      'abc',
      encodeCursor({ sortKey: '2025-03-01T10:20:30.123Z', id }),
      encodeCursor({ sortKey: '2025-02-30T99:00:00.000000Z', id }),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      );
    }
  });
});

describe('pages', () => {
  it('allow 0..100 items, default 50', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(100)).toBe(100);
    expect(pageSize(0)).toBe(0);
    expect(() => pageSize(101)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }));
  });

  it('use the extra row only to tell that a next page exists', async () => {
    const rows = [0, 1, 2].map((i) => ({
      id: `${i}${id.slice(1)}`,
      sortKey: `2025-03-01T10:20:3${i}.000000Z`,
    }));
    const page = toConnection(rows, 2, async () => 3);
    expect(page.edges.map((e) => e.node)).toEqual(rows.slice(0, 2));
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(rows[1]!) });
    expect(toConnection(rows, 3, async () => 3).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 3, async () => 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
