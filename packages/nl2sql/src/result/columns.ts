import type { ResultColumn } from '../types.ts';

export type ResultKind = 'time' | 'number' | 'text';

const TIME_NAME = /(^|_)(date|day|week|month|quarter|year|time|timestamp|period|at)$/i;
const NUMERIC_TYPE = /INT|DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|HUGEINT|NUMBER/;

/** Whether a result column holds points in time, numbers or labels, from its type or its values. */
function classifyColumn(column: ResultColumn, values: unknown[]): ResultKind {
  const type = (column.type ?? '').toUpperCase();
  if (/DATE|TIME/.test(type)) return 'time';
  const present = values.filter((v) => v !== null && v !== undefined);
  if (
    present.length > 0 &&
    present.every(
      (v) => v instanceof Date || (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?([ T]|$)/.test(v)),
    )
  )
    return 'time';
  const numeric =
    NUMERIC_TYPE.test(type) ||
    (present.length > 0 && present.every((v) => typeof v === 'number' || typeof v === 'bigint'));
  if (!numeric) return 'text';
  const yearLike =
    present.length > 0 &&
    present.every((v) => Number.isInteger(Number(v)) && Number(v) >= 1900 && Number(v) <= 2100);
  return (/^(year|yr|fiscal_year)$/i.test(column.name) || TIME_NAME.test(column.name)) && yearLike
    ? 'time'
    : 'number';
}

export function classifyColumns(columns: ResultColumn[], rows: unknown[][]): ResultKind[] {
  return columns.map((c, i) =>
    classifyColumn(
      c,
      rows.map((r) => r[i]),
    ),
  );
}

export const isIdName = (name: string): boolean => /(^id$|_id$|Id$)/.test(name);

/** Measures that are averages, rates or shares: their sum means nothing. */
export const isNonAdditive = (name: string): boolean =>
  /(avg|average|mean|rate|ratio|share|pct|percent|median|min|max|price)/i.test(name);

export const isFractionName = (name: string): boolean =>
  /(rate|ratio|share|pct|percent|fraction)/i.test(name);
