export type Dialect = 'duckdb' | 'postgres' | 'mysql' | 'clickhouse';

export const DIALECTS: readonly Dialect[] = ['duckdb', 'postgres', 'mysql', 'clickhouse'];

/**
 * - word: unquoted identifier or keyword
 * - quoted: quoted identifier ("x", `x`); `value` holds the unquoted name
 * - string: any literal string ('x', E'x', $$x$$, and MySQL "x")
 * - param: a {{name}} placeholder; `value` holds the name
 * - placeholder: a native driver placeholder (?, $1, $name)
 * - hint: an executable or optimizer-hint comment (/*! … *\/, /*M! … *\/, /*+ … *\/)
 * - operator: one operator character (`<>` is two tokens: callers that want compound operators join them)
 * - punct: one of ( ) [ ] { } , ; .
 * - unknown: a character the dialect does not allow; only produced by tolerant lexing
 */
export type TokenKind =
  | 'word'
  | 'quoted'
  | 'string'
  | 'number'
  | 'operator'
  | 'punct'
  | 'param'
  | 'placeholder'
  | 'comment'
  | 'hint'
  | 'whitespace'
  | 'unknown';

export interface Token {
  kind: TokenKind;
  /** The exact source text of the token. */
  text: string;
  /** 0-based UTF-16 offset of the first character in the original SQL. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** Identifier name for word/quoted tokens, parameter name for params, otherwise the text. */
  value: string;
}
