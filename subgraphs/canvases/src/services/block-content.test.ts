import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, projectBlocks, type BlockJson } from '@tessera/canvas-model';
import { mergeContent, validateBlockContent } from './block-content.ts';
import { templateBlocks, templateId } from './templates.ts';
import { replaceBlocks } from './version-service.ts';

const sql: BlockJson = {
  id: 's1',
  type: 'SQL',
  position: { x: 0, y: 0, w: 4, h: 4 },
  content: { dataSourceId: 'd', sql: 'SELECT 1' },
};

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return null;
}

describe('block content', () => {
  it('names the field at fault', () => {
    expect(
      fieldOf(() =>
        validateBlockContent('CHART', { sourceBlockId: 's1', chartType: 'bar', encodings: { x: 'a' } }, [
          sql,
        ]),
      ),
    ).toBe('content.encodings.y');
    expect(
      fieldOf(() =>
        validateBlockContent(
          'CHART',
          { sourceBlockId: 's1', chartType: 'bigNumber', encodings: { y: 'v' } },
          [sql],
        ),
      ),
    ).toBeNull();
    expect(
      fieldOf(() =>
        validateBlockContent('METRIC', { sourceBlockId: 's1', field: 'v', comparison: { label: 'vs' } }, [
          sql,
        ]),
      ),
    ).toBe('content.comparison');
    expect(
      fieldOf(() =>
        validateBlockContent(
          'FILTER',
          { parameter: 'n', kind: 'numberRange', default: { min: 5, max: 1 } },
          [],
        ),
      ),
    ).toBe('content.default.min');
    expect(
      fieldOf(() =>
        validateBlockContent('FILTER', { parameter: 'n', kind: 'select', targets: ['nope'] }, [sql]),
      ),
    ).toBe('content.targets.0');
    expect(fieldOf(() => validateBlockContent('TEXT', { markdown: '{{s2.v}}' }, [sql]))).toBe(
      'content.markdown',
    );
    expect(fieldOf(() => validateBlockContent('TEXT', { markdown: 'x', meta: { 'a.b': 1 } }, []))).toBe(
      'content.meta.a.b',
    );
  });

  it('keeps keys it does not know (UI state written by live editors)', () => {
    expect(validateBlockContent('TEXT', { markdown: 'hi', collapsed: true }, [])).toEqual({
      markdown: 'hi',
      collapsed: true,
    });
  });

  it('merges patches per key; null removes', () => {
    expect(mergeContent({ a: 1, b: 2 }, { b: null, c: 3 })).toEqual({ a: 1, c: 3 });
  });
});

describe('templates', () => {
  it('accept friendly names', () => {
    expect(templateId(undefined)).toBe('blank');
    expect(templateId('Sales overview')).toBe('sales-overview');
    expect(templateId('nope')).toBeNull();
  });

  it('Sales overview blocks pass block validation', async () => {
    const blocks = await templateBlocks('sales-overview', {
      projectId: 'p',
      demoSourceFor: async () => 'demo',
    });
    for (const block of blocks) {
      expect(() =>
        validateBlockContent(
          block.type,
          block.content,
          blocks.filter((b) => b !== block),
        ),
      ).not.toThrow();
    }
  });
});

describe('replaceBlocks', () => {
  it('turns a document into the target blocks with Yjs edits', () => {
    const doc = new Y.Doc();
    addBlock(doc, sql);
    addBlock(doc, {
      id: 't1',
      type: 'TEXT',
      position: { x: 0, y: 5, w: 2, h: 2 },
      content: { markdown: 'old', extra: 1 },
    });
    const target: BlockJson[] = [
      { id: 't1', type: 'TEXT', position: { x: 1, y: 5, w: 2, h: 2 }, content: { markdown: 'new' } },
      { id: 't2', type: 'TEXT', position: { x: 0, y: 9, w: 2, h: 2 }, content: { markdown: 'added' } },
    ];
    replaceBlocks(doc, target);
    expect(projectBlocks(doc)).toEqual(target);
  });
});
