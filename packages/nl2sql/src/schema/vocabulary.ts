import {
  AGGREGATE_PHRASES,
  ATTRIBUTE_SUPERLATIVES,
  COMPARISON_PHRASES,
  FILLER_WORDS,
  GROUP_MARKERS,
  LIST_WORDS,
  NEGATIONS,
  NUMBER_WORDS,
  RANK_WORDS,
  SHARE_WORDS,
  STOPWORDS,
} from '../lexicon.ts';
import type { Aggregate, AttributeKind, Comparison, Direction } from '../lexicon.ts';
import { stem } from '../text/stem.ts';
import { nameStems } from '../text/tokenize.ts';
import type { MetricInfo } from './glossary.ts';
import type { ColumnInfo, SchemaModel } from './model.ts';

export type Marker =
  | { type: 'aggregate'; aggregate: Aggregate }
  | { type: 'group' }
  | { type: 'rank'; direction: Direction }
  | { type: 'attributeRank'; attribute: AttributeKind; direction: Direction }
  | { type: 'comparison'; op: Comparison }
  | { type: 'negation' }
  | { type: 'list' }
  | { type: 'share' }
  | { type: 'and' }
  | { type: 'which' }
  | { type: 'numberWord'; value: number };

export type Concept =
  | { kind: 'metric'; metric: MetricInfo; partial: boolean }
  | { kind: 'table'; table: string; partial: boolean }
  | { kind: 'column'; column: ColumnInfo; partial: boolean }
  | { kind: 'value'; column: ColumnInfo; value: string; exact: boolean }
  | { kind: 'marker'; marker: Marker };

export interface Phrase {
  words: string[];
  concept: Concept;
  weight: number;
  /** For values: the lower-case words that make an exact (not only stem-equal) match. */
  exact?: string[];
  /** Read through a general-English synonym, not a name the source uses. */
  inferred?: boolean;
}

export const WEIGHT = {
  metric: 1,
  valueExact: 0.95,
  qualifiedColumn: 0.93,
  column: 0.9,
  marker: 0.88,
  table: 0.85,
  metricPartial: 0.6,
  columnPartial: 0.6,
  tablePartial: 0.55,
  valueStem: 0.9,
  valueDerived: 0.5,
  valueCoded: 0.8,
  valueLabel: 0.93,
  /** A general-English synonym of a name (WordNet or the model): below every name as written. */
  synonym: 0.58,
  description: 0.3,
} as const;

/** Currencies and units at the end of a measure's name (`amount_eur`, `dist_km`): "amount" names the column. */
const UNIT_SUFFIXES = [
  'eur',
  'usd',
  'gbp',
  'chf',
  'jpy',
  'cad',
  'aud',
  'inr',
  'cent',
  'km',
  'mi',
  'kg',
  'lb',
  'pct',
  'percent',
  'percentag',
];

/** Last words of column names that say what kind of value it is rather than what it is about. */
const GENERIC_SUFFIXES = new Set([
  'dat',
  'id',
  'at',
  'time',
  'timestamp',
  'on',
  'no',
  'num',
  'number',
  'cod',
  'key',
  'flag',
  'ts',
  'nam',
  'typ',
  'label',
  'titl',
  ...UNIT_SUFFIXES,
]);
const AGGREGATE_WORDS = new Set(Object.keys(AGGREGATE_PHRASES).flatMap((p) => p.split(' ').map(stem)));
const FILLER_STEMS = new Set([...FILLER_WORDS].map(stem));

export function isFiller(word: string): boolean {
  return FILLER_WORDS.has(word) || FILLER_STEMS.has(stem(word));
}

function markerPhrases(): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (text: string, marker: Marker): void => {
    phrases.push({
      words: text.split(' ').map(stem),
      concept: { kind: 'marker', marker },
      weight: WEIGHT.marker,
    });
  };
  for (const [text, aggregate] of Object.entries(AGGREGATE_PHRASES))
    add(text, { type: 'aggregate', aggregate });
  for (const text of GROUP_MARKERS) add(text, { type: 'group' });
  for (const [text, direction] of Object.entries(RANK_WORDS)) add(text, { type: 'rank', direction });
  for (const [text, s] of Object.entries(ATTRIBUTE_SUPERLATIVES)) add(text, { type: 'attributeRank', ...s });
  for (const [text, op] of Object.entries(COMPARISON_PHRASES)) add(text, { type: 'comparison', op });
  for (const text of NEGATIONS) add(text, { type: 'negation' });
  for (const text of LIST_WORDS.filter((w) => w !== 'which')) add(text, { type: 'list' });
  for (const text of SHARE_WORDS) add(text, { type: 'share' });
  for (const [text, value] of Object.entries(NUMBER_WORDS)) add(text, { type: 'numberWord', value });
  add('and', { type: 'and' });
  add('or', { type: 'and' });
  add('which', { type: 'which' });
  add('what', { type: 'which' });
  return phrases;
}

