import { TokenizeError, tokenize } from './tokenizer.ts';
import type { BindResult, Engine, Token } from './types.ts';

type Scalar = string | number | bigint | boolean | null | Date;

class BindError extends Error {
  constructor(
    readonly code: 'MISSING_PARAMETER' | 'BAD_PARAMETER',
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** {{names}} in order of first use. */
export function parameterNames(tokens: readonly Token[]): string[] {
  return [...new Set(tokens.filter((t) => t.kind === 'param').map((t) => t.value))];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkScalar(value: unknown, name: string, position: number): Scalar {
  const bad = (why: string): BindError =>
    new BindError('BAD_PARAMETER', `Parameter {{${name}}} ${why}.`, position);
  if (value === null || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw bad('must be a finite number');
    return value;
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw bad('contains invalid Unicode');
    return value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw bad('is an invalid date');
    return value;
  }
  throw bad('must be a string, number, boolean, date, null or an array of those');
}

function checkValue(value: unknown, name: string, position: number): Scalar | Scalar[] {
  if (!Array.isArray(value)) return checkScalar(value, name, position);
  return value.map((item: unknown) => {
    if (item === undefined || Array.isArray(item)) {
      throw new BindError('BAD_PARAMETER', `Parameter {{${name}}} must be a flat array of values.`, position);
    }
    return checkScalar(item, name, position);
  });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function clickhouseDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  const ms = date.getUTCMilliseconds();
  if (h === 0 && m === 0 && s === 0 && ms === 0) return day;
  const time = `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  return ms === 0 ? `${day} ${time}` : `${day} ${time}.${String(ms).padStart(3, '0')}`;
}

/** A ClickHouse string literal: only \ and ' can end or alter it, so those are escaped (and NUL for safety). */
export function clickhouseString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;
}

/** Renders a checked value as a ClickHouse literal. Negative numbers are parenthesised so `-{{x}}` never becomes `--`. */
export function clickhouseLiteral(value: Scalar | Scalar[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => clickhouseLiteral(v)).join(', ')}]`;
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = Object.is(value, -0) ? '0' : String(value);
    return text.startsWith('-') ? `(${text})` : text;
  }
  if (value instanceof Date) return clickhouseString(clickhouseDate(value));
  return clickhouseString(value);
}

const NEEDS_SPACE = /[\p{L}\p{M}\p{N}_$'"`]/u;

/** Index of the nearest significant token before (-1) or after (1) `from`, or -1. */
function nearest(tokens: readonly Token[], from: number, step: 1 | -1): number {
  for (let k = from + step; k >= 0 && k < tokens.length; k += step) {
    const kind = tokens[k]?.kind;
    if (kind !== 'whitespace' && kind !== 'comment') return k;
  }
  return -1;
}

function bind(
  sql: string,
  tokens: readonly Token[],
  values: Record<string, unknown>,
  engine: Engine,
): BindResult {
  const out: string[] = [];
  const bound: unknown[] = [];
  const indexByName = new Map<string, number>();

  tokens.forEach((token, i) => {
    if (token.kind !== 'param') {
      out.push(token.text);
      return;
    }
    const name = token.value;
    if (!Object.hasOwn(values, name) || values[name] === undefined) {
      throw new BindError('MISSING_PARAMETER', `No value was given for parameter {{${name}}}.`, token.start);
    }
    const value = checkValue(values[name], name, token.start);
    let replacement: string;
    if (engine === 'clickhouse') {
      replacement = clickhouseLiteral(value);
    } else if (engine === 'mysql') {
      if (Array.isArray(value)) {
        const open = nearest(tokens, i, -1);
        const inList =
          tokens[open]?.text === '(' &&
          tokens[nearest(tokens, open, -1)]?.text.toUpperCase() === 'IN' &&
          tokens[nearest(tokens, i, 1)]?.text === ')';
        if (!inList || value.length === 0) {
          throw new BindError(
            'BAD_PARAMETER',
            `Parameter {{${name}}} is a list: on MySQL lists are only allowed as IN ({{${name}}}) and must not be empty.`,
            token.start,
          );
        }
        bound.push(...value);
        replacement = value.map(() => '?').join(', ');
      } else {
        bound.push(value);
        replacement = '?';
      }
    } else {
      let index = indexByName.get(name);
      if (index === undefined) {
        bound.push(value);
        index = bound.length;
        indexByName.set(name, index);
      }
      replacement = `$${index}`;
    }
    // Keep the replacement a separate token: x{{v}} must not become the identifier x$1.
    const before = sql[token.start - 1];
    const after = sql[token.end];
    if (before !== undefined && NEEDS_SPACE.test(before)) replacement = ` ${replacement}`;
    if (after !== undefined && NEEDS_SPACE.test(after)) replacement = `${replacement} `;
    out.push(replacement);
  });
  return { ok: true, text: out.join(''), values: bound };
}

/**
 * Replaces {{name}} placeholders with the engine's driver placeholders ($n for PostgreSQL and
 * DuckDB, ? for MySQL) and returns the values in order. ClickHouse 18.16 has no server-side
 * parameters, so values are inlined as escaped literals. Run guardSql first: this only binds.
 */
export function bindParameters(sql: string, values: Record<string, unknown>, engine: Engine): BindResult {
  try {
    return bind(sql, tokenize(sql, engine), values, engine);
  } catch (error) {
    if (error instanceof BindError) {
      return { ok: false, code: error.code, message: error.message, position: error.position };
    }
    if (error instanceof TokenizeError) {
      return {
        ok: false,
        code: 'BAD_PARAMETER',
        message: `The query cannot be read: ${error.message}`,
        position: error.position,
      };
    }
    throw error;
  }
}
