import { readFile, writeFile } from 'node:fs/promises';
import { constants, createGunzip } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { toJsonValue, type Column } from '../../engines/types.ts';
import { createTextNormaliser, type Encoding } from './encoding.ts';
import { ident, importTable, type ImportSource } from './import-table.ts';
import { importInstanceSettings, type DuckdbImportSettings } from './landing.ts';

export const PREVIEW_ROWS = 20;
/** How much of a gzip preview is inflated. */
const PREVIEW_INFLATED_BYTES = 32 * 1024 * 1024;

/**
 * The first part of a gzip file, inflated as far as it goes (it is cut short by design) and
 * normalised to UTF-8 like an uncompressed upload: DuckDB would see half a last row otherwise.
 */
async function inflatePrefix(file: string): Promise<Encoding> {
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [];
  let size = 0;
  const done = new Promise<void>((resolve) => {
    gunzip.on('data', (chunk: Buffer) => {
      parts.push(chunk);
      size += chunk.length;
      if (size >= PREVIEW_INFLATED_BYTES) gunzip.destroy();
    });
    gunzip
      .on('end', resolve)
      .on('close', resolve)
      .on('error', () => resolve());
  });
  gunzip.end(await readFile(file));
  await done;
  const normaliser = createTextNormaliser();
  await writeFile(file, Buffer.concat([...parts.map((part) => normaliser.push(part)), normaliser.end()]));
  return normaliser.encoding();
}

export interface FilePreview {
  table: string;
  format: string;
  delimiter?: string;
  header?: boolean;
  encoding?: Encoding;
  sheets?: string[];
  sheet?: string;
  columns: Column[];
  rows: unknown[][];
}

/** Where a JSON array cut short ends its last whole element: the text up to there, closed with `]`. */
export function closeJsonArray(text: string): string {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastElementEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 1) lastElementEnd = i;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return lastElementEnd >= 0 ? `${text.slice(0, lastElementEnd + 1)}]` : text;
}

/**
 * The client sends the first part of a CSV or JSON file for a preview: cut it after its last whole
 * record (last newline; for a JSON array, its last whole element) so the sniffer sees no half row.
 */
export function completeRecords(text: string, format: 'csv' | 'json'): string {
  if (format === 'json' && text.trimStart().startsWith('[')) return closeJsonArray(text);
  const end = text.lastIndexOf('\n');
  return end >= 0 ? text.slice(0, end + 1) : text;
}

/**
 * What the file will look like as a table, from its first part: the same import as a landing
 * (dialect, header, types), into a private in-memory database, then the first rows.
 */
export async function previewFile(options: {
  source: ImportSource;
  table: string;
  encoding: Encoding | null;
  settings: DuckdbImportSettings;
}): Promise<FilePreview> {
  const { table } = options;
  let { source, encoding } = options;
  if ((source.format === 'csv' || source.format === 'json') && source.compression === 'gzip') {
    encoding = await inflatePrefix(source.file);
    source = { ...source, compression: null };
  }
  if ((source.format === 'csv' || source.format === 'json') && source.compression === null) {
    await writeFile(source.file, completeRecords(await readFile(source.file, 'utf8'), source.format));
  }
  const instance = await DuckDBInstance.create(':memory:', importInstanceSettings(options.settings));
  const connection = await instance.connect();
  try {
    const outcome = await importTable(connection, table, source);
    const described = (await connection.runAndReadAll(`DESCRIBE ${ident(table)}`)).getRows();
    const columns = described.map((row) => ({ name: String(row[0]), type: String(row[1]) }));
    const dates = new Set(columns.flatMap((c, i) => (c.type === 'DATE' ? [i] : [])));
    const rows = (await connection.runAndReadAll(`SELECT * FROM ${ident(table)} LIMIT ${PREVIEW_ROWS}`))
      .getRowsJS()
      .map((row) =>
        row.map((value, i) =>
          dates.has(i) && value instanceof Date ? value.toISOString().slice(0, 10) : toJsonValue(value),
        ),
      );
    return {
      table,
      format: source.format.toUpperCase(),
      ...outcome,
      ...(encoding ? { encoding } : {}),
      columns,
      rows,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
