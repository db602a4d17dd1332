import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BLOCK_KINDS,
  BLOCK_TYPES,
  TEXT_FIELDS,
  addBlock,
  blocksOf,
  checkBlockContent,
  dependenciesOf,
  newBlockOf,
  type BlockJson,
} from './index.ts';

const at = { x: 0, y: 0, w: 1, h: 1 };
const sql: BlockJson = {
  id: 's1',
  type: 'SQL',
  position: at,
  content: { dataSourceId: 'd', sql: 'select {{region}}, {{period_from}}' },
};

describe('block kinds', () => {
  it('R11: every block type of the API has exactly one kind, with a title and a size', () => {
    expect(Object.keys(BLOCK_KINDS).sort()).toEqual([...BLOCK_TYPES].sort());
    for (const type of BLOCK_TYPES) {
      expect(BLOCK_KINDS[type].type).toBe(type);
      expect(BLOCK_KINDS[type].title).not.toBe('');
      expect(BLOCK_KINDS[type].defaultSize.w).toBeGreaterThan(0);
    }
  });

  it('R3 R11: the text fields of the kinds are the Y.Text fields of the document', () => {
    expect(new Set(Object.values(BLOCK_KINDS).flatMap((k) => k.textFields))).toEqual(new Set(TEXT_FIELDS));
    const doc = new Y.Doc();
    addBlock(doc, {
      id: 't',
      type: 'TEXT',
      position: at,
      content: newBlockOf('TEXT', { blocks: [], dataSources: [] }).content,
    });
    expect((blocksOf(doc).get('t')!.get('content') as Y.Map<unknown>).get('markdown')).toBeInstanceOf(Y.Text);
  });

  it('R13 R32: new blocks start with their kind size and content; result-backed ones read the last SQL block', () => {
    const context = { blocks: [sql], dataSources: [{ id: 'demo' }] };
    expect(newBlockOf('SQL', context)).toEqual({
      type: 'SQL',
      size: { w: 6, h: 8 },
      content: { title: 'Query 2', sql: '', dataSourceId: 'demo' },
    });
    expect(newBlockOf('CHART', context).content).toEqual({ title: 'Chart', sourceBlockId: 's1' });
    expect(newBlockOf('METRIC', { blocks: [], dataSources: [] })).toEqual({
      type: 'METRIC',
      size: { w: 3, h: 3 },
      content: { title: 'Metric', aggregate: 'sum' },
    });
  });

  it('R17: a new filter gets a free parameter name and no built-in options', () => {
    const first = newBlockOf('FILTER', { blocks: [sql], dataSources: [] }).content;
    expect(first).toEqual({
      label: 'Filter',
      parameter: 'filter_1',
      kind: 'select',
      options: [],
      targets: [],
    });
    const taken: BlockJson = { id: 'f', type: 'FILTER', position: at, content: first };
    expect(newBlockOf('FILTER', { blocks: [sql, taken], dataSources: [] }).content.parameter).toBe(
      'filter_2',
    );
    expect(checkBlockContent('FILTER', first, [sql]).ok).toBe(true);
  });

  it('R14: kinds say what they read and write', () => {
    const chart: BlockJson = { id: 'c', type: 'CHART', position: at, content: { sourceBlockId: 's1' } };
    const filter: BlockJson = {
      id: 'f',
      type: 'FILTER',
      position: at,
      content: { parameter: 'period', kind: 'dateRange', optionsFrom: { sourceBlockId: 's1', column: 'd' } },
    };
    const text: BlockJson = {
      id: 't',
      type: 'TEXT',
      position: at,
      content: { markdown: '{{s1.revenue}} in {{region}}' },
    };
    expect(dependenciesOf(sql)).toEqual({
      reads: [
        { kind: 'parameter', name: 'region' },
        { kind: 'parameter', name: 'period_from' },
      ],
      writes: [{ kind: 'result', blockId: 's1' }],
    });
    expect(dependenciesOf(chart)).toEqual({ reads: [{ kind: 'result', blockId: 's1' }], writes: [] });
    expect(dependenciesOf(filter).writes).toEqual([
      { kind: 'parameter', name: 'period_from' },
      { kind: 'parameter', name: 'period_to' },
    ]);
    expect(dependenciesOf(filter).reads).toEqual([{ kind: 'result', blockId: 's1' }]);
    expect(dependenciesOf(text).reads).toEqual([
      { kind: 'result', blockId: 's1' },
      { kind: 'parameter', name: 'region' },
    ]);
  });
});
