import { describe, expect, it } from 'vitest';
import type { BlockJson } from './document/types.ts';
import {
  canvasParameters,
  expandFilterValue,
  filterValuesIssues,
  parametersFor,
  placeholdersIn,
  withLockedFilters,
} from './index.ts';

const at = { x: 0, y: 0, w: 1, h: 1 };
const block = (id: string, type: BlockJson['type'], content: Record<string, unknown>): BlockJson => ({
  id,
  type,
  position: at,
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

describe('parameters', () => {
  it('R20: finds {{name}} placeholders once each, in order of first use', () => {
    expect(placeholdersIn('SELECT {{a}}, {{ b_2 }}, {{a}}, {x}')).toEqual(['a', 'b_2']);
    expect(
      placeholdersIn('SELECT * FROM t WHERE a = {{region}} AND d >= {{ period_from }} OR b = {{region}}'),
    ).toEqual(['region', 'period_from']);
  });

  it('R21: a filter value stands for {{p}}, {{p_from}}/{{p_to}} or {{p_min}}/{{p_max}}; an open end is null', () => {
    expect(expandFilterValue('p', ['a'])).toEqual({ p: ['a'] });
    expect(expandFilterValue('p', { from: '2025-01-01' })).toEqual({ p_from: '2025-01-01', p_to: null });
    expect(expandFilterValue('n', { min: 1, max: 2 })).toEqual({ n_min: 1, n_max: 2 });
  });

  it('R23: uses block defaults, filter defaults, viewer values and targets; passes only what the SQL uses', () => {
    expect(parametersFor(q1, blocks)).toEqual({
      region: 'All',
      period_from: '2024-01-01',
      period_to: '2024-12-31',
      limit: 10,
    });
    expect(
      parametersFor(q1, blocks, {
        viewer: { region: 'Europe', period: { from: '2025-01-01', to: '2025-01-31' } },
      }),
    ).toMatchObject({
      region: 'Europe',
      period_from: '2025-01-01',
    });
    // f1 targets q1 only; f3 has no default and no value: both are left out, so the run names them.
    expect(parametersFor(q2, blocks, { viewer: {} })).toEqual({});
    expect(parametersFor(q2, blocks, { viewer: { segment: ['enterprise'] } })).toEqual({
      segment: ['enterprise'],
    });
  });

  it('R24: locked values win everywhere, whatever the viewer sends and whatever the targets say', () => {
    const locked = { region: 'Europe' };
    expect(parametersFor(q1, blocks, { viewer: { region: 'Asia Pacific' }, locked }).region).toBe('Europe');
    expect(parametersFor(q2, blocks, { viewer: { region: 'Asia Pacific' }, locked })).toEqual({
      region: 'Europe',
    });
    expect(withLockedFilters(blocks, locked).find((b) => b.id === 'f1')!.content).toMatchObject({
      default: 'Europe',
      locked: true,
    });
    expect(canvasParameters(blocks, { viewer: { region: 'Asia Pacific' }, locked })).toMatchObject({
      region: 'Europe',
      period_to: '2024-12-31',
    });
  });

  it('R18 R24: canvas parameters are every filter value (viewer choice over default), for bindings', () => {
    expect(canvasParameters(blocks)).toEqual({
      region: 'All',
      period_from: '2024-01-01',
      period_to: '2024-12-31',
    });
    expect(canvasParameters(blocks, { viewer: { region: 'Asia Pacific' } }).region).toBe('Asia Pacific');
  });

  it('R21: a FILTER without a parameter or with an unknown kind provides nothing', () => {
    const odd = [
      q2,
      block('x', 'FILTER', { parameter: 'segment', kind: 'slider', default: ['a'] }),
      block('y', 'FILTER', { kind: 'select', default: 'a' }),
    ];
    expect(parametersFor(q2, odd)).toEqual({});
  });

  it('R22: refuses unknown filters and values of the wrong kind, except those it is told to skip', () => {
    expect(filterValuesIssues(blocks, { country: 'FR' }, 'filters')).toEqual([
      { field: 'filters.country', message: expect.stringContaining('not the parameter') },
    ]);
    expect(filterValuesIssues(blocks, { period: '2025' }, 'filters')[0]!.field).toBe('filters.period');
    expect(filterValuesIssues(blocks, { period: '2025' }, 'filters', { period: 'locked' })).toEqual([]);
    expect(
      filterValuesIssues(blocks, { period: { from: '2025-02-01', to: '2025-01-01' } }, 'lockedFilters')[0]!
        .field,
    ).toBe('lockedFilters.period.from');
  });
});
