import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';
import { hostileCorpus, type CorpusEngine } from './hostile-corpus.ts';
import { legitimateCorpus } from './legit-corpus.ts';
import { ENGINES, type Engine } from './types.ts';

const enginesOf = (engine: CorpusEngine): readonly Engine[] => (engine === 'all' ? ENGINES : [engine]);
const expand = <T extends { engine: CorpusEngine }>(cases: readonly T[]): [Engine, T][] =>
  cases.flatMap((c) => enginesOf(c.engine).map((e): [Engine, T] => [e, c]));

describe('hostile corpus', () => {
  it('is large enough', () => {
    expect(hostileCorpus.filter((c) => c.expectCode !== null).length).toBeGreaterThanOrEqual(60);
    expect(legitimateCorpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(expand(hostileCorpus))('%s: %j', (engine, c) => {
    const result = guardSql(c.sql, engine);
    if (c.expectCode === null) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toMatchObject({ ok: false, code: c.expectCode });
    if (!result.ok && result.code !== 'EMPTY') {
      expect(result.position).toBeGreaterThanOrEqual(0);
      expect(result.position).toBeLessThan(c.sql.length);
    }
  });
});

describe('legitimate corpus', () => {
  it.each(expand(legitimateCorpus))('%s: %j', (engine, c) => {
    const result = guardSql(c.sql, engine);
    expect(result).toMatchObject({ ok: true, kind: c.kind });
    if (result.ok) {
      expect(c.sql).toContain(result.sql);
      expect(result.sql).toBe(result.sql.trim());
      expect(result.sql.endsWith(';')).toBe(false);
      // The guarded text is itself accepted unchanged.
      expect(guardSql(result.sql, engine)).toEqual(result);
    }
  });
});
