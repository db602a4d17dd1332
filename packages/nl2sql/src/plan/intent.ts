import type { Chunk } from '../match.ts';
import { isRowCount } from '../schema/glossary.ts';
import type { Token } from '../text/tokenize.ts';
import {
  columnChoice,
  isBareEntity,
  isConcept,
  isSingular,
  markerOf,
  measureFrom,
  dimensionFrom,
  tableOf,
  topConcept,
  wordsOf,
} from './chunks.ts';
import { readFilters } from './intent-filters.ts';
import { findRanking } from './intent-ranking.ts';
import type { ColumnChoice, Intent, MeasureIntent } from './intent-types.ts';

/**
 * Gives each matched phrase a role. The order of the passes matters: rankings and their subject
 * first ("top 5 members by ..."), then what follows "by/per" (dimensions), then aggregate words
 * with their operand, then values and comparisons, then glossary metrics, then whatever is left.
 */

export interface IntentOptions {
  /** The question names a date range, a month or a time grain. */
  hasTime: boolean;
}

export function buildIntent(chunks: Chunk[], tokens: Token[], options: IntentOptions): Intent {
  const intent: Intent = {
    measures: [],
    dimensions: [],
    filters: [],
    list: false,
    share: false,
    timeHints: [],
    contextTables: [],
    notes: [],
  };
  const used = new Set<number>();
  const claim = (...indices: number[]): void => indices.forEach((i) => used.add(i));
  const free = (i: number): boolean => !used.has(i) && i >= 0 && i < chunks.length;

  for (const chunk of chunks) {
    const marker = markerOf(chunk);
    if (marker?.type === 'list') intent.list = true;
    if (marker?.type === 'share') intent.share = true;
  }
  findRanking(chunks, tokens, intent, claim);

  for (let i = 0; i < chunks.length; i++) {
    const marker = markerOf(chunks[i]);
    if (!free(i) || marker?.type !== 'group') continue;
    claim(i);
    for (let j = i + 1; j < chunks.length && free(j); j++) {
      const chunk = chunks[j];
      const m = markerOf(chunk);
      if (!chunk || m?.type === 'and') {
        claim(j);
        continue;
      }
      if (m?.type === 'aggregate' && isConcept(chunks[j + 1])) {
        const measure = measureFrom(chunks[j + 1] as Chunk, tokens, m.aggregate);
        if (measure) intent.measures.push(measure);
        claim(j, j + 1);
        break;
      }
      if (!isConcept(chunk)) break;
      const canMeasure =
        chunk.candidates.some((c) => c.concept.kind === 'metric') || (intent.subject && tableOf(chunk));
      if (intent.subject && canMeasure) {
        const measure = measureFrom(chunk, tokens);
        if (measure) intent.measures.push(measure);
        claim(j);
        break;
      }
      const dimension = dimensionFrom(chunk, tokens);
      if (!dimension) break;
      intent.dimensions.push(dimension);
      claim(j);
      if (markerOf(chunks[j + 1])?.type !== 'and') break;
    }
  }

  for (let i = 0; i < chunks.length; i++) {
    const marker = markerOf(chunks[i]);
    if (!free(i) || marker?.type !== 'aggregate') continue;
    claim(i);
    let aggregate = marker.aggregate;
    for (let j = i + 1; j < chunks.length; j++) {
      const chunk = chunks[j];
      if (!free(j) || !isConcept(chunk)) {
        const inner = markerOf(chunk);
        // "how many distinct learners": the count is of distinct ones
        if (
          inner?.type === 'aggregate' &&
          inner.aggregate === 'countDistinct' &&
          aggregate === 'count' &&
          free(j)
        ) {
          aggregate = 'countDistinct';
          claim(j);
        }
        if (chunk && inner?.type === 'aggregate') continue;
        if (!free(j) || markerOf(chunk)) break;
        continue;
      }
      if (topConcept(chunk)?.kind === 'value') continue;
      // "average learner rating": the table only says whose rating; the column after it is the operand.
      const after = chunks[j + 1];
      if (
        aggregate !== 'count' &&
        topConcept(chunk)?.kind === 'table' &&
        !columnChoice(chunk, tokens, (c) => c.kind === 'number' && !c.isKey) &&
        free(j + 1) &&
        isConcept(after) &&
        columnChoice(after, tokens, (c) => c.kind === 'number' && !c.isKey)
      ) {
        intent.contextTables.push(tableOf(chunk) as string);
        claim(j);
        continue;
      }
      const dated =
        aggregate === 'count'
          ? columnChoice(chunk, tokens, (c) => c.kind === 'date' || c.kind === 'timestamp')
          : undefined;
      const datedColumn = dated?.options[0]?.column;
      if (dated && datedColumn && topConcept(chunk)?.kind === 'column') {
        // "how many members joined ...": count the rows; the date column says which date the period is about.
        intent.measures.push({ kind: 'count', table: datedColumn.table, words: dated.words });
        intent.timeHints.push(dated);
        claim(j);
        break;
      }
      const measure = measureFrom(chunk, tokens, aggregate);
      if (measure) {
        intent.measures.push(measure);
        claim(j);
      }
      break;
    }
  }

  readFilters(chunks, tokens, intent, used);

  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!free(i) || !chunk) continue;
    if (markerOf(chunk)) continue;
    const concept = topConcept(chunk);
    if (!concept) continue;
    if (concept.kind === 'metric') {
      const measure = measureFrom(chunk, tokens);
      const table = tableOf(chunk);
      const countsRows =
        measure?.kind === 'count' || (measure?.kind === 'metric' && isRowCount(measure.options[0]?.metric));
      // "loans did Swedish members make": a second bare entity qualifies rather than adds a measure.
      const bare = countsRows && !!table && isBareEntity(chunk, table, tokens);
      const listed = markerOf(chunks[i - 1])?.type === 'and' && intent.measures.length > 0;
      // A bare entity ("members", "loans") may be what to list or what to count: decided with the rest.
      if (bare && !listed) continue;
      if (measure && !repeats(intent, measure)) intent.measures.push(measure);
      claim(i);
    }
  }
  readLeftovers(chunks, tokens, intent, used, options);
  return intent;
}

