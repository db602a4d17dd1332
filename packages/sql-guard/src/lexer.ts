import type { Engine, Token, TokenKind } from './types.ts';

export class TokenizeError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'TokenizeError';
    this.position = position;
  }
}

/**
 * The lexical settings that can differ between servers of the same engine. The guard must read a
 * query exactly as the engine will, so every engine is lexed in its primary mode and in each
 * plausible alternative (a server setting or another server version); if token boundaries differ
 * the query is refused rather than guessed at.
 */
export interface LexMode {
  engine: Engine;
  /** Backslash escapes in plain '…' strings (and MySQL "…" strings). */
  backslashEscapes: boolean;
  nestedComments: boolean;
}

export function lexModes(engine: Engine): { primary: LexMode; alternates: LexMode[] } {
  switch (engine) {
    case 'postgres':
      // Alternate: standard_conforming_strings = off.
      return {
        primary: { engine, backslashEscapes: false, nestedComments: true },
        alternates: [{ engine, backslashEscapes: true, nestedComments: true }],
      };
    case 'duckdb':
      // DuckDB nests comments like PostgreSQL; refusing nested comments guards against a parser change.
      return {
        primary: { engine, backslashEscapes: false, nestedComments: true },
        alternates: [{ engine, backslashEscapes: false, nestedComments: false }],
      };
    case 'mysql':
      // Alternates: NO_BACKSLASH_ESCAPES / ANSI_QUOTES, and servers that nest comments.
      return {
        primary: { engine, backslashEscapes: true, nestedComments: false },
        alternates: [
          { engine, backslashEscapes: false, nestedComments: false },
          { engine, backslashEscapes: true, nestedComments: true },
        ],
      };
    case 'clickhouse':
      // 18.16 does not nest comments; newer servers do.
      return {
        primary: { engine, backslashEscapes: true, nestedComments: false },
        alternates: [{ engine, backslashEscapes: true, nestedComments: true }],
      };
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f', '\v']);
const OPERATOR_CHARS = new Set([...'+-*/<>=~!@#%^&|?:']);
const PUNCT_CHARS = new Set([...'()[]{},;.']);
const PARAM = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}/y;
const DOLLAR_DELIMITER = /\$(?:[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/y;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiWordStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isUnicodeWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}]/u.test(c);

export interface LexResult {
  tokens: Token[];
  error?: TokenizeError;
}

function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code > 0x20 && code < 0x7f ? `'${c}'` : hex;
}

