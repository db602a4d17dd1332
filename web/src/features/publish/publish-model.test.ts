import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { changesText, defaultSelection, isEmptyBlock, readersOfUnchecked, textLabel } from './publish-model';

const at = { x: 0, y: 0, w: 6, h: 6 };
const sql: BlockJson = { id: 's', type: 'SQL', position: at, content: { sql: 'SELECT 1' } };
const chart: BlockJson = { id: 'c', type: 'CHART', position: at, content: { sourceBlockId: 's' } };
const draft: BlockJson = { id: 'd', type: 'TEXT', position: at, content: { markdown: '  ' } };
const fresh: BlockJson = { id: 'n', type: 'TEXT', position: at, content: { markdown: '# New' } };

describe('publish dialog model', () => {
  it('leaves empty draft blocks out of a first publication', () => {
    expect(isEmptyBlock(draft)).toBe(true);
    expect(isEmptyBlock({ ...sql, content: { sql: '' } })).toBe(true);
    expect([...defaultSelection([sql, chart, draft], null, [])]).toEqual(['s', 'c']);
  });

  it('keeps the earlier choice when republishing and offers blocks added since', () => {
    const selected = defaultSelection([sql, chart, fresh], { blockIds: ['c'] }, [
      { blockId: 'n', kind: 'ADDED' },
    ]);
    expect([...selected].sort()).toEqual(['c', 'n']);
  });

  it('names readers whose SQL block is left out', () => {
    expect(readersOfUnchecked([sql, chart], new Set(['c']))).toEqual(['c']);
    expect(readersOfUnchecked([sql, chart], new Set(['c', 's']))).toEqual([]);
  });

  it('counts changes in words', () => {
    expect(changesText(0)).toBe('no changes since');
    expect(changesText(1)).toBe('1 change since');
    expect(changesText(2)).toBe('2 changes since');
  });

  it('names an untitled text block by its first line', () => {
    expect(textLabel(fresh, 'Text')).toBe('New');
    expect(textLabel({ ...fresh, content: { markdown: '## **Sales** overview\nmore' } }, 'Text')).toBe(
      'Sales overview',
    );
    expect(textLabel(draft, 'Text')).toBe('Text');
  });
});
