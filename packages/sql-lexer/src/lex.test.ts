import { describe, expect, it } from 'vitest';
import { lex, significant } from './lex.ts';
import { TokenizeError } from './lex-error.ts';
import { lexModes, type LexMode } from './modes.ts';
import { DIALECTS, type Dialect, type Token } from './types.ts';

const pairs = (tokens: Token[]): [string, string][] =>
  tokens.filter((t) => t.kind !== 'whitespace').map((t) => [t.kind, t.text]);
const read = (sql: string, dialect: Dialect | LexMode): [string, string][] => {
  const result = lex(sql, dialect);
  expect(result.error).toBeUndefined();
  return pairs(result.tokens);
};
const failure = (sql: string, dialect: Dialect | LexMode): { message: string; position: number } => {
  const { error } = lex(sql, dialect);
  expect(error).toBeInstanceOf(TokenizeError);
  return { message: error?.message ?? '', position: error?.position ?? -1 };
};
const mode = (dialect: Dialect, backslashEscapes: boolean, nestedComments: boolean): LexMode => ({
  dialect,
  backslashEscapes,
  nestedComments,
});

describe('tokens', () => {
  it('carry kind, exact text, offsets and a value, and cover the input without gaps', () => {
    const sql = "SELECT a, 'x' FROM t -- c\nWHERE b >= 1.5";
    const { tokens } = lex(sql, 'postgres');
    expect(tokens.map((t) => t.text).join('')).toBe(sql);
    let offset = 0;
    for (const token of tokens) {
      expect(token.start).toBe(offset);
      expect(token.end).toBe(offset + token.text.length);
      expect(sql.slice(token.start, token.end)).toBe(token.text);
      offset = token.end;
    }
    expect(tokens[0]).toEqual({ kind: 'word', text: 'SELECT', start: 0, end: 6, value: 'SELECT' });
    expect(tokens[1]).toEqual({ kind: 'whitespace', text: ' ', start: 6, end: 7, value: ' ' });
  });

  it('reads words, numbers, operators (one per character) and punctuation', () => {
    expect(read('select x.y_1, 2+3.5e-2 <> .5 from t;', 'duckdb')).toEqual([
      ['word', 'select'],
      ['word', 'x'],
      ['punct', '.'],
      ['word', 'y_1'],
      ['punct', ','],
      ['number', '2'],
      ['operator', '+'],
      ['number', '3.5e-2'],
      ['operator', '<'],
      ['operator', '>'],
      ['number', '.5'],
      ['word', 'from'],
      ['word', 't'],
      ['punct', ';'],
    ]);
    expect(read('a[1] {x} ~!@%^&|:=*/', 'postgres').map(([kind]) => kind)).toEqual([
      'word',
      'punct',
      'number',
      'punct',
      'punct',
      'word',
      'punct',
      ...Array<string>(11).fill('operator'),
    ]);
  });

  it('reads numbers with underscores, exponents and 0x/0b/0o prefixes as one token', () => {
    for (const n of ['1_000', '1.', '1.25', '1e10', '1E+3', '0x1F', '0b101', '0o17', '1_0.2_5'])
      expect(read(n, 'postgres'), n).toEqual([['number', n]]);
    expect(read('1e', 'postgres')).toEqual([
      ['number', '1'],
      ['word', 'e'],
    ]);
    expect(read('1e+', 'postgres')).toEqual([
      ['number', '1'],
      ['word', 'e'],
      ['operator', '+'],
    ]);
    expect(read('0x', 'postgres')).toEqual([
      ['number', '0'],
      ['word', 'x'],
    ]);
    expect(read('0xg', 'postgres')).toEqual([
      ['number', '0'],
      ['word', 'xg'],
    ]);
  });

  it('reads identifiers in any script, and $ inside words except on ClickHouse', () => {
    expect(read('café ünïcode 名前', 'postgres').map(([kind]) => kind)).toEqual(['word', 'word', 'word']);
    expect(read('a$b', 'postgres')).toEqual([['word', 'a$b']]);
    expect(read('a$b', 'mysql')).toEqual([['word', 'a$b']]);
    expect(read('$a', 'mysql')).toEqual([['word', '$a']]);
    expect(failure('a$b', 'clickhouse').position).toBe(1);
    expect(read('𝒳y', 'duckdb')).toEqual([['word', '𝒳y']]);
  });

  it('groups whitespace runs of every ASCII kind', () => {
    expect(pairs(lex(' \t\n\r\f\vx', 'postgres').tokens)).toEqual([['word', 'x']]);
    expect(lex(' \t\n\r\f\vx', 'postgres').tokens[0]?.kind).toBe('whitespace');
    expect(lex(' \t\n\r\f\vx', 'postgres').tokens).toHaveLength(2);
  });
});

