import { describe, expect, it } from 'vitest';
import { lexSql } from './sql-lexer.ts';

const kinds = (sql: string): [string, string, string, number][] =>
  lexSql(sql).map((t) => [t.kind, t.text, t.value, t.depth]);

describe('lexSql', () => {
  it('drops layout, joins compound operators and tracks parenthesis depth', () => {
    expect(kinds("select count(x) as n from t where a <> 'it''s' -- c\n and b>=2;")).toEqual([
      ['word', 'select', 'SELECT', 0],
      ['word', 'count', 'COUNT', 0],
      ['open', '(', '(', 0],
      ['word', 'x', 'X', 1],
      ['close', ')', ')', 0],
      ['word', 'as', 'AS', 0],
      ['word', 'n', 'N', 0],
      ['word', 'from', 'FROM', 0],
      ['word', 't', 'T', 0],
      ['word', 'where', 'WHERE', 0],
      ['word', 'a', 'A', 0],
      ['op', '<>', '<>', 0],
      ['string', "'it''s'", "it's", 0],
      ['word', 'and', 'AND', 0],
      ['word', 'b', 'B', 0],
      ['op', '>=', '>=', 0],
      ['number', '2', '2', 0],
      ['semicolon', ';', ';', 0],
    ]);
    expect(lexSql('a < > b').map((t) => t.text)).toEqual(['a', '<', '>', 'b']);
    expect(
      lexSql('x::int || y != z')
        .filter((t) => t.kind === 'op')
        .map((t) => t.text),
    ).toEqual(['::', '||', '!=']);
  });

  it('reads names quoted for any engine without a dialect, and per dialect with one', () => {
    expect(kinds('"a b".`c`')).toEqual([
      ['quotedIdent', '"a b"', 'a b', 0],
      ['dot', '.', '.', 0],
      ['quotedIdent', '`c`', 'c', 0],
    ]);
    expect(lexSql('"x"', 'mysql')[0]).toMatchObject({ kind: 'string', value: 'x' });
    expect(lexSql("$$a'b$$ E'c\\'d'", 'postgres').map((t) => t.value)).toEqual(["a'b", "c\\'d"]);
    expect(lexSql('{{ region }}')[0]).toMatchObject({ kind: 'param', value: 'region' });
  });

  it('never throws on broken text', () => {
    expect(kinds("select 'abc")).toEqual([
      ['word', 'select', 'SELECT', 0],
      ['string', "'abc", 'abc', 0],
    ]);
    expect(lexSql('a /* open').map((t) => t.text)).toEqual(['a']);
    expect(lexSql('a \u200b b').map((t) => t.kind)).toEqual(['word', 'op', 'word']);
    expect(lexSql(')) (').map((t) => t.depth)).toEqual([0, 0, 0]);
  });
});
