import type { Comparison, Direction } from '../lexicon.ts';
import type { JoinStep } from '../schema/join-graph.ts';
import type { ColumnInfo } from '../schema/model.ts';
import type { Fragment } from '../schema/sql-fragment.ts';
import type { Grain } from '../time/dates.ts';

/** A measure's value, before dialect rendering. */
export type MeasureExpr =
  | { kind: 'fragment'; fragment: Fragment }
  | { kind: 'aggregate'; fn: 'SUM' | 'AVG' | 'MIN' | 'MAX'; inner: Fragment | ColumnInfo }
  | { kind: 'count' }
  | { kind: 'countDistinct'; column: ColumnInfo }
  /** Fraction of rows (or of `of`) that meet the condition. */
  | { kind: 'ratio'; condition: Condition; of?: Fragment | ColumnInfo }
  /** The measure divided by its total over all result rows. */
  | { kind: 'shareOfTotal'; of: MeasureExpr };

export type Condition =
  | { kind: 'in'; column: ColumnInfo; values: string[]; negated: boolean }
  | { kind: 'compare'; column: ColumnInfo; op: Comparison; value: number }
  | { kind: 'range'; column: ColumnInfo; start?: string; end?: string }
  | { kind: 'anyRange'; column: ColumnInfo; ranges: { start: string; end: string }[] }
  | { kind: 'monthOfYear'; column: ColumnInfo; months: number[] }
  | { kind: 'fragment'; fragment: Fragment };

export interface SelectItem {
  alias: string;
  role: 'dimension' | 'measure' | 'attribute';
  /** Plain-language name for explanations. */
  label: string;
  column?: ColumnInfo;
  grain?: Grain;
  /** Set on the columns that together stand for one row of a table ("member": id and name). */
  entity?: string;
  measure?: MeasureExpr;
  /** A glossary filter that applies to this measure only (rendered inside it when measures differ). */
  measureFilter?: Fragment;
  definition?: string;
  /** What a "share" of this measure divides: its rows, or the summed value. Unset when it has no such reading. */
  ratioOf?: Fragment | ColumnInfo | 'rows';
}

export interface Query {
  base: string;
  joins: JoinStep[];
  select: SelectItem[];
  where: Condition[];
  having: { alias: string; op: Comparison; value: number }[];
  aggregated: boolean;
  distinct: boolean;
  orderBy: { alias: string; direction: Direction }[];
  limit?: number;
}
