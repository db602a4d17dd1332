import { describe, expect, it } from 'vitest';
import { TokenizeError, tokenize } from './tokenizer.ts';
import { ENGINES, type Engine, type Token } from './types.ts';

const kinds = (sql: string, engine: Engine): [string, string][] =>
  tokenize(sql, engine)
    .filter((t) => t.kind !== 'whitespace')
    .map((t) => [t.kind, t.text]);

const failure = (sql: string, engine: Engine): { message: string; position: number } | undefined => {
  try {
    tokenize(sql, engine);
    return undefined;
  } catch (error) {
    if (error instanceof TokenizeError) return { message: error.message, position: error.position };
    throw error;
  }
};

describe('tokenize', () => {
  it('covers the input exactly, with offsets into the original text', () => {
    const sql = 'SELECT a.b, \'x\'\'y\', "q""r", 1.5e3, {{p}} -- c\n/* d */ FROM t;';
    for (const engine of ENGINES) {
      const tokens = tokenize(sql, engine);
      expect(tokens.map((t) => t.text).join('')).toBe(sql);
      for (const t of tokens) expect(sql.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('reads PostgreSQL strings: standard, E-strings, dollar quotes, quoted identifiers', () => {
    expect(kinds(`SELECT 'a''b', E'c\\'d', $$e;f$$, $t$ $$ $t$, "G""h", U&"x"`, 'postgres')).toEqual([
      ['word', 'SELECT'],
      ['string', "'a''b'"],
      ['punct', ','],
      ['string', "E'c\\'d'"],
      ['punct', ','],
      ['string', '$$e;f$$'],
      ['punct', ','],
      ['string', '$t$ $$ $t$'],
      ['punct', ','],
      ['quoted', '"G""h"'],
      ['punct', ','],
      ['word', 'U'],
      ['operator', '&'],
      ['quoted', '"x"'],
    ]);
    const quoted = tokenize('"G""h"', 'postgres')[0] as Token;
    expect(quoted.value).toBe('G"h');
  });

  it('treats $ inside PostgreSQL identifiers as part of the name, and $n as a placeholder', () => {
    expect(kinds('SELECT a$$b, $1', 'postgres')).toEqual([
      ['word', 'SELECT'],
      ['word', 'a$$b'],
      ['punct', ','],
      ['placeholder', '$1'],
    ]);
  });

  it('nests block comments on PostgreSQL only', () => {
    expect(kinds('/* a /* b */ c */ SELECT', 'postgres')).toEqual([
      ['comment', '/* a /* b */ c */'],
      ['word', 'SELECT'],
    ]);
    // On the other engines the same text is ambiguous between server versions.
    for (const engine of ['mysql', 'clickhouse', 'duckdb'] as const) {
      expect(failure('/* a /* b */ c */ SELECT', engine)?.message).toMatch(/Nested/);
    }
  });

  it('reads MySQL strings, backticks and comments', () => {
    expect(kinds('SELECT "a\\\\b", `c``d`, x # e\n-- f\n--1', 'mysql')).toEqual([
      ['word', 'SELECT'],
      ['string', '"a\\\\b"'],
      ['punct', ','],
      ['quoted', '`c``d`'],
      ['punct', ','],
      ['word', 'x'],
      ['comment', '# e'],
      ['comment', '-- f'],
      ['operator', '-'],
      ['operator', '-'],
      ['number', '1'],
    ]);
  });

  it('marks executable and hint comments', () => {
    for (const engine of ENGINES) {
      expect(kinds('/*!50000 a */ /*M!1 b */ /*+ c */ /* d */', engine).map(([k]) => k)).toEqual([
        'hint',
        'hint',
        'hint',
        'comment',
      ]);
    }
  });

  it('reads ClickHouse backslash escapes in strings and identifiers', () => {
    expect(kinds('SELECT \'a\\\'b\', `c\\`d`, "e\\"f"', 'clickhouse')).toEqual([
      ['word', 'SELECT'],
      ['string', "'a\\'b'"],
      ['punct', ','],
      ['quoted', '`c\\`d`'],
      ['punct', ','],
      ['quoted', '"e\\"f"'],
    ]);
  });

  it('recognises {{name}} parameters only outside literals and comments', () => {
    const tokens = tokenize("SELECT {{a}}, {{ b_2 }}, '{{c}}', $${{d}}$$ -- {{e}}", 'postgres');
    expect(tokens.filter((t) => t.kind === 'param').map((t) => t.value)).toEqual(['a', 'b_2']);
    expect(failure('SELECT {{1a}}', 'postgres')).toEqual({
      message: expect.stringMatching(/parameter/i),
      position: 7,
    });
  });

  it('reports unterminated literals and comments at their start', () => {
    const cases: [Engine, string, number][] = [
      ['postgres', "SELECT 'abc", 7],
      ['postgres', 'SELECT "abc', 7],
      ['postgres', "SELECT E'abc\\'", 7],
      ['postgres', 'SELECT $q$abc$', 7],
      ['postgres', 'SELECT 1 /* a /* b */', 9],
      ['mysql', 'SELECT `abc', 7],
      ['mysql', 'SELECT "abc\\"', 7],
      ['clickhouse', "SELECT 'abc\\'", 7],
    ];
    for (const [engine, sql, position] of cases) expect(failure(sql, engine)?.position, sql).toBe(position);
  });

  it('refuses text that servers with other settings would read differently', () => {
    expect(failure("SELECT 'a\\'", 'postgres')?.message).toMatch(/ambiguous/);
    expect(failure("SELECT 'O\\'Brien'", 'mysql')?.message).toMatch(/ambiguous/);
    expect(failure('SELECT "a\\"b"', 'mysql')?.position).toBe(7);
    expect(failure("SELECT 'O\\'Brien'", 'clickhouse')).toBeUndefined();
    expect(failure("SELECT 'C:\\temp\\'", 'duckdb')).toBeUndefined();
    expect(failure('SELECT 1 -- a\rb', 'postgres')?.message).toMatch(/carriage return/);
    expect(failure('SELECT 1 -- a\r\nFROM t', 'mysql')).toBeUndefined();
  });

  it('refuses invisible, control and unexpected characters outside literals', () => {
    for (const engine of ENGINES) {
      expect(failure('SELECT\u200B1', engine)?.position).toBe(6);
      expect(failure('SELECT\u00A01', engine)?.position).toBe(6);
      expect(failure('SELECT 1\u0001', engine)?.position).toBe(8);
      expect(failure('SELECT \\N', engine)?.position).toBe(7);
      expect(failure("SELECT 'a\u202Eb'", engine)?.position).toBe(9);
      expect(failure("SELECT 'a\u0000'", engine)?.position).toBe(9);
      expect(failure("SELECT 'zero\u200Bwidth is fine in a literal', café", engine)).toBeUndefined();
    }
    expect(failure('SELECT `a`', 'postgres')?.position).toBe(7);
    expect(failure('SELECT 1 // 2', 'clickhouse')?.position).toBe(9);
    expect(failure('SELECT $$x$$', 'clickhouse')?.position).toBe(7);
  });

  it('never throws anything but TokenizeError, and always covers the input when it succeeds', () => {
    const pieces = [
      "'",
      '"',
      '`',
      '$$',
      '$a$',
      '--',
      '/*',
      '*/',
      '\\',
      ';',
      '#',
      '{{x}}',
      '{{',
      'E',
      '\n',
      '\r',
      ' ',
      'a',
      '1',
      '(',
      ')',
      '-',
      '/',
      '*',
      '!',
      '+',
    ];
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k += 1) {
      const sql = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]).join('');
      for (const engine of ENGINES) {
        let tokens: Token[] | undefined;
        try {
          tokens = tokenize(sql, engine);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenizeError);
          expect((error as TokenizeError).position).toBeGreaterThanOrEqual(0);
          expect((error as TokenizeError).position).toBeLessThanOrEqual(sql.length);
        }
        if (tokens) expect(tokens.map((t) => t.text).join('')).toBe(sql);
      }
    }
  });
});