describe('strings and quoted names per dialect', () => {
  it("reads '…' with doubled quotes everywhere", () => {
    for (const dialect of DIALECTS)
      expect(read("'it''s'", dialect), dialect).toEqual([['string', "'it''s'"]]);
  });

  it('takes backslash escapes in plain strings only where the dialect has them', () => {
    expect(read("'a\\'b'", 'mysql')).toEqual([['string', "'a\\'b'"]]);
    expect(read("'a\\'b'", 'clickhouse')).toEqual([['string', "'a\\'b'"]]);
    expect(read("'a\\'", 'postgres')).toEqual([['string', "'a\\'"]]);
    expect(read("'a\\'", 'duckdb')).toEqual([['string', "'a\\'"]]);
    expect(read("'a\\'b'", mode('postgres', true, true))).toEqual([['string', "'a\\'b'"]]);
    // ClickHouse has backslash escapes whatever the mode says.
    expect(failure("'a\\'", mode('clickhouse', false, false)).position).toBe(0);
  });

  it("reads E'…' with backslash escapes on PostgreSQL and DuckDB only", () => {
    expect(read("E'a\\'b' e'c'", 'postgres')).toEqual([
      ['string', "E'a\\'b'"],
      ['string', "e'c'"],
    ]);
    expect(read("E'x'", 'duckdb')).toEqual([['string', "E'x'"]]);
    expect(read("E'x'", 'mysql')).toEqual([
      ['word', 'E'],
      ['string', "'x'"],
    ]);
    expect(read("Ex'x'", 'postgres')).toEqual([
      ['word', 'Ex'],
      ['string', "'x'"],
    ]);
    expect(failure("E'a\\'", 'postgres')).toEqual({ message: 'Unterminated string literal.', position: 0 });
  });

  it('reads "…" as a string on MySQL and as a quoted name elsewhere', () => {
    expect(read('"a""b"', 'mysql')).toEqual([['string', '"a""b"']]);
    expect(read('"a\\"b"', 'mysql')).toEqual([['string', '"a\\"b"']]);
    for (const dialect of ['postgres', 'duckdb', 'clickhouse'] as const) {
      const [token] = lex('"My ""T"""', dialect).tokens;
      expect(token, dialect).toMatchObject({ kind: 'quoted', text: '"My ""T"""', value: 'My "T"' });
    }
  });

  it('reads `…` as a quoted name on MySQL and ClickHouse only, ClickHouse with backslash escapes', () => {
    expect(lex('`a``b`', 'mysql').tokens[0]).toMatchObject({ kind: 'quoted', value: 'a`b' });
    expect(lex('`a\\`b`', 'clickhouse').tokens[0]).toMatchObject({ kind: 'quoted', value: 'a`b' });
    expect(lex('"a\\"b"', 'clickhouse').tokens[0]).toMatchObject({ kind: 'quoted', value: 'a"b' });
    expect(lex('"a\\"', 'postgres').tokens[0]).toMatchObject({ kind: 'quoted', value: 'a\\' });
    expect(failure('`x`', 'postgres')).toEqual({ message: "Unexpected character '`'.", position: 0 });
    expect(failure('`x`', 'duckdb').position).toBe(0);
  });

  it('reads dollar-quoted strings on PostgreSQL and DuckDB', () => {
    expect(read("$$it's$$ $tag$ $$ x $tag$ $é$y$é$", 'postgres')).toEqual([
      ['string', "$$it's$$"],
      ['string', '$tag$ $$ x $tag$'],
      ['string', '$é$y$é$'],
    ]);
    expect(read('$$a$$', 'duckdb')).toEqual([['string', '$$a$$']]);
    expect(failure('select $tag$ x', 'postgres')).toEqual({
      message: 'Unterminated dollar-quoted string.',
      position: 7,
    });
    expect(failure('$ x', 'postgres')).toEqual({ message: "Unexpected character '$'.", position: 0 });
    expect(failure('$$a$$', 'clickhouse').position).toBe(0);
  });

  it('reports unterminated strings and quoted names at their start', () => {
    expect(failure("select 'abc", 'postgres')).toEqual({
      message: 'Unterminated string literal.',
      position: 7,
    });
    expect(failure("'a''", 'duckdb').position).toBe(0);
    expect(failure('x "abc', 'postgres')).toEqual({
      message: 'Unterminated quoted identifier.',
      position: 2,
    });
    expect(failure('x `abc', 'mysql')).toEqual({ message: 'Unterminated quoted identifier.', position: 2 });
    expect(failure("'a\\'", 'mysql').position).toBe(0);
    expect(failure('"a\\"', 'clickhouse').position).toBe(0);
  });
});

