import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';
import { bindParameters } from './parameters.ts';

describe('parameter binding: messages and edges', () => {
  it('names the parameter and the problem', () => {
    const message = (value: unknown) => {
      const result = bindParameters('SELECT {{v}}', { v: value }, 'postgres');
      return result.ok ? 'bound' : result.message;
    };
    expect(message(Number.NaN)).toBe('Parameter {{v}} must be a finite number.');
    expect(message('\uDC00')).toBe('Parameter {{v}} contains invalid Unicode.');
    expect(message(new Date('nope'))).toBe('Parameter {{v}} is an invalid date.');
    expect(message({ a: 1 })).toBe(
      'Parameter {{v}} must be a string, number, boolean, date, null or an array of those.',
    );
    expect(message([[1]])).toBe('Parameter {{v}} must be a flat array of values.');
    expect(message([undefined])).toBe('Parameter {{v}} must be a flat array of values.');
    expect(message([1, 'a', null, true, 2n, new Date(0)])).toBe('bound');
    expect(bindParameters('SELECT {{v}}', { v: [1] }, 'mysql')).toMatchObject({
      message:
        'Parameter {{v}} is a list: on MySQL lists are only allowed as IN ({{v}}) and must not be empty.',
    });
    expect(bindParameters("SELECT '{{v}}", { v: 1 }, 'postgres')).toMatchObject({
      message: 'The query cannot be read: Unterminated string literal.',
    });
  });

  it('renders ClickHouse dates as a day at midnight, else with seconds, and milliseconds only when present', () => {
    const literal = (iso: string) => {
      const result = bindParameters('SELECT {{d}}', { d: new Date(iso) }, 'clickhouse');
      return result.ok ? result.text.slice(7) : result.message;
    };
    expect(literal('2024-03-01T00:00:00.000Z')).toBe("'2024-03-01'");
    expect(literal('2024-03-01T00:00:00.250Z')).toBe("'2024-03-01 00:00:00.250'");
    expect(literal('2024-03-01T00:00:07Z')).toBe("'2024-03-01 00:00:07'");
    expect(literal('2024-03-01T00:30:00Z')).toBe("'2024-03-01 00:30:00'");
    expect(literal('2024-03-01T12:00:00Z')).toBe("'2024-03-01 12:00:00'");
    expect(literal('2024-12-31T23:59:59.005Z')).toBe("'2024-12-31 23:59:59.005'");
  });

  it('MySQL lists: only directly inside IN ( … ), comments and spaces allowed around', () => {
    expect(
      bindParameters(
        'SELECT 1 FROM t WHERE a IN /* x */ ( /* y */ {{ids}} -- z\n )',
        { ids: [1, 2] },
        'mysql',
      ),
    ).toEqual({
      ok: true,
      text: 'SELECT 1 FROM t WHERE a IN /* x */ ( /* y */ ?, ? -- z\n )',
      values: [1, 2],
    });
    expect(bindParameters('IN ({{ids}})', { ids: [1] }, 'mysql')).toEqual({
      ok: true,
      text: 'IN (?)',
      values: [1],
    });
    for (const sql of [
      '({{ids}})',
      'SELECT 1 WHERE a IN ({{ids}}',
      'SELECT ({{ids}})',
      'SELECT 1 WHERE a IN ({{ids}}, 3)',
      'SELECT 1 WHERE a IN {{ids}}',
      'SELECT 1 WHERE a = ANY ({{ids}})',
      '{{ids}}',
    ]) {
      expect(bindParameters(sql, { ids: [1, 2] }, 'mysql'), sql).toMatchObject({
        ok: false,
        code: 'BAD_PARAMETER',
      });
    }
  });

  it('adds spaces only where a neighbour would merge with the placeholder', () => {
    expect(bindParameters('SELECT ({{a}}),{{a}}', { a: 1 }, 'postgres')).toMatchObject({
      text: 'SELECT ($1),$1',
    });
    expect(bindParameters("SELECT 'x'{{a}}", { a: 1 }, 'postgres')).toMatchObject({ text: "SELECT 'x' $1" });
    expect(bindParameters('SELECT {{a}}', { a: 'x' }, 'clickhouse')).toMatchObject({ text: "SELECT 'x'" });
    expect(bindParameters('{{a}}', { a: 1 }, 'postgres')).toMatchObject({ text: '$1' });
  });
});

describe('tokenizer refusals (what the user reads)', () => {
  it('explains NUL, bidirectional controls and ambiguous text', () => {
    expect(guardSql('\0SELECT 1', 'postgres')).toEqual({
      ok: false,
      code: 'PARSE_ERROR',
      message: 'The query contains a NUL character.',
      position: 0,
    });
    expect(guardSql('SELECT 1 \u202E', 'postgres')).toEqual({
      ok: false,
      code: 'PARSE_ERROR',
      message: 'The query contains invisible bidirectional-text control characters.',
      position: 9,
    });
    expect(guardSql("SELECT 'a\\'; DROP TABLE x; --'", 'postgres')).toEqual({
      ok: false,
      code: 'PARSE_ERROR',
      message:
        "This string literal is ambiguous: a backslash before a quote is read differently depending on server settings. Write a quote inside a string as '' instead.",
      position: 7,
    });
    expect(guardSql('SELECT 1 /* /* */ DROP TABLE x */', 'mysql')).toEqual({
      ok: false,
      code: 'PARSE_ERROR',
      message: 'Nested /* */ comments are not supported: remove the inner /*.',
      position: 9,
    });
  });
});

describe('denied names in disguise', () => {
  it('folds case and compatibility forms, including prefix patterns', () => {
    expect(guardSql("SELECT pg_read_f\u0131le('/etc/passwd')", 'postgres')).toMatchObject({
      ok: false,
      code: 'DENIED_FUNCTION',
    });
    expect(guardSql("SELECT \uff50\uff47_ls_dir('.')", 'postgres')).toMatchObject({
      ok: false,
      code: 'DENIED_FUNCTION',
    });
    expect(guardSql("SELECT \uff52\uff45\uff41\uff44_csv('x')", 'duckdb')).toMatchObject({
      ok: false,
      code: 'DENIED_FUNCTION',
    });
    expect(guardSql('SELECT PG_SLEEP(1)', 'postgres')).toMatchObject({ ok: false, code: 'DENIED_FUNCTION' });
    expect(guardSql('SELECT pg_lsx(1), lower(x) FROM t', 'postgres')).toMatchObject({ ok: true });
  });
});
