import { AppError } from '@tessera/errors';

export type FileFormat = 'csv' | 'parquet' | 'json' | 'xlsx';

const FORMATS: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
  json: 'json',
  ndjson: 'json',
  jsonl: 'json',
  xlsx: 'xlsx',
};
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const FILE_EXTENSION = /\.(csv|tsv|txt|parquet|json|ndjson|jsonl|xlsx)(\.(gz|zst))?$/i;

/** The upload's format from the client's `format` (case-insensitive; NDJSON/JSONL are JSON). */
export function parseFormat(format: string | null | undefined): FileFormat {
  const parsed =
    FORMATS[
      String(format ?? '')
        .trim()
        .toLowerCase()
    ];
  if (!parsed)
    throw AppError.badInput(
      'format',
      'Format must be CSV, PARQUET, JSON (an array of objects or NDJSON) or XLSX',
    );
  return parsed;
}

/** Lowercase words joined by underscores ("Store visits.csv" → "store_visits"), at most 63 characters. */
function normalise(name: string, keepLeadingUnderscore = false): string {
  const words = name
    .trim()
    .replace(FILE_EXTENSION, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '_');
  return (keepLeadingUnderscore ? words : words.replace(/^_+/, '')).slice(0, 63).replace(/_+$/, '');
}

/** A table name derived from a source or file name: always valid (a leading digit gets `t_`). */
export function tableNameFor(sourceName: string): string {
  const name = normalise(sourceName).slice(0, 60);
  return /^[a-z_]/.test(name) ? name : `t_${name || 'data'}`;
}

/** A table name the client chose: normalised, then it must be a plain identifier. */
export function chosenTableName(table: string): string {
  const name = normalise(table, true);
  if (!TABLE_NAME.test(name)) {
    throw AppError.badInput(
      'table',
      'Table names are letters, digits and underscores (at most 63), starting with a letter or underscore',
    );
  }
  return name;
}