describe('comments and hints', () => {
  it('reads -- comments to the end of the line, keeping CRLF outside', () => {
    const { tokens } = lex('a -- x\r\nb', 'postgres');
    expect(pairs(tokens)).toEqual([
      ['word', 'a'],
      ['comment', '-- x'],
      ['word', 'b'],
    ]);
    expect(read('-- end', 'clickhouse')).toEqual([['comment', '-- end']]);
  });

  it('needs a space or control character after -- on MySQL, and reads # comments there only', () => {
    expect(read('1--1', 'mysql')).toEqual([
      ['number', '1'],
      ['operator', '-'],
      ['operator', '-'],
      ['number', '1'],
    ]);
    expect(read('1-- x', 'mysql')).toEqual([
      ['number', '1'],
      ['comment', '-- x'],
    ]);
    expect(read('--\tx', 'mysql')).toEqual([['comment', '--\tx']]);
    expect(read('--\x7fx', 'mysql')).toEqual([['comment', '--\x7fx']]);
    expect(read('--', 'mysql')).toEqual([['comment', '--']]);
    expect(read('--1', 'postgres')).toEqual([['comment', '--1']]);
    expect(read('# c\nx', 'mysql')).toEqual([
      ['comment', '# c'],
      ['word', 'x'],
    ]);
    expect(read('a # b', 'postgres')).toEqual([
      ['word', 'a'],
      ['operator', '#'],
      ['word', 'b'],
    ]);
    expect(failure('#', 'clickhouse')).toEqual({ message: "Unexpected character '#'.", position: 0 });
  });

  it('refuses a bare carriage return inside a line comment', () => {
    expect(failure('a -- x\ry', 'postgres')).toEqual({
      message: 'A line comment contains a bare carriage return.',
      position: 6,
    });
    expect(failure('# x\r', 'mysql').position).toBe(3);
  });

  it('nests /* */ comments only in nesting modes', () => {
    const sql = '/* a /* b */ c */ x';
    expect(read(sql, 'postgres')).toEqual([
      ['comment', '/* a /* b */ c */'],
      ['word', 'x'],
    ]);
    expect(read(sql, 'mysql')).toEqual([
      ['comment', '/* a /* b */'],
      ['word', 'c'],
      ['operator', '*'],
      ['operator', '/'],
      ['word', 'x'],
    ]);
    expect(read(sql, mode('clickhouse', true, true))[0]).toEqual(['comment', '/* a /* b */ c */']);
    expect(failure('/* a /* b */', 'postgres')).toEqual({ message: 'Unterminated /* comment.', position: 0 });
    expect(read('/**/', 'postgres')).toEqual([['comment', '/**/']]);
    expect(failure('/*/', 'postgres').position).toBe(0);
  });

  it('reads executable comments and optimizer hints as hints', () => {
    expect(read('/*! 1 */ /*M! 2 */ /*+ 3 */ /*M 4 */ /* ! */', 'mysql')).toEqual([
      ['hint', '/*! 1 */'],
      ['hint', '/*M! 2 */'],
      ['hint', '/*+ 3 */'],
      ['comment', '/*M 4 */'],
      ['comment', '/* ! */'],
    ]);
  });

  it('refuses // on ClickHouse, where newer servers read a comment', () => {
    expect(failure('a // b', 'clickhouse')).toEqual({
      message: '// is not supported: newer ClickHouse servers read it as a comment.',
      position: 2,
    });
    expect(read('4 // 2', 'postgres').map(([, text]) => text)).toEqual(['4', '/', '/', '2']);
  });
});

