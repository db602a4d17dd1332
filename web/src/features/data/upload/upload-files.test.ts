import { describe, expect, it } from 'vitest';
import {
  formatFromName,
  parsePreview,
  previewSlice,
  sourceNameFromFile,
  tableNameError,
  tableNameFromFile,
  uploadErrorMessage,
} from './upload-files';

describe('formatFromName', () => {
  it('reads the format from the extension, compressed ones included', () => {
    expect(formatFromName('Sales.CSV')).toBe('CSV');
    expect(formatFromName('events.ndjson.gz')).toBe('JSON');
    expect(formatFromName('orders.parquet')).toBe('PARQUET');
    expect(formatFromName('budget.xlsx')).toBe('XLSX');
  });

  it('is null for unsupported or extension-less names', () => {
    expect(formatFromName('notes.docx')).toBeNull();
    expect(formatFromName('README')).toBeNull();
    expect(formatFromName('old.xls')).toBeNull();
  });
});

describe('table names', () => {
  it('derives a valid table name from the file name', () => {
    expect(tableNameFromFile('Sales 2024 (Q1).csv')).toBe('sales_2024_q1');
    expect(tableNameFromFile('2024-orders.csv.gz')).toBe('t_2024_orders');
    expect(tableNameFromFile('---.csv')).toBe('data');
  });

  it('validates [a-z_][a-z0-9_]* and duplicates among the files', () => {
    expect(tableNameError('orders', [])).toBeNull();
    expect(tableNameError('_tmp1', [])).toBeNull();
    expect(tableNameError('', [])).toBe('Table name is required');
    expect(tableNameError('Orders', [])).toMatch(/lowercase/);
    expect(tableNameError('1orders', [])).toMatch(/lowercase/);
    expect(tableNameError('order-lines', [])).toMatch(/lowercase/);
    expect(tableNameError('orders', ['orders'])).toBe('Another file has this table name');
    expect(tableNameError('a'.repeat(64), [])).toMatch(/63/);
  });

  it('names a new source after the first file', () => {
    expect(sourceNameFromFile('store_visits-2024.csv')).toBe('store visits 2024');
  });
});

describe('server answers', () => {
  it('reads a preview and ignores anything else', () => {
    const preview = parsePreview({
      preview: {
        table: 'sales',
        format: 'xlsx',
        sheets: ['Q1', 'Q2'],
        columns: [{ name: 'region', type: 'VARCHAR' }],
        rows: [['EU'], 'junk'],
      },
    });
    expect(preview).toMatchObject({
      table: 'sales',
      sheets: ['Q1', 'Q2'],
      columns: [{ name: 'region', type: 'VARCHAR' }],
      rows: [['EU']],
    });
    expect(parsePreview({ error: { code: 'BAD_USER_INPUT', message: 'no' } })).toBeNull();
    expect(parsePreview(null)).toBeNull();
  });

  it('shows the error message from the body, or one for the status', () => {
    expect(
      uploadErrorMessage(400, {
        error: { code: 'BAD_USER_INPUT', message: 'The file could not be read as CSV' },
      }),
    ).toBe('The file could not be read as CSV');
    expect(uploadErrorMessage(413, 'Payload Too Large')).toBe('The file is too large.');
    expect(uploadErrorMessage(0, null)).toMatch(/interrupted/);
    expect(uploadErrorMessage(502, null)).toBe('The upload failed (HTTP 502).');
  });

  it('previews the first megabyte, but the whole of an XLSX file', () => {
    const big = new Blob([new Uint8Array(3 * 1024 * 1024)]);
    expect(previewSlice(big, 'CSV').size).toBe(1024 * 1024);
    expect(previewSlice(big, 'XLSX').size).toBe(big.size);
  });
});
