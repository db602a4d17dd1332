import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column } from '../../engines/types.ts';

/** A sheet holds 1 048 576 rows, the header included. */
export const XLSX_MAX_ROWS = 1_048_575;

type Kind = 'number' | 'date' | 'timestamp' | 'boolean' | 'text';
const NUMBER =
  /^(u?(tiny|small|medium|big|huge)?int(eger)?\d*|int\d*|u?int\d+|double|float\d*|real|numeric|decimal|number)/i;

export function cellKind(type: string): Kind {
  const t = type.replace(/^Nullable\((.*)\)$/, '$1');
  if (NUMBER.test(t)) return 'number';
  if (/^date$/i.test(t)) return 'date';
  if (/^(timestamp|datetime)/i.test(t)) return 'timestamp';
  if (/^bool/i.test(t)) return 'boolean';
  return 'text';
}

/** A JSON-safe result value as a typed cell value (numbers stay numbers, dates become dates). */
export function cellValue(kind: Kind, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      // Integers beyond 2^53 (sent as text) keep every digit as text.
      return Number.isFinite(number) &&
        (typeof value === 'number' || Number.isSafeInteger(number) || !/^-?\d+$/.test(String(value)))
        ? number
        : String(value);
    }
    case 'date':
    case 'timestamp': {
      const text = String(value);
      const date = new Date(
        kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)
          ? `${text}T00:00:00Z`
          : /[zZ]|[+-]\d\d:?\d\d$/.test(text)
            ? text
            : `${text.replace(' ', 'T')}Z`,
      );
      return Number.isNaN(date.getTime()) ? text : date;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * Streams rows to `out` as an .xlsx workbook (exceljs's streaming writer: each row is committed
 * as it is written, so the result is never held whole): a bold header row, then typed cells.
 */
export async function writeXlsx(
  out: Writable,
  columns: Column[],
  batches: AsyncIterable<unknown[][]>,
  maxRows = XLSX_MAX_ROWS,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Result');
  const kinds = columns.map((c) => cellKind(c.type));
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    width: Math.min(40, Math.max(10, c.name.length + 2)),
    style:
      kinds[i] === 'date'
        ? { numFmt: 'yyyy-mm-dd' }
        : kinds[i] === 'timestamp'
          ? { numFmt: 'yyyy-mm-dd hh:mm:ss' }
          : {},
  }));
  const header = sheet.addRow(columns.map((c) => c.name));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  outer: for await (const rows of batches) {
    for (const row of rows) {
      if (written >= maxRows) break outer;
      sheet.addRow(row.map((value, i) => cellValue(kinds[i]!, value))).commit();
      written += 1;
    }
  }
  sheet.commit();
  await workbook.commit();
}
