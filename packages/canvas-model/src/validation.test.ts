import { describe, expect, it } from 'vitest';
import type { BlockJson } from './document/types.ts';
import { checkBlockContent, checkPosition, mergeContent, type Checked } from './index.ts';

const at = { x: 0, y: 0, w: 4, h: 4 };
const sql: BlockJson = {
  id: 's1',
  type: 'SQL',
  position: at,
  content: { dataSourceId: 'd', sql: 'SELECT 1', title: 'Totals' },
};
const filter: BlockJson = {
  id: 'f1',
  type: 'FILTER',
  position: at,
  content: { parameter: 'period', kind: 'dateRange' },
};

const fieldOf = (checked: Checked<unknown>) => (checked.ok ? null : checked.issues[0]!.field);

describe('block content', () => {
  it('R36: an SQL block needs a data source unless it reads other blocks', () => {
    const named: BlockJson = { ...sql, content: { ...sql.content, name: 'totals' } };
    expect(fieldOf(checkBlockContent('SQL', { sql: 'SELECT 1' }, [named]))).toBe('content.dataSourceId');
    expect(fieldOf(checkBlockContent('SQL', { sql: 'SELECT * FROM {{totals}}' }, [named]))).toBeNull();
    // A placeholder that names no block is a parameter, not a block to read.
    expect(fieldOf(checkBlockContent('SQL', { sql: 'SELECT {{other}}' }, [named]))).toBe(
      'content.dataSourceId',
    );
  });

  it('R12: names the field at fault, per kind', () => {
    expect(
      fieldOf(
        checkBlockContent('CHART', { sourceBlockId: 's1', chartType: 'bar', encodings: { x: 'a' } }, [sql]),
      ),
    ).toBe('content.encodings.y');
    expect(
      fieldOf(
        checkBlockContent('CHART', { sourceBlockId: 's1', chartType: 'bigNumber', encodings: { y: 'v' } }, [
          sql,
        ]),
      ),
    ).toBeNull();
    expect(
      fieldOf(
        checkBlockContent('CHART', { sourceBlockId: 's1', chartType: 'number', encodings: { y: 'v' } }, [
          sql,
        ]),
      ),
    ).toBe('content.chartType');
    expect(
      fieldOf(
        checkBlockContent('METRIC', { sourceBlockId: 's1', field: 'v', comparison: { label: 'vs' } }, [sql]),
      ),
    ).toBe('content.comparison');
    expect(
      fieldOf(
        checkBlockContent('FILTER', { parameter: 'n', kind: 'numberRange', default: { min: 5, max: 1 } }, []),
      ),
    ).toBe('content.default.min');
    expect(fieldOf(checkBlockContent('SQL', { sql: 'select 1' }, []))).toBe('content.dataSourceId');
  });

  it('R12: keeps keys it does not know (UI state written by live editors)', () => {
    expect(checkBlockContent('TEXT', { markdown: 'hi', collapsed: true }, [])).toEqual({
      ok: true,
      value: { markdown: 'hi', collapsed: true },
    });
  });

  it('R25: references point at blocks of the canvas', () => {
    expect(fieldOf(checkBlockContent('TABLE', { sourceBlockId: 'f1' }, [sql, filter]))).toBe(
      'content.sourceBlockId',
    );
    expect(
      fieldOf(checkBlockContent('FILTER', { parameter: 'n', kind: 'select', targets: ['nope'] }, [sql])),
    ).toBe('content.targets.0');
    expect(fieldOf(checkBlockContent('FILTER', { parameter: 'period', kind: 'select' }, [filter]))).toBe(
      'content.parameter',
    );
    expect(
      fieldOf(
        checkBlockContent(
          'FILTER',
          { parameter: 'n', kind: 'select', optionsFrom: { sourceBlockId: 'gone', column: 'c' } },
          [sql],
        ),
      ),
    ).toBe('content.optionsFrom.sourceBlockId');
    expect(fieldOf(checkBlockContent('TEXT', { markdown: '{{s2.v}}' }, [sql]))).toBe('content.markdown');
    expect(fieldOf(checkBlockContent('TEXT', { markdown: 'Hello {{ not a binding }}' }, [sql]))).toBe(
      'content.markdown',
    );
    expect(fieldOf(checkBlockContent('TEXT', { markdown: '{{region}}' }, [sql, filter]))).toBe(
      'content.markdown',
    );
    expect(
      checkBlockContent('TEXT', { markdown: '{{s1.v}} {{totals.v}} from {{period_from}}' }, [sql, filter]).ok,
    ).toBe(true);
  });

  it('R26 R27: positions stay on the grid; content keys and size are bounded', () => {
    expect(checkPosition({ x: -1, y: 0, w: 1, h: 1 })).toMatchObject({
      ok: false,
      issues: [{ field: 'position.x' }],
    });
    expect(checkPosition({ x: 0, y: 0, w: 2, h: 1 }).ok).toBe(true);
    expect(fieldOf(checkBlockContent('TEXT', { markdown: 'x', meta: { 'a.b': 1 } }, []))).toBe(
      'content.meta.a.b',
    );
    expect(fieldOf(checkBlockContent('TEXT', { markdown: 'x', big: 'y'.repeat(300 * 1024) }, []))).toBe(
      'content',
    );
    expect(fieldOf(checkBlockContent('TEXT', { markdown: 'x'.repeat(100_001) }, []))).toBe(
      'content.markdown',
    );
    expect(fieldOf(checkBlockContent('TEXT', [], []))).toBe('content');
  });

  it('R10: patches merge per key; null removes', () => {
    expect(mergeContent({ a: 1, b: 2 }, { b: null, c: 3 })).toEqual({ a: 1, c: 3 });
  });
});
