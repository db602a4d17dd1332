import type { Aggregate, AttributeKind, Comparison, Direction } from '../lexicon.ts';
import type { MetricInfo } from '../schema/glossary.ts';
import type { ColumnInfo } from '../schema/model.ts';

/** Competing readings of one phrase, best first. */
export interface ColumnChoice {
  options: { column: ColumnInfo; weight: number }[];
  words: string;
}

export type MeasureIntent =
  | {
      kind: 'metric';
      options: { metric: MetricInfo; weight: number }[];
      aggregate?: Aggregate;
      words: string;
    }
  | { kind: 'count'; table: string; words: string }
  | { kind: 'aggregate'; aggregate: Aggregate; column: ColumnChoice; words: string };

export type DimensionIntent =
  { kind: 'column'; column: ColumnChoice } | { kind: 'entity'; table: string; words: string };

export interface ValueFilterIntent {
  kind: 'value';
  /** Each option is one reading: the column the values belong to. */
  options: { column: ColumnInfo; weight: number; values: string[] }[];
  negated: boolean;
  words: string;
}

export type CompareTarget =
  | { kind: 'column'; column: ColumnChoice }
  | { kind: 'measure'; index?: number }
  | { kind: 'entity'; table: string };

export interface CompareFilterIntent {
  kind: 'compare';
  target: CompareTarget;
  op: Comparison;
  value: number;
  words: string;
}

export interface LiteralFilterIntent {
  kind: 'literal';
  text: string;
  /** A column or table mentioned right before the quoted text. */
  near?: ColumnChoice | { table: string };
}

export type FilterIntent = ValueFilterIntent | CompareFilterIntent | LiteralFilterIntent;

export interface Intent {
  measures: MeasureIntent[];
  dimensions: DimensionIntent[];
  filters: FilterIntent[];
  rank?: { direction: Direction; limit?: number };
  /** Requested sort order without a limit ("highest first"). */
  sort?: Direction;
  attributeRank?: { attribute: AttributeKind; direction: Direction; limit?: number };
  /** "top 5 <subject>", "which <subject>": what the answer rows are. */
  subject?: DimensionIntent & { singular: boolean };
  list: boolean;
  share: boolean;
  /** Date columns the question names ("who joined last year"). */
  timeHints: ColumnChoice[];
  /** Tables mentioned only to qualify something ("Swedish members"). */
  contextTables: string[];
  notes: string[];
}