/** Columns and tables no rule claimed: time hints, default measures, extra dimensions or context. */
function readLeftovers(
  chunks: Chunk[],
  tokens: Token[],
  intent: Intent,
  used: Set<number>,
  options: IntentOptions,
): void {
  const entities: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk || used.has(i) || !isConcept(chunk)) continue;
    const concept = topConcept(chunk);
    if (concept?.kind === 'column') {
      const column = concept.column;
      const choice = columnChoice(chunk, tokens) as ColumnChoice;
      if (column.kind === 'date' || column.kind === 'timestamp') intent.timeHints.push(choice);
      else if (column.kind === 'number' && !column.isKey && intent.measures.length === 0) {
        const measure = measureFrom(chunk, tokens);
        if (measure) intent.measures.push(measure);
      } else if (column.kind === 'text' || column.kind === 'boolean')
        intent.dimensions.push({ kind: 'column', column: choice });
      used.add(i);
    } else if (concept?.kind === 'table' || (concept?.kind === 'metric' && tableOf(chunk))) {
      entities.push(chunk);
      used.add(i);
    }
  }
  const qualifiers = intent.notes
    .filter((n) => n.startsWith('qualifier:'))
    .map((n) => chunks[Number(n.slice(10))]);
  const valueFilter = intent.filters.find((f) => f.kind === 'value');
  if (
    intent.measures.length === 0 &&
    intent.share &&
    valueFilter?.kind === 'value' &&
    valueFilter.options[0]
  ) {
    // "deletion rate": the share of the value's table rows that have the value.
    intent.measures.push({
      kind: 'count',
      table: valueFilter.options[0].column.table,
      words: valueFilter.words,
    });
  }
  if (
    intent.measures.length === 0 &&
    !intent.subject &&
    entities.length === 0 &&
    qualifiers.length === 0 &&
    valueFilter?.kind === 'value' &&
    valueFilter.options[0]
  ) {
    // "logins per day": only a value was named; its rows are what to count (or list).
    const table = valueFilter.options[0].column.table;
    const listing = intent.list || (!options.hasTime && intent.dimensions.length === 0);
    if (listing) intent.contextTables.push(table);
    else intent.measures.push({ kind: 'count', table, words: valueFilter.words });
  }
  if (intent.measures.length === 0) {
    const entity = [...qualifiers, ...entities].find((c): c is Chunk => !!c);
    // A bare entity with conditions but no time or grouping reads as a listing ("books in Poetry over 300 pages").
    const filtered = intent.filters.length > 0 && !options.hasTime && intent.dimensions.length === 0;
    const listing = intent.list || (intent.subject && !intent.rank) || intent.attributeRank || filtered;
    if (entity && !listing) {
      const measure = measureFrom(entity, tokens, 'count');
      if (measure) intent.measures.push(measure);
      entities.splice(entities.indexOf(entity), 1);
    } else if (entity && !intent.subject) {
      intent.subject = {
        kind: 'entity',
        table: tableOf(entity) as string,
        words: wordsOf(entity, tokens),
        singular: isSingular(entity, tokens),
      };
      entities.splice(entities.indexOf(entity), 1);
    }
  }
  for (const chunk of entities) {
    const table = tableOf(chunk);
    if (table) intent.contextTables.push(table);
  }
}

/** The same glossary metric named twice ("staff turnover rate": "turnover" and "turnover rate") is one measure. */
function repeats(intent: Intent, measure: MeasureIntent): boolean {
  if (measure.kind !== 'metric') return false;
  const names = new Set(measure.options.map((o) => o.metric.name));
  return intent.measures.some((m) => m.kind === 'metric' && m.options.some((o) => names.has(o.metric.name)));
}
