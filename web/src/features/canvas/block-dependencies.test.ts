import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { blockLinks, usesText } from './block-dependencies';

const at = { x: 0, y: 0, w: 4, h: 4 };
const sql: BlockJson = {
  id: 's',
  type: 'SQL',
  position: at,
  content: { title: 'Sales', dataSourceId: 'd', sql: 'select * from t where r = {{region}}' },
};
const chart: BlockJson = {
  id: 'c',
  type: 'CHART',
  position: at,
  content: { title: 'Trend', sourceBlockId: 's' },
};
const filter: BlockJson = {
  id: 'f',
  type: 'FILTER',
  position: at,
  content: { label: 'Region', parameter: 'region', kind: 'select' },
};

describe('usesText: the header says what a block uses and what uses it', () => {
  it('names the blocks and parameters on both sides', () => {
    const blocks = [sql, chart, filter];
    expect(usesText(sql, blocks)).toBe('Uses {{region}}. Used by trend.');
    expect(usesText(chart, blocks)).toBe('Uses sales. Nothing uses it yet.');
    expect(usesText(filter, blocks)).toBe('Uses nothing else. Used by sales.');
  });
});

describe('blockLinks: "uses / used by" across chained SQL (R33)', () => {
  const joined: BlockJson = {
    id: 'j',
    type: 'SQL',
    position: at,
    content: { name: 'joined', sql: 'select * from {{sales}} s join {{targets}} t using (region)' },
  };
  const targets: BlockJson = {
    id: 't',
    type: 'SQL',
    position: at,
    content: { name: 'targets', dataSourceId: 'd', sql: 'select * from targets' },
  };
  const blocks = [sql, chart, filter, joined, targets];
  const ids = (list: BlockJson[]) => list.map((b) => b.id);

  it('an SQL block uses the blocks it reads by name and the FILTERs giving its parameters', () => {
    expect(ids(blockLinks(joined, blocks).uses)).toEqual(['s', 't']);
    expect(ids(blockLinks(sql, blocks).uses)).toEqual(['f']);
    expect(ids(blockLinks(chart, blocks).uses)).toEqual(['s']);
  });

  it('a block is used by the charts showing it and the SQL blocks reading it', () => {
    expect(ids(blockLinks(sql, blocks).usedBy)).toEqual(['c', 'j']);
    expect(ids(blockLinks(targets, blocks).usedBy)).toEqual(['j']);
    expect(ids(blockLinks(filter, blocks).usedBy)).toEqual(['s']);
    expect(blockLinks(joined, blocks).usedBy).toEqual([]);
  });

  it('names chained blocks as blocks, not parameters, in words', () => {
    expect(usesText(joined, blocks)).toBe('Uses sales, targets. Nothing uses it yet.');
    expect(usesText(sql, blocks)).toBe('Uses {{region}}. Used by trend, joined.');
  });
});