function columnPhrases(model: SchemaModel, tableWordSets: string[][]): Phrase[] {
  const phrases: Phrase[] = [];
  const modifierCount = new Map<string, number>();
  for (const table of model.tables.values())
    for (const c of table.columns)
      modifierCount.set(c.words[0] ?? '', (modifierCount.get(c.words[0] ?? '') ?? 0) + 1);
  const isTableWords = (words: string[]): boolean =>
    tableWordSets.some((t) => t.join(' ') === words.join(' '));
  for (const table of model.tables.values()) {
    for (const column of table.columns) {
      for (const alias of column.aliases) {
        const weight = alias.synonym ? WEIGHT.synonym : WEIGHT.column;
        const own: Phrase[] = [
          { words: alias.words, concept: { kind: 'column', column, partial: alias.synonym }, weight },
        ];
        if (!table.words.every((w, i) => alias.words[i] === w))
          own.push({
            words: [...table.words, ...alias.words],
            concept: { kind: 'column', column, partial: false },
            weight: weight + 0.03,
          });
        own.push(
          ...coreColumnPhrases(
            column,
            alias.words,
            table.words,
            isTableWords,
            alias.synonym ? WEIGHT.synonym - 0.08 : WEIGHT.columnPartial,
          ),
        );
        phrases.push(...own.map((p) => (alias.synonym ? { ...p, inferred: true } : p)));
      }
      const words = column.words;
      phrases.push({ words, concept: { kind: 'column', column, partial: false }, weight: WEIGHT.column });
      const startsWithTable = table.words.every((w, i) => words[i] === w);
      if (!startsWithTable) {
        phrases.push({
          words: [...table.words, ...words],
          concept: { kind: 'column', column, partial: false },
          weight: WEIGHT.qualifiedColumn,
        });
        // "loan fee" for library_loans.fee, "item title" for catalog_items.title
        if (table.words.length > 1) {
          for (const word of new Set(table.words)) {
            if (!isFiller(word) && word !== words[0])
              phrases.push({
                words: [word, ...words],
                concept: { kind: 'column', column, partial: false },
                weight: WEIGHT.qualifiedColumn - 0.01,
              });
          }
        }
      }
      phrases.push(...coreColumnPhrases(column, words, table.words, isTableWords, WEIGHT.columnPartial));
      const modifier = words[0] ?? '';
      if (
        words.length === 2 &&
        !column.isKey &&
        modifier.length >= 4 &&
        !GENERIC_SUFFIXES.has(words[1] ?? '') &&
        (modifierCount.get(modifier) ?? 0) === 1 &&
        !isTableWords([modifier]) &&
        !isFiller(modifier) &&
        !AGGREGATE_WORDS.has(modifier)
      ) {
        // "watch" for watchMins: the first word of a two-word name, when no other column starts with it
        phrases.push({
          words: [modifier],
          concept: { kind: 'column', column, partial: true },
          weight: WEIGHT.columnPartial - 0.1,
        });
      }
    }
  }
  return phrases;
}

/** The telling part of a longer column name on its own ("signup" for signup_date), and qualified by its table. */
function coreColumnPhrases(
  column: ColumnInfo,
  words: string[],
  tableWords: string[],
  isTableWords: (words: string[]) => boolean,
  weight: number,
): Phrase[] {
  if (column.isKey || words.length < 2) return [];
  const last = words.at(-1) ?? '';
  const core = GENERIC_SUFFIXES.has(last) ? words.slice(0, -1) : [last];
  if (core.length === 0 || isTableWords(core) || AGGREGATE_WORDS.has(core.join(' '))) return [];
  // "city" names city_name before city_code: a name is what people group by and read.
  if (last === 'cod') weight -= 0.02;
  const phrases: Phrase[] = [{ words: core, concept: { kind: 'column', column, partial: true }, weight }];
  if (!tableWords.every((w, i) => words[i] === w)) {
    phrases.push({
      words: [...tableWords, ...core],
      concept: { kind: 'column', column, partial: false },
      weight: weight + WEIGHT.qualifiedColumn - WEIGHT.columnPartial,
    });
  }
  return phrases;
}