describe('parameters and placeholders', () => {
  it('reads {{name}} as one param token whose value is the name, spaces allowed inside', () => {
    expect(lex('{{ region_1 }}', 'mysql').tokens).toEqual([
      { kind: 'param', text: '{{ region_1 }}', start: 0, end: 14, value: 'region_1' },
    ]);
    for (const dialect of DIALECTS)
      expect(read('x={{a}}', dialect), dialect).toEqual([
        ['word', 'x'],
        ['operator', '='],
        ['param', '{{a}}'],
      ]);
    expect(read('\'{{a}}\' "{{b}}" -- {{c}}', 'postgres').map(([kind]) => kind)).toEqual([
      'string',
      'quoted',
      'comment',
    ]);
  });

  it('refuses malformed parameters', () => {
    for (const sql of ['{{1a}}', '{{a}', '{{ a b }}', '{{}}', '{{a.b}}'])
      expect(failure(sql, 'postgres'), sql).toEqual({
        message: 'Malformed parameter: write parameters as {{name}}.',
        position: 0,
      });
    expect(read('{a}', 'postgres').map(([kind]) => kind)).toEqual(['punct', 'word', 'punct']);
  });

  it('reads native placeholders per dialect', () => {
    expect(read('$1 $23', 'postgres')).toEqual([
      ['placeholder', '$1'],
      ['placeholder', '$23'],
    ]);
    expect(read('$name ? $1', 'duckdb')).toEqual([
      ['placeholder', '$name'],
      ['placeholder', '?'],
      ['placeholder', '$1'],
    ]);
    expect(read('?', 'mysql')).toEqual([['placeholder', '?']]);
    expect(read('?', 'postgres')).toEqual([['operator', '?']]);
    expect(read('?', 'clickhouse')).toEqual([['operator', '?']]);
    expect(failure('$name', 'postgres').position).toBe(0);
  });
});

describe('unexpected characters', () => {
  it('names printable ASCII characters and gives code points for the rest', () => {
    expect(failure('a \\ b', 'postgres')).toEqual({ message: "Unexpected character '\\'.", position: 2 });
    expect(failure('a\u00a0b', 'postgres')).toEqual({ message: 'Unexpected character U+00A0.', position: 1 });
    expect(failure('\u200b', 'mysql').message).toBe('Unexpected character U+200B.');
    expect(failure('\u0001', 'mysql').message).toBe('Unexpected character U+0001.');
    expect(failure('x 😀', 'duckdb')).toEqual({ message: 'Unexpected character U+1F600.', position: 2 });
  });

  it('keeps the tokens read before the error', () => {
    const { tokens, error } = lex("select 'x", 'postgres');
    expect(error?.position).toBe(7);
    expect(pairs(tokens)).toEqual([['word', 'select']]);
  });
});

