import { describe, expect, it } from 'vitest';
import { chosenTableName, parseFormat, tableNameFor } from './naming.ts';

describe('upload naming', () => {
  it('reads the format case-insensitively; NDJSON and JSONL are JSON; anything else is refused', () => {
    expect(['csv', 'CSV', ' Parquet ', 'json', 'NDJSON', 'jsonl', 'xlsx', 'TSV'].map(parseFormat)).toEqual([
      'csv',
      'csv',
      'parquet',
      'json',
      'json',
      'json',
      'xlsx',
      'csv',
    ]);
    for (const bad of ['xls', '', null, 'csv;drop'])
      expect(() => parseFormat(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('derives a valid table name from a source or file name', () => {
    expect(tableNameFor('Store visits')).toBe('store_visits');
    expect(tableNameFor('Ventes 2024 (été).CSV')).toBe('ventes_2024_ete');
    expect(tableNameFor('sales.csv.gz')).toBe('sales');
    expect(tableNameFor('2024 orders')).toBe('t_2024_orders');
    expect(tableNameFor('!!!')).toBe('t_data');
    expect(tableNameFor('x'.repeat(100))).toHaveLength(60);
  });

  it('normalises a chosen table name, then refuses one that is still not an identifier', () => {
    expect(chosenTableName('Order Lines')).toBe('order_lines');
    expect(chosenTableName('_staging')).toBe('_staging');
    expect(chosenTableName(`a${'b'.repeat(80)}`)).toHaveLength(63);
    expect(chosenTableName('"; DROP')).toBe('_drop');
    for (const bad of ['1st', '---', ' '])
      expect(() => chosenTableName(bad), bad).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
