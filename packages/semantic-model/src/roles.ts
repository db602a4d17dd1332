import { expandedWords, splitIdentifier } from './labels.ts';
import type { ColumnProfile, ColumnRole, TableProfile } from './types.ts';
import { isNumericFamily, typeFamily } from './types-normalize.ts';

export interface RoleGuess {
  role: ColumnRole;
  aggregation: string | null;
}

/** Quantities that add up across rows. */
const ADDITIVE = new Set([
  'amount',
  'revenue',
  'quantity',
  'count',
  'cost',
  'sales',
  'total',
  'sum',
  'units',
  'volume',
  'spend',
  'spending',
  'profit',
  'margin',
  'income',
  'expense',
  'expenses',
  'tax',
  'fee',
  'fees',
  'discount',
  'balance',
  'payment',
  'salary',
  'wage',
  'pay',
  'earnings',
  'budget',
  'value',
  'gmv',
  'views',
  'clicks',
  'impressions',
  'visits',
  'sessions',
  'orders',
  'items',
  'hours',
  'minutes',
  'seconds',
  'duration',
  'weight',
  'distance',
  'points',
  'commission',
  'refund',
  'refunds',
  'shipping',
  'freight',
  'credit',
  'debit',
  'stock',
  'inventory',
  'population',
  'sold',
  'shipped',
  'returned',
  'ordered',
  'received',
  'booked',
  'consumed',
  'produced',
  'downloads',
  'installs',
]);
/** Quantities that make sense averaged, not summed. */
const INTENSIVE = new Set([
  'price',
  'rate',
  'ratio',
  'percent',
  'percentage',
  'pct',
  'score',
  'age',
  'temperature',
  'rating',
  'average',
  'avg',
  'mean',
  'median',
  'share',
  'probability',
  'latitude',
  'longitude',
  'height',
  'length',
  'width',
  'speed',
  'density',
  'margin_pct',
  'index',
  'level',
  'grade',
  'satisfaction',
  'nps',
  'conversion',
  'utilization',
  'humidity',
  'pressure',
  'elevation',
  'altitude',
  'bmi',
  'yield',
  'efficiency',
  'accuracy',
]);
/** Numeric columns that are categories, not quantities. */
const NUMERIC_DIMENSION = new Set([
  'year',
  'month',
  'quarter',
  'week',
  'day',
  'weekday',
  'hour',
  'flag',
  'code',
  'type',
  'status',
  'category',
  'class',
  'tier',
  'rank',
  'zip',
  'postal',
  'phone',
  'version',
  'fiscal',
  'period',
  'segment',
  'group',
  'bucket',
  'floor',
  'room',
  'digit',
  'sequence',
  'position',
  'order',
  'priority',
]);
const KEY_SUFFIXES = new Set(['id', 'key', 'uuid', 'guid', 'pk', 'fk', 'sk']);
const KEY_NUMBER_WORDS = new Set(['number', 'no', 'num', 'nbr', 'code', 'ref', 'reference']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** A column whose distinct values cover at least this share of rows is unique for our purposes (sampling). */
const UNIQUE_SHARE = 0.98;
/** Below this many rows uniqueness says nothing. */
const MIN_ROWS_FOR_UNIQUENESS = 20;
const LOW_CARDINALITY = 12;

function values(column: ColumnProfile): string[] {
  return (column.topValues ?? []).filter((value) => value !== '');
}

function allMatch(column: ColumnProfile, pattern: RegExp): boolean {
  const sample = values(column);
  return (
    sample.length > 0 &&
    sample.every((value) => pattern.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10))))
  );
}

function rowCount(column: ColumnProfile, table?: TableProfile): number | undefined {
  return column.rowCount ?? table?.rowCount;
}

/** Whether the column's distinct count is (about) its row count, when both are known. */
export function looksUnique(column: ColumnProfile, table?: TableProfile): boolean {
  const rows = rowCount(column, table);
  if (rows === undefined || column.distinctCount === undefined || rows < MIN_ROWS_FOR_UNIQUENESS)
    return false;
  const nonNull = rows - (column.nullCount ?? 0);
  return column.distinctCount >= nonNull * UNIQUE_SHARE;
}

/** Named like a key: `id`, `*_id`, `*Id`, `*ID`, `*_key`, `*_uuid`. */
export function hasKeyName(name: string): boolean {
  const words = splitIdentifier(name);
  return KEY_SUFFIXES.has(words[words.length - 1] ?? '');
}

function isUuidColumn(column: ColumnProfile): boolean {
  if (typeFamily(column.type) === 'uuid') return true;
  const sample = values(column);
  return sample.length > 0 && sample.every((value) => UUID.test(value));
}

export function isTimeColumn(column: ColumnProfile): boolean {
  const family = typeFamily(column.type);
  if (family === 'date' || family === 'timestamp') return true;
  return family === 'string' && allMatch(column, ISO_DATE);
}

function aggregationFor(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (INTENSIVE.has(word)) return 'avg';
    if (ADDITIVE.has(word)) return 'sum';
  }
  return 'sum';
}

function isLowCardinality(column: ColumnProfile): boolean {
  return column.distinctCount !== undefined && column.distinctCount <= LOW_CARDINALITY;
}

function isNumericDimension(column: ColumnProfile, words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.some((word) => NUMERIC_DIMENSION.has(word)) && !ADDITIVE.has(last) && !INTENSIVE.has(last))
    return true;
  if (/^(is|has|can|should|was)$/.test(words[0] ?? '')) return true;
  if (
    typeFamily(column.type) !== 'integer' ||
    words.some((word) => ADDITIVE.has(word) || INTENSIVE.has(word))
  )
    return false;
  return isLowCardinality(column);
}

/** Role and default aggregation of a column from its name, its type and what was measured of it. */
export function inferRole(column: ColumnProfile, table?: TableProfile): RoleGuess {
  const family = typeFamily(column.type);
  const words = expandedWords(column.name);
  if (isTimeColumn(column)) return { role: 'TIME', aggregation: null };
  if (hasKeyName(column.name) || isUuidColumn(column)) return { role: 'IDENTIFIER', aggregation: null };
  if (family === 'integer' || family === 'string') {
    const numberLike =
      words.some((word) => KEY_NUMBER_WORDS.has(word)) && !words.some((word) => ADDITIVE.has(word));
    const plainInteger =
      family === 'integer' && !words.some((word) => ADDITIVE.has(word) || INTENSIVE.has(word));
    if ((numberLike || plainInteger) && looksUnique(column, table))
      return { role: 'IDENTIFIER', aggregation: null };
  }
  if (isNumericFamily(family) && !isNumericDimension(column, words))
    return { role: 'MEASURE', aggregation: aggregationFor(words) };
  return { role: 'DIMENSION', aggregation: null };
}
