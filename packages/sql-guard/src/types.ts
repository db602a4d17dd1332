import type { Dialect } from '@tessera/sql-lexer';

export type { Token, TokenKind } from '@tessera/sql-lexer';

/** The engines the guard knows; their lexical rules are `@tessera/sql-lexer`'s dialects. */
export type Engine = Dialect;

export const ENGINES: readonly Engine[] = ['duckdb', 'postgres', 'mysql', 'clickhouse'];

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
