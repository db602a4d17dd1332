import { describe, expect, it } from 'vitest';
import { normalizeSql } from './normalize.ts';

describe('normalizeSql', () => {
  it('gives whitespace, comment and keyword-case variants the same key', () => {
    const variants = [
      "SELECT region, SUM(amount) FROM sales WHERE region = 'EU' GROUP BY region",
      "select region, SUM(amount)\n  from sales\n where region = 'EU'\n group by region;",
      "/* dashboard 7 */ SELECT   region, SUM(amount) -- total\nFROM sales WHERE region = 'EU' GROUP BY region ; ",
      "Select region,\tSUM(amount) From sales /* filter */ Where region = 'EU' Group By region",
    ];
    const keys = new Set(variants.map((v) => normalizeSql(v)));
    expect([...keys]).toEqual(["SELECT region, SUM(amount) FROM sales WHERE region = 'EU' GROUP BY region"]);
  });

  it('never touches literals or quoted identifiers', () => {
    expect(normalizeSql("SELECT 'a  b -- c' FROM t")).toBe("SELECT 'a  b -- c' FROM t");
    expect(normalizeSql("SELECT 'EU'")).not.toBe(normalizeSql("SELECT 'eu'"));
    expect(normalizeSql("SELECT 'a b'")).not.toBe(normalizeSql("SELECT 'a  b'"));
    expect(normalizeSql('SELECT "Select" FROM "From"')).toBe('SELECT "Select" FROM "From"');
    expect(normalizeSql('SELECT $$ a   b $$', 'postgres')).toBe('SELECT $$ a   b $$');
  });

  it('does not fold identifiers, which may be case-sensitive', () => {
    expect(normalizeSql('SELECT * FROM Users')).not.toBe(normalizeSql('SELECT * FROM users'));
    expect(normalizeSql('select left(name, 2) from t')).toBe('SELECT left(name, 2) FROM t');
  });

  it('canonicalises parameters and keeps executable comments', () => {
    expect(normalizeSql('SELECT {{ region }}')).toBe('SELECT {{region}}');
    expect(normalizeSql('SELECT /*+ hint */ 1', 'mysql')).toBe('SELECT /*+ hint */ 1');
  });

  it('uses the engine rules when given, and otherwise only normalizes what every engine reads alike', () => {
    expect(normalizeSql('SELECT 1 # note', 'mysql')).toBe('SELECT 1');
    expect(normalizeSql('SELECT 1 # note')).toBe('SELECT 1 # note');
    expect(normalizeSql("SELECT 'it\\'s'  ,  1", 'clickhouse')).toBe("SELECT 'it\\'s' , 1");
    expect(normalizeSql("SELECT 'it\\'s'  ,  1")).toBe("SELECT 'it\\'s'  ,  1");
  });

  it('returns unreadable SQL unchanged', () => {
    expect(normalizeSql("SELECT 'open")).toBe("SELECT 'open");
    expect(normalizeSql('SELECT 1 /* open', 'postgres')).toBe('SELECT 1 /* open');
  });
});
