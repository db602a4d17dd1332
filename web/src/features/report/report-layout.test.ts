import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { overridesFor, reportLayout, runsOf, sqlTextOf } from './report-layout';

const block = (
  id: string,
  type: BlockJson['type'],
  x: number,
  y: number,
  content: Record<string, unknown>,
  w = 6,
): BlockJson => ({ id, type, position: { x, y, w, h: 6 }, content });

const sql = block('s', 'SQL', 0, 0, { title: 'Revenue', sql: 'SELECT 1' });
const lone = block('l', 'SQL', 6, 0, { title: 'Raw orders' });
const chart = block('c', 'CHART', 0, 6, { sourceBlockId: 's' });
const text = block('t', 'TEXT', 6, 6, { markdown: 'Total {{s.revenue}}' });
const region = block(
  'f',
  'FILTER',
  0,
  12,
  { parameter: 'region', kind: 'select', options: ['EU'], targets: ['s'] },
  12,
);
const orphan = block('m', 'METRIC', 0, 18, { sourceBlockId: 'hidden' });

describe('report layout', () => {
  it('moves filters to the bar and keeps cards in reading order with their widths', () => {
    const layout = reportLayout([orphan, region, text, chart, lone, sql]);
    expect(layout.filters.map((f) => f.filter.parameter)).toEqual(['region']);
    expect(layout.cards.map((c) => c.block.id)).toEqual(['l', 'c', 't', 'm']);
    expect(layout.cards[1]!.span).toBe(6);
  });

  it('shows a SQL block only when nothing shown reads it, and folds its SQL under its readers', () => {
    const layout = reportLayout([sql, lone, chart, text]);
    expect(layout.cards.some((c) => c.block.id === 's')).toBe(false);
    expect(layout.cards.find((c) => c.block.id === 'c')!.sqlBlocks.map((b) => b.id)).toEqual(['s']);
    expect(layout.cards.find((c) => c.block.id === 't')!.sqlBlocks.map((b) => b.id)).toEqual(['s']);
  });

  it('runs a result through a published reader when its SQL block was not published', () => {
    expect(runsOf([sql, chart, orphan])).toEqual([
      { sqlBlockId: 's', runBlockId: 's' },
      { sqlBlockId: 'hidden', runBlockId: 'm' },
    ]);
  });

  it('passes a viewer choice only to the SQL blocks its filter targets', () => {
    const filters = reportLayout([region]).filters.map((f) => f.filter);
    expect(overridesFor('s', filters, { region: 'EU' })).toEqual({ region: 'EU' });
    expect(overridesFor('l', filters, { region: 'EU' })).toEqual({});
  });

  it('reads SQL text only when the publication carries it', () => {
    expect(sqlTextOf(sql)).toBe('SELECT 1');
    expect(sqlTextOf(lone)).toBeNull();
    expect(sqlTextOf(block('r', 'SQL', 0, 0, { sql: 'SELECT 1', runSql: 'SELECT 2' }))).toBe('SELECT 2');
  });
});
