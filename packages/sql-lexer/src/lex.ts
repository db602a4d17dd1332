import { TokenizeError } from './lex-error.ts';
import { lexModes, type LexMode } from './modes.ts';
import type { Dialect, Token, TokenKind } from './types.ts';
import { unquote } from './unquote.ts';

export interface LexOptions {
  /**
   * Never stop: an unterminated string, quoted name or comment runs to the end of the text, a
   * character the dialect does not allow becomes an `unknown` token. For readers that explain or
   * inspect SQL; a gate must lex strictly.
   */
  tolerant?: boolean;
}

export interface LexResult {
  /** Every token up to the error (strict) or of the whole text; their texts concatenate to it. */
  tokens: Token[];
  /** Strict lexing only: why and where it stopped. */
  error?: TokenizeError;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f', '\v']);
const OPERATOR_CHARS = new Set([...'+-*/<>=~!@#%^&|?:']);
const PUNCT_CHARS = new Set([...'()[]{},;.']);
const PARAM = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}/y;
const DOLLAR_DELIMITER = /\$(?:[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/y;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiWordStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isUnicodeWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}]/u.test(c);

function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code > 0x20 && code < 0x7f ? `'${c}'` : hex;
}

/**
 * Splits `sql` into tokens (whitespace and comments included) as `dialect` reads it: its quoting,
 * escapes, comments, dollar quotes and native placeholders, and `{{name}}` parameters everywhere.
 * A dialect name lexes in its primary mode (see `lexModes`).
 */
export function lex(sql: string, dialectOrMode: Dialect | LexMode, options: LexOptions = {}): LexResult {
  const mode = typeof dialectOrMode === 'string' ? lexModes(dialectOrMode).primary : dialectOrMode;
  const tolerant = options.tolerant === true;
  const engine = mode.dialect;
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
        if (sql[j] === '\r' && !tolerant) {
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
      if (depth > 0 && !tolerant) return fail('Unterminated /* comment.', i);
      push(kind, i, j);
      i = j;
      continue;
    }

    if (c === '/' && next === '/' && engine === 'clickhouse' && !tolerant) {
      return fail('// is not supported: newer ClickHouse servers read it as a comment.', i);
    }

    if (c === "'" || (c === '"' && engine === 'mysql')) {
      const end = scanQuoted(i, c, mode.backslashEscapes || engine === 'clickhouse');
      if (end < 0 && !tolerant) return fail('Unterminated string literal.', i);
      push('string', i, end < 0 ? n : end);
      i = end < 0 ? n : end;
      continue;
    }

    if (c === '"' || (c === '`' && (engine === 'mysql' || engine === 'clickhouse'))) {
      const backslash = engine === 'clickhouse';
      const end = scanQuoted(i, c, backslash);
      if (end < 0 && !tolerant) return fail('Unterminated quoted identifier.', i);
      const stop = end < 0 ? n : end;
      const text = sql.slice(i, stop);
      push(
        'quoted',
        i,
        stop,
        end < 0 ? unquote(`${text} ${c}`, backslash).slice(0, -1) : unquote(text, backslash),
      );
      i = stop;
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
        if (close < 0 && !tolerant) return fail('Unterminated dollar-quoted string.', i);
        const end = close < 0 ? n : close + delimiter.length;
        push('string', i, end);
        i = end;
        continue;
      }
      if (engine === 'duckdb' && next !== undefined && isAsciiWordStart(next)) {
        let j = i + 1;
        while (j < n && /[A-Za-z0-9_]/.test(sql[j] as string)) j += 1;
        push('placeholder', i, j);
        i = j;
        continue;
      }
      if (!tolerant) return fail("Unexpected character '$'.", i);
    }

    if (c === '{' && next === '{') {
      PARAM.lastIndex = i;
      const match = PARAM.exec(sql);
      if (match) {
        push('param', i, i + match[0].length, match[1]);
        i += match[0].length;
        continue;
      }
      if (!tolerant) return fail('Malformed parameter: write parameters as {{name}}.', i);
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
        if (end < 0 && !tolerant) return fail('Unterminated string literal.', i);
        push('string', i, end < 0 ? n : end);
        i = end < 0 ? n : end;
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

    if (!tolerant) return fail(`Unexpected character ${describeChar(ch)}.`, i);
    push('unknown', i, i + ch.length);
    i += ch.length;
  }
  return { tokens };
}

/** Tokens that carry meaning: everything except whitespace and ordinary comments. */
export function significant(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'whitespace' && t.kind !== 'comment');
}
