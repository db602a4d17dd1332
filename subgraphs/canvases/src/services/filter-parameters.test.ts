import { describe, expect, it } from 'vitest';
import type { BlockJson } from '@tessera/canvas-model';
import { placeholdersIn } from '@tessera/canvas-model';
import { parametersFor, withLockedFilters } from './filter-parameters.ts';

const block = (id: string, type: BlockJson['type'], content: Record<string, unknown>): BlockJson => ({
  id,
  type,
  position: { x: 0, y: 0, w: 1, h: 1 },
  content,
});

const q1 = block('q1', 'SQL', {
  dataSourceId: 'd',
  sql: 'SELECT {{region}}, {{period_from}}, {{period_to}}, {{limit}}',
  parameters: { limit: 10, unused: 1 },
});
const q2 = block('q2', 'SQL', { dataSourceId: 'd', sql: 'SELECT {{ region }}, {{segment}}' });
const blocks = [
  q1,
  q2,
  block('f1', 'FILTER', { parameter: 'region', kind: 'select', default: 'All', targets: ['q1'] }),
  block('f2', 'FILTER', {
    parameter: 'period',
    kind: 'dateRange',
    default: { from: '2024-01-01', to: '2024-12-31' },
  }),
  block('f3', 'FILTER', { parameter: 'segment', kind: 'multiSelect' }),
];

describe('filter parameters', () => {
  it('finds {{name}} placeholders', () => {
    expect(placeholdersIn('SELECT {{a}}, {{ b_2 }}, {{a}}, {x}')).toEqual(['a', 'b_2']);
  });

  it('uses defaults, viewer values and targets; passes only what the SQL uses', () => {
    expect(parametersFor(q1, blocks, null, {})).toEqual({
      region: 'All',
      period_from: '2024-01-01',
      period_to: '2024-12-31',
      limit: 10,
    });
    expect(
      parametersFor(q1, blocks, { region: 'Europe', period: { from: '2025-01-01', to: '2025-01-31' } }, {}),
    ).toMatchObject({
      region: 'Europe',
      period_from: '2025-01-01',
    });
    // f1 targets q1 only; f3 has no default and no value.
    expect(parametersFor(q2, blocks, {}, {})).toEqual({});
    expect(parametersFor(q2, blocks, { segment: ['enterprise'] }, {})).toEqual({ segment: ['enterprise'] });
  });

  it('forces locked values everywhere, whatever the viewer sends and whatever the targets say', () => {
    const locked = { region: 'Europe' };
    expect(parametersFor(q1, blocks, { region: 'Asia Pacific' }, locked).region).toBe('Europe');
    expect(parametersFor(q2, blocks, { region: 'Asia Pacific' }, locked)).toEqual({ region: 'Europe' });
    expect(withLockedFilters(blocks, locked).find((b) => b.id === 'f1')!.content).toMatchObject({
      default: 'Europe',
      locked: true,
    });
  });

  it('refuses unknown filters and values of the wrong kind', () => {
    expect(() => parametersFor(q1, blocks, { country: 'FR' }, {})).toThrow(
      expect.objectContaining({ field: 'filters.country' }),
    );
    expect(() => parametersFor(q1, blocks, { period: '2025' }, {})).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => parametersFor(q1, blocks, ['x'], {})).toThrow(expect.objectContaining({ field: 'filters' }));
  });
});
