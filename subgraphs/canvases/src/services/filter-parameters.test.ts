// The service's edge of the filter → parameter rules: what to compute is @tessera/canvas-model's
// (its parameters.test.ts covers R20–R24); here, that the service passes viewer choices and locks
// through and turns bad input into BAD_USER_INPUT naming the field.
import { describe, expect, it } from 'vitest';
import type { BlockJson } from '@tessera/canvas-model';
import { parametersFor, validateLockedFilters } from './filter-parameters.ts';

const block = (id: string, type: BlockJson['type'], content: Record<string, unknown>): BlockJson => ({
  id,
  type,
  position: { x: 0, y: 0, w: 1, h: 1 },
  content,
});

const q1 = block('q1', 'SQL', { dataSourceId: 'd', sql: 'SELECT {{region}}, {{period_from}}' });
const blocks = [
  q1,
  block('f1', 'FILTER', { parameter: 'region', kind: 'select', default: 'All' }),
  block('f2', 'FILTER', { parameter: 'period', kind: 'dateRange' }),
];

describe('filter parameters (service edge)', () => {
  it('runs with the viewer choices, locked values winning', () => {
    expect(parametersFor(q1, blocks, { region: 'Europe' }, {})).toEqual({ region: 'Europe' });
    expect(parametersFor(q1, blocks, { region: 'Asia Pacific' }, { region: 'Europe' })).toEqual({
      region: 'Europe',
    });
  });

  it('refuses unknown filters and values of the wrong kind as BAD_USER_INPUT naming the field', () => {
    expect(() => parametersFor(q1, blocks, { country: 'FR' }, {})).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filters.country' }),
    );
    expect(() => parametersFor(q1, blocks, { period: '2025' }, {})).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => parametersFor(q1, blocks, ['x'], {})).toThrow(expect.objectContaining({ field: 'filters' }));
  });

  it('checks share-link locks against the canvas filters', () => {
    expect(validateLockedFilters({ region: 'Europe' }, blocks)).toEqual({ region: 'Europe' });
    expect(validateLockedFilters(null, blocks)).toEqual({});
    expect(() => validateLockedFilters({ country: 'FR' }, blocks)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => validateLockedFilters('Europe', blocks)).toThrow(
      expect.objectContaining({ field: 'lockedFilters' }),
    );
  });
});
