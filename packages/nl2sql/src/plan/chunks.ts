import type { Chunk } from '../match.ts';
import type { Aggregate } from '../lexicon.ts';
import type { ColumnInfo } from '../schema/model.ts';
import type { Concept, Marker } from '../schema/vocabulary.ts';
import type { Token } from '../text/tokenize.ts';
import type { ColumnChoice, DimensionIntent, MeasureIntent } from './intent-types.ts';

/** Reading matched chunks: which concept they name and what role they can play. */

const PRICE_LIKE = /(price|rate|ratio|percent|pct|score|age|discount|cost|fee)/;

export function topConcept(chunk: Chunk): Concept | undefined {
  return chunk.candidates[0]?.concept;
}

export function markerOf(chunk: Chunk | undefined): Marker | undefined {
  const c = chunk && topConcept(chunk);
  return c?.kind === 'marker' ? c.marker : undefined;
}

export function numberOf(chunk: Chunk | undefined): number | undefined {
  if (!chunk) return undefined;
  if (chunk.number !== undefined) return chunk.number;
  const m = markerOf(chunk);
  return m?.type === 'numberWord' ? m.value : undefined;
}

export const isConcept = (chunk: Chunk | undefined): chunk is Chunk =>
  !!chunk && chunk.candidates.length > 0 && topConcept(chunk)?.kind !== 'marker';

export function columnChoice(
  chunk: Chunk,
  tokens: Token[],
  filter?: (c: ColumnInfo) => boolean,
): ColumnChoice | undefined {
  const options = chunk.candidates.flatMap((c) =>
    c.concept.kind === 'column' && (!filter || filter(c.concept.column))
      ? [{ column: c.concept.column, weight: c.weight }]
      : [],
  );
  return options.length > 0 ? { options, words: wordsOf(chunk, tokens) } : undefined;
}

export function wordsOf(chunk: Chunk, tokens: Token[]): string {
  return tokens
    .slice(chunk.start, chunk.end)
    .map((t) => t.raw)
    .join(' ');
}

export function tableOf(chunk: Chunk): string | undefined {
  for (const c of chunk.candidates) if (c.concept.kind === 'table') return c.concept.table;
  return undefined;
}

function defaultAggregate(column: ColumnInfo): Aggregate {
  const declared = column.aggregation?.toLowerCase();
  if (declared === 'sum' || declared === 'avg' || declared === 'min' || declared === 'max') return declared;
  return PRICE_LIKE.test(column.words.join(' ')) ? 'avg' : 'sum';
}

/** Reads a chunk as a measure: a glossary metric, a count of a table's rows, or an aggregate of a column. */
export function measureFrom(chunk: Chunk, tokens: Token[], aggregate?: Aggregate): MeasureIntent | undefined {
  const words = wordsOf(chunk, tokens);
  const metrics = chunk.candidates.flatMap((c) =>
    c.concept.kind === 'metric' ? [{ metric: c.concept.metric, weight: c.weight }] : [],
  );
  // A metric reading wins unless a table or column reads the same words better ("loans" is a table before it is "loan fees").
  const bestOther = Math.max(
    0,
    ...chunk.candidates
      .filter((c) => c.concept.kind === 'table' || c.concept.kind === 'column')
      .map((c) => c.weight),
  );
  if (metrics.length > 0 && (metrics[0]?.weight ?? 0) >= bestOther) {
    return { kind: 'metric', options: metrics, aggregate, words };
  }
  const table = tableOf(chunk);
  const columns = columnChoice(
    chunk,
    tokens,
    (c) => !c.isKey || aggregate === 'count' || aggregate === 'countDistinct',
  );
  if (
    table &&
    (!columns || (columns.options[0]?.weight ?? 0) <= 0.85) &&
    (aggregate === undefined || aggregate === 'count')
  ) {
    return { kind: 'count', table, words };
  }
  if (!columns) return undefined;
  const first = columns.options[0]?.column;
  if (!first) return undefined;
  if (aggregate === 'count' || aggregate === 'countDistinct')
    return { kind: 'aggregate', aggregate: 'countDistinct', column: columns, words };
  if (first.kind !== 'number') return undefined;
  return {
    kind: 'aggregate',
    aggregate: aggregate ?? defaultAggregate(first),
    column: { ...columns, options: columns.options.filter((o) => o.column.kind === 'number') },
    words,
  };
}

export function dimensionFrom(chunk: Chunk, tokens: Token[]): DimensionIntent | undefined {
  const columns = columnChoice(chunk, tokens);
  const table = tableOf(chunk);
  const tableWeight = chunk.candidates.find((c) => c.concept.kind === 'table')?.weight ?? 0;
  if (columns && (columns.options[0]?.weight ?? 0) >= tableWeight) return { kind: 'column', column: columns };
  if (table) return { kind: 'entity', table, words: wordsOf(chunk, tokens) };
  return columns ? { kind: 'column', column: columns } : undefined;
}

/** Assigns each matched phrase a role: measure, dimension, filter, ranking, time hint or context. */
/** The chunk names just the table ("members"), not a metric phrase around it ("number of members"). */
export function isBareEntity(chunk: Chunk, table: string, tokens: Token[]): boolean {
  return (
    chunk.candidates.some(
      (c) => c.concept.kind === 'table' && c.concept.table === table && !c.concept.partial,
    ) &&
    chunk.end - chunk.start <= 2 &&
    !tokens.slice(chunk.start, chunk.end).some((t) => t.norm === 'of')
  );
}

export function isSingular(chunk: Chunk, tokens: Token[]): boolean {
  const last = tokens[chunk.end - 1];
  return !!last && !(last.norm.endsWith('s') && last.stem !== last.norm);
}
