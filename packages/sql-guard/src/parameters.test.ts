import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';
import { bindParameters, clickhouseLiteral } from './parameters.ts';
import { tokenize } from './tokenizer.ts';

/** Decodes a ClickHouse string literal the way the server does (backslash escapes, doubled quotes). */
function decodeClickhouseString(literal: string): string {
  const escapes: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
    b: '\b',
    f: '\f',
    a: '\x07',
    v: '\v',
  };
  let out = '';
  for (let i = 1; i < literal.length - 1; i += 1) {
    const ch = literal[i] as string;
    if (ch === '\\') {
      i += 1;
      const next = literal[i] as string;
      out += escapes[next] ?? next;
    } else if (ch === "'") {
      i += 1;
      out += "'";
    } else {
      out += ch;
    }
  }
  return out;
}

const NASTY = [
  "\\'; DROP TABLE x; --",
  "'; DROP TABLE x; --",
  '\\',
  "\\\\'",
  "''",
  'a\'b"c`d',
  '*/ DROP TABLE x; /*',
  '{{other}}',
  '$$; DROP TABLE x; $$',
  'line1\nline2\r\n\ttab',
  'nul\0byte',
  'unicode: 日本語 ✓ émoji 🎉 \u200B zero-width \u00A0 nbsp',
  'ʼ; DROP TABLE x; -- (modifier apostrophe)',
];