export function lex(sql: string, mode: LexMode): LexResult {
  const { engine } = mode;
  const pgFamily = engine === 'postgres' || engine === 'duckdb';
  const tokens: Token[] = [];
  const n = sql.length;
  let i = 0;

  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, start, end, value: value ?? text });
  };
  const fail = (message: string, position: number): LexResult => ({
    tokens,
    error: new TokenizeError(message, position),
  });

  /** Returns the end offset of a quoted run starting at `start`, or -1 if unterminated. */
  const scanQuoted = (start: number, quote: string, backslash: boolean): number => {
    let j = start + 1;
    while (j < n) {
      const ch = sql[j];
      if (backslash && ch === '\\') {
        j += 2;
      } else if (ch === quote) {
        if (sql[j + 1] !== quote) return j + 1;
        j += 2;
      } else {
        j += 1;
      }
    }
    return -1;
  };

  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];

    if (WHITESPACE.has(c)) {
      let j = i + 1;
      while (j < n && WHITESPACE.has(sql[j] as string)) j += 1;
      push('whitespace', i, j);
      i = j;
      continue;
    }

    // MySQL only starts a -- comment when a space or control character follows ("--1" is minus minus one).
    const after = i + 2 < n ? sql.charCodeAt(i + 2) : 0;
    const dashComment = c === '-' && next === '-' && (engine !== 'mysql' || after <= 0x20 || after === 0x7f);
    if (dashComment || (c === '#' && engine === 'mysql')) {
      let j = i + (c === '#' ? 1 : 2);
      while (j < n && sql[j] !== '\n') {
        if (sql[j] === '\r') {
          // Engines disagree on whether a lone CR ends a line comment.
          if (sql[j + 1] !== '\n') return fail('A line comment contains a bare carriage return.', j);
          break;
        }
        j += 1;
      }
      push('comment', i, j);
      i = j;
      continue;
    }

    if (c === '/' && next === '*') {
      const body = sql.slice(i + 2, i + 4);
      const kind: TokenKind =
        body.startsWith('!') || body.startsWith('+') || body === 'M!' ? 'hint' : 'comment';
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (mode.nestedComments && sql[j] === '/' && sql[j + 1] === '*') {
          depth += 1;
          j += 2;
        } else if (sql[j] === '*' && sql[j + 1] === '/') {
          depth -= 1;
          j += 2;
        } else {
          j += 1;
        }
      }
      if (depth > 0) return fail('Unterminated /* comment.', i);
      push(kind, i, j);
      i = j;
      continue;
    }

    if (c === '/' && next === '/' && engine === 'clickhouse') {
      return fail('// is not supported: newer ClickHouse servers read it as a comment.', i);
    }

    if (c === "'" || (c === '"' && engine === 'mysql')) {
      const end = scanQuoted(i, c, mode.backslashEscapes || engine === 'clickhouse');
      if (end < 0) return fail('Unterminated string literal.', i);
      push('string', i, end);
      i = end;
      continue;
    }

    if (c === '"' || (c === '`' && (engine === 'mysql' || engine === 'clickhouse'))) {
      const end = scanQuoted(i, c, engine === 'clickhouse');
      if (end < 0) return fail('Unterminated quoted identifier.', i);
      push('quoted', i, end, unquote(sql.slice(i, end), engine === 'clickhouse'));
      i = end;
      continue;
    }

    if (c === '$' && pgFamily) {
      if (isDigit(next)) {
        let j = i + 1;
        while (isDigit(sql[j])) j += 1;
        push('placeholder', i, j);
        i = j;
        continue;
      }
      DOLLAR_DELIMITER.lastIndex = i;
      const delimiter = DOLLAR_DELIMITER.exec(sql)?.[0];
      if (delimiter !== undefined) {
        const close = sql.indexOf(delimiter, i + delimiter.length);
        if (close < 0) return fail('Unterminated dollar-quoted string.', i);
        push('string', i, close + delimiter.length);
        i = close + delimiter.length;
        continue;
      }
      if (engine === 'duckdb' && next !== undefined && isAsciiWordStart(next)) {
        let j = i + 1;
        while (j < n && /[A-Za-z0-9_]/.test(sql[j] as string)) j += 1;
        push('placeholder', i, j);
        i = j;
        continue;
      }
      return fail("Unexpected character '$'.", i);
    }

    if (c === '{' && next === '{') {
      PARAM.lastIndex = i;
      const match = PARAM.exec(sql);
      if (!match) return fail('Malformed parameter: write parameters as {{name}}.', i);
      push('param', i, i + match[0].length, match[1]);
      i += match[0].length;
      continue;
    }

    if (isDigit(c) || (c === '.' && isDigit(next))) {
      let j = i;
      if (c === '0' && next !== undefined && /[xXbBoO]/.test(next) && /[0-9A-Fa-f]/.test(sql[i + 2] ?? '')) {
        j = i + 2;
        while (j < n && /[0-9A-Za-z_]/.test(sql[j] as string)) j += 1;
      } else {
        while (isDigit(sql[j]) || sql[j] === '_') j += 1;
        if (sql[j] === '.') {
          j += 1;
          while (isDigit(sql[j]) || sql[j] === '_') j += 1;
        }
        if (
          (sql[j] === 'e' || sql[j] === 'E') &&
          (isDigit(sql[j + 1]) || (/[+-]/.test(sql[j + 1] ?? '') && isDigit(sql[j + 2])))
        ) {
          j += 2;
          while (isDigit(sql[j])) j += 1;
        }
      }
      push('number', i, j);
      i = j;
      continue;
    }

    const cp = sql.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isAsciiWordStart(c) || (c === '$' && engine === 'mysql') || (cp > 0x7f && isUnicodeWordChar(ch))) {
      let j = i;
      while (j < n) {
        const wcp = sql.codePointAt(j) ?? 0;
        const wch = String.fromCodePoint(wcp);
        const ok =
          /[A-Za-z0-9_]/.test(wch) ||
          (wch === '$' && engine !== 'clickhouse') ||
          (wcp > 0x7f && isUnicodeWordChar(wch));
        if (!ok) break;
        j += wch.length;
      }
      if (pgFamily && j === i + 1 && (c === 'E' || c === 'e') && sql[j] === "'") {
        const end = scanQuoted(j, "'", true);
        if (end < 0) return fail('Unterminated string literal.', i);
        push('string', i, end);
        i = end;
        continue;
      }
      push('word', i, j);
      i = j;
      continue;
    }

    if (c === '?' && (engine === 'mysql' || engine === 'duckdb')) {
      push('placeholder', i, i + 1);
      i += 1;
      continue;
    }

    if (OPERATOR_CHARS.has(c) && !(c === '#' && engine === 'clickhouse')) {
      push('operator', i, i + 1);
      i += 1;
      continue;
    }

    if (PUNCT_CHARS.has(c)) {
      push('punct', i, i + 1);
      i += 1;
      continue;
    }

    return fail(`Unexpected character ${describeChar(ch)}.`, i);
  }
  return { tokens };
}

/** Strips the quotes of a quoted name and undoes doubled quotes (and backslash escapes if `backslash`). */
export function unquote(text: string, backslash: boolean): string {
  const quote = text[0];
  let out = '';
  for (let j = 1; j < text.length - 1; j += 1) {
    const ch = text[j] as string;
    if (backslash && ch === '\\') {
      j += 1;
      out += text[j] ?? '';
    } else if (ch === quote) {
      j += 1;
      out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}
