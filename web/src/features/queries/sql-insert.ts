// What inserting a table or column from the schema browser writes into SQL: a quoted identifier
// when it needs one, spaces so it never glues onto the neighbouring word, and a comma when it
// follows another item of a list (`SELECT a|` + b → `SELECT a, b`).
import type { EditorView } from '@codemirror/view';

export type SqlDialect = 'postgres' | 'mysql';

/** The drag type an editor reads to insert with spacing (text/plain is set too for other targets). */
export const SCHEMA_DRAG_TYPE = 'application/x-tessera-sql';

const SIMPLE = /^[a-z_][a-z0-9_]*$/;
// Words that are reserved in the engines we run and common as column names.
const RESERVED = new Set([
  'all',
  'and',
  'as',
  'by',
  'case',
  'check',
  'column',
  'date',
  'default',
  'desc',
  'asc',
  'end',
  'from',
  'group',
  'having',
  'in',
  'index',
  'key',
  'limit',
  'not',
  'null',
  'or',
  'order',
  'rank',
  'select',
  'table',
  'to',
  'union',
  'user',
  'where',
  'window',
  'with',
]);

/** MySQL/MariaDB for the MYSQL kind; standard double quotes for every other engine. */
export function dialectOf(kind: string | null | undefined): SqlDialect {
  return kind === 'MYSQL' ? 'mysql' : 'postgres';
}

export function quoteIdentifier(name: string, dialect: SqlDialect = 'postgres'): string {
  if (SIMPLE.test(name) && !RESERVED.has(name)) return name;
  return dialect === 'mysql' ? `\`${name.replaceAll('`', '``')}\`` : `"${name.replaceAll('"', '""')}"`;
}

/** `table` for a table, `table.column` for a column, each part quoted as needed. */
export function referenceText(
  table: string,
  column: string | null,
  dialect: SqlDialect = 'postgres',
): string {
  const t = quoteIdentifier(table, dialect);
  return column === null ? t : `${t}.${quoteIdentifier(column, dialect)}`;
}

// After these words an identifier starts a new clause item, so no comma goes before it.
const KEYWORDS = new Set([
  'select',
  'from',
  'where',
  'and',
  'or',
  'not',
  'on',
  'join',
  'inner',
  'left',
  'right',
  'full',
  'outer',
  'cross',
  'natural',
  'lateral',
  'by',
  'group',
  'order',
  'having',
  'as',
  'distinct',
  'case',
  'when',
  'then',
  'else',
  'in',
  'is',
  'like',
  'ilike',
  'between',
  'limit',
  'offset',
  'with',
  'union',
  'intersect',
  'except',
  'all',
  'using',
  'over',
  'partition',
  'exists',
  'any',
  'some',
  'interval',
  'filter',
  'top',
  'qualify',
  'window',
  'rows',
  'range',
  'cast',
  'extract',
  'if',
  'null',
  'nulls',
  'first',
  'last',
  'distinctrow',
  'straight_join',
  'recursive',
]);

const WORD_CHAR = /[\w$]/;
// The last token before the cursor: an identifier, a quoted identifier, `)` or a lone `*`.
const LIST_ITEM_END = /(?:([A-Za-z_][\w$]*)|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\)|(?:^|[\s,(])\*)$/;

export interface Insertion {
  changes: { from: number; to: number; insert: string }[];
  /** Where the cursor goes afterwards (in the new document). */
  cursor: number;
}

/**
 * The edit that puts `text` over the selection `from`..`to` of `doc`: a leading space when it would
 * touch the previous word, a comma after a previous list item (placed right after that item, even
 * across whitespace), and a trailing space when the next character is part of a word.
 */
export function insertionFor(doc: string, from: number, to: number, text: string): Insertion {
  const before = doc.slice(0, from);
  const after = doc.slice(to);
  const trimmed = before.replace(/\s+$/, '');
  const item = LIST_ITEM_END.exec(trimmed);
  const previousIsListItem = item !== null && !(item[1] && KEYWORDS.has(item[1].toLowerCase()));
  const changes: Insertion['changes'] = [];
  let insert = text;
  let shift = 0;
  if (previousIsListItem) {
    if (trimmed.length === before.length) insert = `, ${insert}`;
    else {
      changes.push({ from: trimmed.length, to: trimmed.length, insert: ',' });
      shift = 1;
    }
  } else {
    const prev = before.at(-1);
    if (prev !== undefined && !/[\s(.[]/.test(prev)) insert = ` ${insert}`;
  }
  const next = after[0];
  const trailing =
    next !== undefined && (WORD_CHAR.test(next) || next === '"' || next === '`' || next === '(') ? ' ' : '';
  changes.push({ from, to, insert: insert + trailing });
  return { changes, cursor: from + shift + insert.length };
}

/**
 * Inserts schema text over an editor's selection (spaced, comma-separated as `insertionFor` decides).
 * Here rather than in sql-editor.tsx: the canvas's schema drawer calls it without loading CodeMirror.
 */
export function insertIntoEditor(view: EditorView, text: string, at?: number): void {
  const { from, to } = at === undefined ? view.state.selection.main : { from: at, to: at };
  const { changes, cursor } = insertionFor(view.state.doc.toString(), from, to, text);
  view.dispatch({ changes, selection: { anchor: cursor }, scrollIntoView: true, userEvent: 'input.schema' });
}
