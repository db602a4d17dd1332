import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue, writeXlsx } from './xlsx-writer.ts';

async function* batches(rows: unknown[][]) {
  yield rows.slice(0, 2);
  yield rows.slice(2);
}

describe('XLSX export', () => {
  it('writes a header row and typed cells that a spreadsheet reads back as numbers, dates and text', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const columns = [
      { name: 'id', type: 'BIGINT' },
      { name: 'day', type: 'DATE' },
      { name: 'amount', type: 'DECIMAL(10,2)' },
      { name: 'note', type: 'VARCHAR' },
      { name: 'ok', type: 'BOOLEAN' },
    ];
    await writeXlsx(
      out,
      columns,
      batches([
        [1, '2024-03-01', 12.5, '=1+1', true],
        [2, null, '9007199254740993', 'x', false],
        [3, '2024-03-03', 0, null, null],
      ]),
      2,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3); // header + maxRows
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['id', 'day', 'amount', 'note', 'ok']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      new Date('2024-03-01T00:00:00Z'),
      12.5,
      '=1+1',
      true,
    ]);
    expect(sheet.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String); // text that looks like a formula stays text
    expect(sheet.getRow(3).getCell(3).value).toBe('9007199254740993'); // beyond 2^53: every digit kept, as text
  });

  it('converts result values to cells by column type', () => {
    expect(cellValue('timestamp', '2024-03-01 10:20:30')).toEqual(new Date('2024-03-01T10:20:30Z'));
    expect(cellValue('number', '12.75')).toBe(12.75);
    expect(cellValue('text', { a: 1 })).toBe('{"a":1}');
    expect(cellValue('date', 'not a date')).toBe('not a date');
  });
});