describe('tolerant lexing', () => {
  const tolerant = (sql: string, dialect: Dialect | LexMode = 'postgres'): [string, string][] => {
    const result = lex(sql, dialect, { tolerant: true });
    expect(result.error).toBeUndefined();
    expect(result.tokens.map((t) => t.text).join('')).toBe(sql);
    return pairs(result.tokens);
  };

  it('runs unterminated strings, names, comments and dollar quotes to the end of the text', () => {
    expect(tolerant("select 'abc")).toEqual([
      ['word', 'select'],
      ['string', "'abc"],
    ]);
    expect(tolerant("E'abc")).toEqual([['string', "E'abc"]]);
    expect(tolerant('$t$ abc')).toEqual([['string', '$t$ abc']]);
    expect(tolerant('x /* a /* b */')).toEqual([
      ['word', 'x'],
      ['comment', '/* a /* b */'],
    ]);
    expect(tolerant('/*+ hint')).toEqual([['hint', '/*+ hint']]);
    const [quoted] = lex('"ab""c', 'postgres', { tolerant: true }).tokens;
    expect(quoted).toMatchObject({ kind: 'quoted', text: '"ab""c', value: 'ab"c' });
    const [escaped] = lex('`a\\', 'clickhouse', { tolerant: true }).tokens;
    expect(escaped).toMatchObject({ kind: 'quoted', text: '`a\\', value: 'a' });
  });

  it('turns disallowed characters into unknown tokens and reads on', () => {
    expect(tolerant('a \u200b `b` 😀')).toEqual([
      ['word', 'a'],
      ['unknown', '\u200b'],
      ['unknown', '`'],
      ['word', 'b'],
      ['unknown', '`'],
      ['unknown', '😀'],
    ]);
    expect(tolerant('$ x')).toEqual([
      ['unknown', '$'],
      ['word', 'x'],
    ]);
    expect(tolerant('{{1}}')).toEqual([
      ['punct', '{'],
      ['punct', '{'],
      ['number', '1'],
      ['punct', '}'],
      ['punct', '}'],
    ]);
    expect(tolerant('a // b', 'clickhouse')).toEqual([
      ['word', 'a'],
      ['operator', '/'],
      ['operator', '/'],
      ['word', 'b'],
    ]);
    expect(tolerant('-- a\rb')).toEqual([['comment', '-- a\rb']]);
  });

  it('reads well-formed text exactly as strict lexing does', () => {
    const sql = "SELECT \"a\", 'b''c', $$d$$, {{e}} FROM t /* f */ WHERE x <> 1 -- g";
    for (const dialect of DIALECTS) {
      const strict = lex(sql.replace('$$d$$', "'d'"), dialect);
      expect(lex(sql.replace('$$d$$', "'d'"), dialect, { tolerant: true }), dialect).toEqual(strict);
    }
  });
});

describe('significant', () => {
  it('drops whitespace and ordinary comments but keeps hints', () => {
    const { tokens } = lex('a /* c */ /*+ h */ -- d\n b', 'postgres');
    expect(significant(tokens).map((t) => t.text)).toEqual(['a', '/*+ h */', 'b']);
  });
});

describe('lexModes', () => {
  it('gives each dialect its primary reading and the alternates servers may use', () => {
    expect(lexModes('postgres')).toEqual({
      primary: mode('postgres', false, true),
      alternates: [mode('postgres', true, true)],
    });
    expect(lexModes('duckdb')).toEqual({
      primary: mode('duckdb', false, true),
      alternates: [mode('duckdb', false, false)],
    });
    expect(lexModes('mysql')).toEqual({
      primary: mode('mysql', true, false),
      alternates: [mode('mysql', false, false), mode('mysql', true, true)],
    });
    expect(lexModes('clickhouse')).toEqual({
      primary: mode('clickhouse', true, false),
      alternates: [mode('clickhouse', true, true)],
    });
  });

  it('is what a dialect name lexes with', () => {
    for (const dialect of DIALECTS) {
      const sql = "/* a /* b */ 'c\\'' */ x";
      expect(lex(sql, dialect)).toEqual(lex(sql, lexModes(dialect).primary));
    }
  });
});