/** Distinctive words of column descriptions ("enrolment" in "Date the member joined (enrolment date)"). */
function descriptionPhrases(model: SchemaModel, nameWords: Set<string>): Phrase[] {
  const owners = new Map<string, ColumnInfo[]>();
  for (const table of model.tables.values()) {
    for (const column of table.columns) {
      const words = new Set(nameStems(column.description ?? '').filter((w) => w.length >= 5));
      for (const w of words) owners.set(w, [...(owners.get(w) ?? []), column]);
    }
  }
  const phrases: Phrase[] = [];
  for (const [word, columns] of owners) {
    const [column] = columns;
    if (columns.length !== 1 || !column || nameWords.has(word) || isFiller(word) || AGGREGATE_WORDS.has(word))
      continue;
    phrases.push({
      words: [word],
      concept: { kind: 'column', column, partial: true },
      weight: WEIGHT.description,
    });
  }
  return phrases;
}

function valuePhrases(model: SchemaModel): Phrase[] {
  const phrases: Phrase[] = [];
  for (const entry of model.values) {
    const column = model.tables.get(entry.table)?.columns.find((c) => c.name === entry.column);
    if (!column) continue;
    for (const value of entry.values) {
      const exact = value
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (exact.length === 0 || exact.length > 6 || /^\d+$/.test(exact.join(''))) continue;
      if (exact.length === 1 && (STOPWORDS.has(exact[0] ?? '') || (exact[0] ?? '').length < 2)) continue;
      phrases.push({
        words: exact.map(stem),
        exact,
        concept: { kind: 'value', column, value, exact: true },
        weight: WEIGHT.valueExact,
      });
    }
    for (const { value, label } of entry.labels ?? []) {
      const exact = label
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (exact.length === 0 || exact.length > 6) continue;
      if (exact.length === 1 && (STOPWORDS.has(exact[0] ?? '') || (exact[0] ?? '').length < 3)) continue;
      phrases.push({
        words: exact.map(stem),
        exact,
        concept: { kind: 'value', column, value, exact: true },
        weight: WEIGHT.valueLabel,
      });
    }
  }
  return phrases;
}

/** Every phrase the matcher looks for: glossary terms, table and column names, values and general markers. */
export function buildVocabulary(model: SchemaModel): Phrase[] {
  const phrases: Phrase[] = [...markerPhrases()];
  const tableWordSets = [...model.tables.values()].map((t) => t.words);
  for (const metric of model.metrics) {
    for (const words of metric.terms) {
      phrases.push({ words, concept: { kind: 'metric', metric, partial: false }, weight: WEIGHT.metric });
      // One word of a longer term may stand for it ("turnover" for "staff turnover", "headcount" for "headcount growth"), at a lower weight.
      const ends = words.length > 1 ? new Set([words[0] ?? '', words.at(-1) ?? '']) : new Set<string>();
      for (const word of ends) {
        if (word.length >= 4 && !isFiller(word) && !AGGREGATE_WORDS.has(word)) {
          phrases.push({
            words: [word],
            concept: { kind: 'metric', metric, partial: true },
            weight: WEIGHT.metricPartial,
          });
        }
      }
    }
  }
  for (const table of model.tables.values()) {
    phrases.push({
      words: table.words,
      concept: { kind: 'table', table: table.name, partial: false },
      weight: WEIGHT.table,
    });
    for (const alias of table.aliases) {
      phrases.push({
        words: alias.words,
        concept: { kind: 'table', table: table.name, partial: alias.synonym },
        weight: alias.synonym ? WEIGHT.synonym - 0.05 : WEIGHT.table,
        ...(alias.synonym ? { inferred: true } : {}),
      });
    }
    const head = table.words.at(-1) ?? '';
    if (table.words.length > 1 && head.length >= 4 && !isFiller(head)) {
      phrases.push({
        words: [head],
        concept: { kind: 'table', table: table.name, partial: true },
        weight: WEIGHT.tablePartial,
      });
    }
  }
  phrases.push(...columnPhrases(model, tableWordSets));
  phrases.push(...valuePhrases(model));
  const nameWords = new Set(phrases.filter((p) => p.concept.kind !== 'value').flatMap((p) => p.words));
  phrases.push(...descriptionPhrases(model, nameWords));
  return phrases;
}
