export type Engine = 'duckdb' | 'postgres' | 'mysql' | 'clickhouse';

export const ENGINES: readonly Engine[] = ['duckdb', 'postgres', 'mysql', 'clickhouse'];

/**
 * - word: unquoted identifier or keyword
 * - quoted: quoted identifier ("x", `x`); `value` holds the unquoted name
 * - string: any literal string ('x', E'x', $$x$$, and MySQL "x")
 * - param: a {{name}} placeholder; `value` holds the name
 * - placeholder: a native driver placeholder (?, $1, $name), refused by the guard
 * - hint: an executable or optimizer-hint comment (/*! … *\/, /*M! … *\/, /*+ … *\/), refused by the guard
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
  | 'whitespace';

export interface Token {
  kind: TokenKind;
  /** The exact source text of the token. */
  text: string;
  /** 0-based offset of the first character in the original SQL. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** Identifier name for word/quoted tokens, parameter name for params, otherwise the text. */
  value: string;
}

export type GuardErrorCode =
  'EMPTY' | 'PARSE_ERROR' | 'MULTIPLE_STATEMENTS' | 'NOT_READ_ONLY' | 'DENIED_FUNCTION' | 'DENIED_KEYWORD';

export interface GuardOk {
  ok: true;
  /** The single statement, trimmed, without a trailing semicolon. */
  sql: string;
  kind: 'select' | 'explain';
  /** {{names}} found, in order of first use. */
  parameters: string[];
}

export interface GuardError {
  ok: false;
  code: GuardErrorCode;
  /** Clear, user-facing explanation. */
  message: string;
  /** 0-based offset into the original SQL of the offending token. */
  position?: number;
}

export type GuardResult = GuardOk | GuardError;

export type BindErrorCode = 'MISSING_PARAMETER' | 'BAD_PARAMETER';

export type BindResult =
  | { ok: true; text: string; values: unknown[] }
  | { ok: false; code: BindErrorCode; message: string; position?: number };
