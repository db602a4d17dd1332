import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '@tessera/errors';

type Cell = ExcelJS.CellValue;

/** One cell as CSV text: dates ISO (a date without time as a DATE), formulas by their result. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  if ('richText' in value) return cellText(value.richText.map((part) => part.text).join(''));
  if ('result' in value) return cellText((value.result ?? null) as Cell);
  if ('text' in value) return cellText(String(value.text));
  return ''; // an error cell (#N/A, #DIV/0!) or a shared formula without a cached result
}

const headerName = (value: Cell, index: number) => {
  const text = cellText(value).replace(/^"|"$/g, '').replaceAll('""', '"').trim();
  return `"${(text || `column_${index + 1}`).replaceAll('"', '""')}"`;
};

/**
 * Streams one sheet of an .xlsx file (the first, or the one named `sheet`) to a CSV file that
 * DuckDB then imports with its own type detection; the workbook is read with exceljs's streaming
 * reader, so it is never held in memory. The first row is the header; `maxRows` data rows at most.
 */
export async function xlsxToCsv(
  xlsx: string,
  csv: string,
  sheet: string | null,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<{ sheets: string[]; sheet: string; rows: number }> {
  const sheets: string[] = [];
  let chosen: string | null = null;
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsx, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const out = createWriteStream(csv);
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      sheets.push(name);
      const wanted =
        chosen === null && (sheet === null ? true : name.toLowerCase() === sheet.trim().toLowerCase());
      let width = 0;
      for await (const row of worksheet) {
        if (!wanted || rows >= maxRows) continue; // later sheets are only reached by reading past these rows
        const values = (row.values as Cell[]).slice(1);
        if (width === 0) {
          width = values.length;
          out.write(
            Array.from({ length: width }, (_, i) => headerName(values[i] ?? null, i)).join(',') + '\n',
          );
          continue;
        }
        const extra = values.findIndex((value, i) => i >= width && cellText(value ?? null) !== '');
        if (extra >= 0)
          throw AppError.badInput(
            'file',
            `The file could not be read as XLSX: row ${row.number}, column ${extra + 1} has a value but no header`,
          );
        rows += 1;
        if (!out.write(Array.from({ length: width }, (_, i) => cellText(values[i] ?? null)).join(',') + '\n'))
          await once(out, 'drain');
      }
      if (wanted) chosen = name;
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  if (chosen === null) {
    const what =
      sheet === null
        ? 'The workbook has no sheet'
        : `The workbook has no sheet named "${sheet.slice(0, 100)}" (sheets: ${sheets.slice(0, 20).join(', ')})`;
    throw AppError.badInput('sheet', what);
  }
  return { sheets, sheet: chosen, rows };
}
