import { describe, expect, it } from 'vitest';
import type { BlockJson } from '@tessera/canvas-model';
import { chooseBlocks, publicationChanges, supportBlocks, viewerBlock } from './publication-view.ts';

const at = { x: 0, y: 0, w: 6, h: 4 };
const block = (id: string, type: BlockJson['type'], content: Record<string, unknown>): BlockJson => ({
  id,
  type,
  position: at,
  content,
});
const sql = block('s', 'SQL', {
  title: 'Orders',
  dataSourceId: 'd',
  sql: 'SELECT 1 -- draft',
  parameters: { n: 1 },
  maxRows: 10,
});
const chart = block('c', 'CHART', {
  sourceBlockId: 's',
  chartType: 'bar',
  encodings: { x: 'a', y: 'b' },
  title: 'Sales',
});
const filter = block('f', 'FILTER', {
  parameter: 'region',
  kind: 'select',
  options: ['EU'],
  optionsFrom: { sourceBlockId: 's', column: 'region' },
});
const hiddenFilter = block('g', 'FILTER', { parameter: 'year', kind: 'select', default: 2025 });
const emptyText = block('t', 'TEXT', { markdown: '  ' });
const emptySql = block('e', 'SQL', { sql: '' });
const canvas = [sql, chart, filter, hiddenFilter, emptyText, emptySql];

describe('publication contents', () => {
  it('publishes every block with content by default, or the chosen ones in canvas order', () => {
    expect(chooseBlocks(canvas, null).map((b) => b.id)).toEqual(['s', 'c', 'f', 'g']);
    expect(chooseBlocks(canvas, ['f', 'c']).map((b) => b.id)).toEqual(['c', 'f']);
    expect(() => chooseBlocks(canvas, [])).toThrow(/at least one/);
    expect(() => chooseBlocks(canvas, ['c', 'nope'])).toThrow(/nope/);
    expect(() => chooseBlocks([emptyText], null)).toThrow(/no block with content/);
  });

  it('keeps the SQL the published blocks read and every filter server-side, nothing else', () => {
    expect(supportBlocks([chart], canvas).map((b) => b.id)).toEqual(['s', 'f', 'g']);
    expect(supportBlocks([filter], canvas).map((b) => b.id)).toEqual(['s', 'g']);
    expect(supportBlocks([sql, chart], canvas).map((b) => b.id)).toEqual(['f', 'g']);
  });

  it('viewers never read data source ids, and SQL text and parameters only with showCode', () => {
    expect(viewerBlock(sql, false)).toEqual({
      id: 's',
      type: 'SQL',
      position: at,
      content: { title: 'Orders', maxRows: 10 },
    });
    expect(viewerBlock(sql, true).content).toEqual({
      title: 'Orders',
      sql: 'SELECT 1 -- draft',
      parameters: { n: 1 },
      maxRows: 10,
    });
    expect(viewerBlock(chart, false)).toEqual(chart);
  });

  it('lists changed, removed and added blocks; blocks left out on purpose are not changes', () => {
    const publication = { blocks: [sql, chart, filter], canvasBlockIds: canvas.map((b) => b.id) };
    expect(publicationChanges(canvas, publication)).toEqual([]);
    // Key order is not a change (projections may list keys differently).
    const reordered = { ...chart, content: Object.fromEntries(Object.entries(chart.content).reverse()) };
    expect(publicationChanges([sql, reordered, filter, hiddenFilter], publication)).toEqual([]);
    const now = [
      { ...sql, position: { ...at, y: 5 } },
      { ...chart, content: { ...chart.content, chartType: 'line' } },
      { ...hiddenFilter, content: { ...hiddenFilter.content, default: 2024 } },
      block('n', 'TEXT', { markdown: 'new' }),
    ];
    expect(publicationChanges(now, publication)).toEqual([
      { blockId: 's', type: 'SQL', kind: 'CHANGED', title: 'Orders' },
      { blockId: 'c', type: 'CHART', kind: 'CHANGED', title: 'Sales' },
      { blockId: 'f', type: 'FILTER', kind: 'REMOVED', title: null },
      { blockId: 'n', type: 'TEXT', kind: 'ADDED', title: null },
    ]);
  });

  it('does not count heights grown to fit content, nor the push-down under them; a reorder or a move to other columns counts', () => {
    const top = { ...sql, id: 'top', position: { x: 0, y: 0, w: 6, h: 4 } };
    const below = { ...chart, id: 'below', position: { x: 0, y: 4, w: 6, h: 4 } };
    const beside = { ...filter, id: 'beside', position: { x: 6, y: 0, w: 6, h: 2 } };
    const publication = { blocks: [top, below, beside], canvasBlockIds: ['top', 'below', 'beside'] };
    const grown = [
      { ...top, position: { ...top.position, h: 7 } },
      { ...below, position: { ...below.position, y: 7 } },
      { ...beside, position: { ...beside.position, h: 3 } },
    ];
    expect(publicationChanges(grown, publication)).toEqual([]);
    const swapped = [
      { ...top, position: { ...top.position, y: 4 } },
      { ...below, position: { ...below.position, y: 0 } },
      beside,
    ];
    expect(publicationChanges(swapped, publication).map((c) => c.blockId)).toEqual(['top', 'below']);
    const widened = [top, below, { ...beside, position: { ...beside.position, x: 4, w: 8 } }];
    expect(publicationChanges(widened, publication).map((c) => c.blockId)).toEqual(['beside']);
  });
});
