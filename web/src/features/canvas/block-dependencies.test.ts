import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { usesText } from './block-dependencies';

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