describe('bindParameters', () => {
  it('binds PostgreSQL and DuckDB as $n, reusing the index of a repeated name', () => {
    for (const engine of ['postgres', 'duckdb'] as const) {
      const result = bindParameters(
        'SELECT * FROM t WHERE a = {{a}} AND b = {{ b }} OR a2 = {{a}}',
        { a: 'x', b: 2, unused: 1 },
        engine,
      );
      expect(result).toEqual({
        ok: true,
        text: 'SELECT * FROM t WHERE a = $1 AND b = $2 OR a2 = $1',
        values: ['x', 2],
      });
    }
  });

  it('passes arrays and dates as single values on PostgreSQL', () => {
    const day = new Date('2024-01-01T00:00:00Z');
    const result = bindParameters(
      'SELECT * FROM t WHERE id = ANY({{ids}}) AND d > {{d}}',
      { ids: [1, 2], d: day },
      'postgres',
    );
    expect(result).toEqual({
      ok: true,
      text: 'SELECT * FROM t WHERE id = ANY($1) AND d > $2',
      values: [[1, 2], day],
    });
  });

  it('binds MySQL as ?, one value per occurrence, expanding lists only inside IN (…)', () => {
    const result = bindParameters(
      'SELECT * FROM t WHERE a = {{a}} AND id IN ( {{ids}} ) AND a2 = {{a}}',
      { a: 'x', ids: [1, 2, 3] },
      'mysql',
    );
    expect(result).toEqual({
      ok: true,
      text: 'SELECT * FROM t WHERE a = ? AND id IN ( ?, ?, ? ) AND a2 = ?',
      values: ['x', 1, 2, 3, 'x'],
    });
    expect(bindParameters('SELECT {{ids}}', { ids: [1] }, 'mysql')).toMatchObject({
      ok: false,
      code: 'BAD_PARAMETER',
      position: 7,
    });
    expect(bindParameters('SELECT 1 WHERE a IN ({{ids}})', { ids: [] }, 'mysql')).toMatchObject({
      ok: false,
      code: 'BAD_PARAMETER',
    });
  });

  it('never treats {{…}} inside literals or comments as parameters', () => {
    const sql = "SELECT '{{a}}', $${{a}}$$ /* {{a}} */, {{a}}";
    expect(bindParameters(sql, { a: 1 }, 'postgres')).toEqual({
      ok: true,
      text: "SELECT '{{a}}', $${{a}}$$ /* {{a}} */, $1",
      values: [1],
    });
  });

  it('keeps placeholders separate from adjacent names', () => {
    expect(bindParameters('SELECT x{{a}}y', { a: 1 }, 'postgres')).toMatchObject({ text: 'SELECT x $1 y' });
    expect(bindParameters('SELECT 1-{{a}}', { a: -1 }, 'clickhouse')).toMatchObject({
      text: 'SELECT 1-(-1)',
    });
  });

  it('reports a missing parameter by name and position', () => {
    const sql = 'SELECT * FROM t WHERE a = {{a}} AND b = {{region}}';
    expect(bindParameters(sql, { a: 1 }, 'postgres')).toEqual({
      ok: false,
      code: 'MISSING_PARAMETER',
      message: expect.stringContaining('{{region}}'),
      position: sql.indexOf('{{region}}'),
    });
    expect(bindParameters('SELECT {{toString}}', {}, 'mysql')).toMatchObject({ code: 'MISSING_PARAMETER' });
    expect(bindParameters('SELECT {{a}}', { a: undefined }, 'duckdb')).toMatchObject({
      code: 'MISSING_PARAMETER',
    });
  });

  it('refuses values that are not plain data', () => {
    const bad: unknown[] = [
      { a: 1 },
      () => 1,
      Symbol('x'),
      Number.NaN,
      Infinity,
      new Date('nope'),
      [[1]],
      [{}],
      [undefined],
      '\uD800',
    ];
    for (const engine of ['postgres', 'duckdb', 'mysql', 'clickhouse'] as const) {
      for (const value of bad) {
        expect(
          bindParameters('SELECT 1 WHERE a IN ({{v}})', { v: value }, engine),
          String(value),
        ).toMatchObject({
          ok: false,
          code: 'BAD_PARAMETER',
          position: 21,
        });
      }
    }
  });

  it('inlines ClickHouse values as literals', () => {
    const result = bindParameters(
      'SELECT {{s}}, {{n}}, {{f}}, {{neg}}, {{big}}, {{t}}, {{no}}, {{nil}}, {{arr}}, {{day}}, {{ts}}',
      {
        s: 'eu',
        n: 42,
        f: 1.5,
        neg: -3,
        big: 12345678901234567890n,
        t: true,
        no: false,
        nil: null,
        arr: ['a', 1, null],
        day: new Date('2024-03-01T00:00:00Z'),
        ts: new Date('2024-03-01T12:30:05Z'),
      },
      'clickhouse',
    );
    expect(result).toEqual({
      ok: true,
      text: "SELECT 'eu', 42, 1.5, (-3), 12345678901234567890, 1, 0, NULL, ['a', 1, NULL], '2024-03-01', '2024-03-01 12:30:05'",
      values: [],
    });
  });

  it('escapes nasty ClickHouse strings so they stay one literal with the same value', () => {
    for (const value of NASTY) {
      const sql = 'SELECT * FROM t WHERE s = {{s}} AND ok = 1';
      const result = bindParameters(sql, { s: value }, 'clickhouse');
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const significant = tokenize(result.text, 'clickhouse').filter((t) => t.kind !== 'whitespace');
      const strings = significant.filter((t) => t.kind === 'string');
      expect(strings).toHaveLength(1);
      expect(decodeClickhouseString(strings[0]?.text ?? '')).toBe(value);
      expect(significant.map((t) => t.text).slice(-4)).toEqual(['AND', 'ok', '=', '1']);
      expect(guardSql(result.text, 'clickhouse').ok).toBe(true);
    }
    expect(clickhouseLiteral("\\'; DROP TABLE x; --")).toBe("'\\\\\\'; DROP TABLE x; --'");
  });

  it('reports unreadable SQL instead of binding it', () => {
    expect(bindParameters("SELECT '{{a}}", { a: 1 }, 'postgres')).toMatchObject({
      ok: false,
      code: 'BAD_PARAMETER',
      position: 7,
    });
  });
});
