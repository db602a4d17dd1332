import { describe, expect, it } from 'vitest';
import {
  filterSchema,
  isSchemaShortcut,
  moveActive,
  rowKey,
  visibleRows,
  withModel,
  type SchemaTable,
} from './schema-search';

const tables: SchemaTable[] = [
  {
    name: 'orders',
    columns: [
      { name: 'id', type: 'INTEGER' },
      { name: 'store_id', type: 'INTEGER' },
      { name: 'total_amount', type: 'DOUBLE' },
    ],
  },
  {
    name: 'stores',
    label: 'Shops',
    columns: [
      { name: 'store_id', type: 'INTEGER' },
      { name: 'rgn_cd', type: 'VARCHAR', label: 'Region code' },
    ],
  },
  {
    name: 'customers',
    columns: [
      { name: 'id', type: 'INTEGER' },
      { name: 'email', type: 'VARCHAR' },
    ],
  },
];

const names = (result: ReturnType<typeof filterSchema>) =>
  result.map((f) => `${f.table.name}:${f.columns.map((c) => c.name).join(',')}`);

describe('filterSchema', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(filterSchema(tables, '  ')).toHaveLength(3);
  });

  it('keeps a matching table with all its columns, and only the matching columns of other tables', () => {
    expect(names(filterSchema(tables, 'STORE'))).toEqual(['orders:store_id', 'stores:store_id,rgn_cd']);
    expect(filterSchema(tables, 'store')[1]!.tableMatched).toBe(true);
  });

  it('searches labels too', () => {
    expect(names(filterSchema(tables, 'region'))).toEqual(['stores:rgn_cd']);
    expect(names(filterSchema(tables, 'shops'))).toEqual(['stores:store_id,rgn_cd']);
  });

  it('reads table.column as a table filter and a column filter', () => {
    expect(names(filterSchema(tables, 'ord.id'))).toEqual(['orders:id,store_id']);
    expect(names(filterSchema(tables, 'customers.'))).toEqual(['customers:id,email']);
    expect(filterSchema(tables, 'orders.nothing')).toEqual([]);
  });

  it('finds nothing for an unknown word', () => {
    expect(filterSchema(tables, 'zzz')).toEqual([]);
  });
});

describe('visibleRows', () => {
  it('shows tables closed until toggled open when not searching', () => {
    const rows = visibleRows(filterSchema(tables, ''), new Set(['stores']), false);
    expect(rows.map(rowKey)).toEqual([
      't:orders',
      't:stores',
      'c:stores.store_id',
      'c:stores.rgn_cd',
      't:customers',
    ]);
  });

  it('opens tables whose columns matched a search, and keeps a matched table closed, both until toggled', () => {
    const filtered = filterSchema(tables, 'store');
    expect(visibleRows(filtered, new Set(), true).map(rowKey)).toEqual([
      't:orders',
      'c:orders.store_id',
      't:stores',
    ]);
    expect(visibleRows(filtered, new Set(['orders', 'stores']), true).map(rowKey)).toEqual([
      't:orders',
      't:stores',
      'c:stores.store_id',
      'c:stores.rgn_cd',
    ]);
  });
});

describe('withModel', () => {
  it('adds useful labels and roles from the model', () => {
    const merged = withModel(
      [
        {
          name: 'stores',
          columns: [
            { name: 'rgn_cd', type: 'VARCHAR' },
            { name: 'store_id', type: 'INTEGER' },
            { name: 'opened', type: 'DATE' },
          ],
        },
      ],
      {
        tables: [
          {
            name: 'stores',
            label: 'Stores',
            columns: [
              { name: 'rgn_cd', label: 'Region code', role: 'DIMENSION' },
              { name: 'store_id', label: 'Store id', role: 'IDENTIFIER' },
            ],
          },
        ],
      },
    );
    expect(merged).toEqual([
      {
        name: 'stores',
        columns: [
          { name: 'rgn_cd', type: 'VARCHAR', label: 'Region code', role: 'DIMENSION' },
          { name: 'store_id', type: 'INTEGER', role: 'IDENTIFIER' },
          { name: 'opened', type: 'DATE' },
        ],
      },
    ]);
  });

  it('works without a model', () => {
    expect(withModel([{ name: 't', columns: [{ name: 'a', type: 'INT' }] }], null)).toEqual([
      { name: 't', columns: [{ name: 'a', type: 'INT' }] },
    ]);
  });
});

describe('moveActive', () => {
  it('moves within bounds and enters from either end', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(2);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(0);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});

describe('isSchemaShortcut', () => {
  const key = (
    k: string,
    mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }>,
  ) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('is Ctrl or Cmd with Shift and E, nothing else', () => {
    expect(isSchemaShortcut(key('E', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isSchemaShortcut(key('e', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isSchemaShortcut(key('e', { ctrlKey: true }))).toBe(false);
    expect(isSchemaShortcut(key('E', { shiftKey: true }))).toBe(false);
    expect(isSchemaShortcut(key('E', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });
});
