import { describe, expect, it } from 'vitest';
import { diffBlocks } from './block-diff';

const sql = (id: string, text: string, title = id) => ({
  id,
  type: 'SQL' as const,
  content: { title, sql: text, dataSourceId: 'd' },
});

describe('diffBlocks', () => {
  it('lists added, changed (with the SQL line diff) and removed blocks; unchanged ones are left out', () => {
    const then = [sql('a', 'select 1\nfrom t'), sql('b', 'select 2'), sql('c', 'select 3')];
    const now = [sql('a', 'select 1\nfrom u'), sql('c', 'select 3'), sql('d', 'select 4')];
    const changes = diffBlocks(then, now);
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['a', 'changed'],
      ['d', 'added'],
      ['b', 'removed'],
    ]);
    expect(changes[0]!.fields).toEqual(['sql']);
    expect(changes[0]!.text?.lines).toEqual([
      { kind: 'same', text: 'select 1' },
      { kind: 'removed', text: 'from t' },
      { kind: 'added', text: 'from u' },
    ]);
  });

  it('reports a rename as a changed title, without a text diff', () => {
    const [change] = diffBlocks([sql('a', 'select 1', 'Old')], [sql('a', 'select 1', 'New')]);
    expect(change).toMatchObject({ kind: 'changed', title: 'New', fields: ['title'] });
    expect(change!.text).toBeUndefined();
  });
});
