// Pure parts of the upload screen: what each dropped file becomes (format, table name), the
// checks on it, and reading the upload endpoint's JSON answers.

export type UploadFormat = 'CSV' | 'PARQUET' | 'JSON' | 'XLSX';

const EXTENSIONS: Record<string, UploadFormat> = {
  csv: 'CSV',
  tsv: 'CSV',
  txt: 'CSV',
  'csv.gz': 'CSV',
  'tsv.gz': 'CSV',
  parquet: 'PARQUET',
  pq: 'PARQUET',
  json: 'JSON',
  ndjson: 'JSON',
  jsonl: 'JSON',
  'json.gz': 'JSON',
  'ndjson.gz': 'JSON',
  xlsx: 'XLSX',
};

export const ACCEPT = Object.keys(EXTENSIONS)
  .map((ext) => `.${ext}`)
  .join(',');
export const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;
export const PREVIEW_BYTES = 1024 * 1024;

/** The format from the file name's extension (`sales.csv.gz` → CSV), or null when unsupported. */
export function formatFromName(fileName: string): UploadFormat | null {
  const lower = fileName.toLowerCase();
  const parts = lower.split('.');
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const lastTwo = parts.length > 2 ? `${parts[parts.length - 2]}.${last}` : '';
  return EXTENSIONS[lastTwo] ?? EXTENSIONS[last] ?? null;
}

/** `Sales 2024 (Q1).csv` → `sales_2024_q1`; names that start with a digit get a `t_` prefix. */
export function tableNameFromFile(fileName: string): string {
  const base = fileName.replace(/(\.(gz))?$/i, '').replace(/\.[^.]+$/, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  if (!name) return 'data';
  return /^[a-z_]/.test(name) ? name : `t_${name}`;
}

/** A source name from the first file: `orders_2024.csv` → `orders 2024`. */
export function sourceNameFromFile(fileName: string): string {
  const base = fileName.replace(/(\.(gz))?$/i, '').replace(/\.[^.]+$/, '');
  return base.replace(/[_-]+/g, ' ').trim().slice(0, 120) || 'Uploaded files';
}

export function tableNameError(name: string, otherNames: string[]): string | null {
  if (!name) return 'Table name is required';
  if (name.length > 63) return 'Table names are 63 characters at most';
  if (!TABLE_NAME.test(name)) return 'Use lowercase letters, digits and _, starting with a letter or _';
  if (otherNames.includes(name)) return 'Another file has this table name';
  return null;
}

export interface PreviewColumn {
  name: string;
  type: string;
}

export interface UploadPreview {
  table: string;
  format: string;
  delimiter?: string;
  header?: boolean;
  encoding?: string;
  sheets?: string[];
  columns: PreviewColumn[];
  rows: unknown[][];
}

/** The `?preview=1` answer, or null when it is not one (an error, or a server without previews). */
export function parsePreview(body: unknown): UploadPreview | null {
  const preview = (body as { preview?: unknown } | null)?.preview as Partial<UploadPreview> | undefined;
  if (!preview || !Array.isArray(preview.columns)) return null;
  const columns = preview.columns
    .filter((c): c is PreviewColumn => typeof c?.name === 'string')
    .map((c) => ({ name: c.name, type: String(c.type ?? '') }));
  const rows = Array.isArray(preview.rows) ? preview.rows.filter(Array.isArray).slice(0, 20) : [];
  const sheets = Array.isArray(preview.sheets)
    ? preview.sheets.filter((s): s is string => typeof s === 'string')
    : undefined;
  return {
    ...preview,
    table: String(preview.table ?? ''),
    format: String(preview.format ?? ''),
    columns,
    rows,
    sheets,
  };
}

/** The message of a refused upload (`{ error: { code, message } }`), with a fallback per status. */
export function uploadErrorMessage(status: number, body: unknown): string {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string' && error.message) return error.message;
  if (status === 0) return 'The upload was interrupted. Check your connection and try again.';
  if (status === 413) return 'The file is too large.';
  return `The upload failed (HTTP ${status}).`;
}

/** The file's head for the preview: the first 1 MB, or all of an XLSX file (a zip is unreadable in part). */
export function previewSlice(file: Blob, format: UploadFormat): Blob {
  return format === 'XLSX' || file.size <= PREVIEW_BYTES ? file : file.slice(0, PREVIEW_BYTES);
}
