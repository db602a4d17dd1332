import type { BlockJson } from '@tessera/collab-server/doc';
import { describe, expect, it } from 'vitest';
import { blockParameters, filterParameters, parametersFor, referencedParameters } from './runtime';

const at = { x: 0, y: 0, w: 3, h: 2 };
const filter = (id: string, content: Record<string, unknown>): BlockJson => ({ id, type: 'FILTER', position: at, content });
const sql = (id: string, text: string, extra: Record<string, unknown> = {}): BlockJson => ({ id, type: 'SQL', position: at, content: { sql: text, ...extra } });

describe('canvas parameters (same rules as the canvases service)', () => {
  const blocks = [
    filter('f1', { parameter: 'region', kind: 'select', options: ['All', 'Europe'], default: 'Europe' }),
    filter('f2', { parameter: 'period', kind: 'dateRange', default: { from: '2025-01-01', to: '2025-03-31' }, targets: ['s2'] }),
  ];

  it('finds {{name}} placeholders once each', () => {
    expect(referencedParameters('SELECT * FROM t WHERE a = {{region}} AND d >= {{ period_from }} OR b = {{region}}')).toEqual(['region', 'period_from']);
  });

  it('expands filter values; targets limit a filter to some blocks', () => {
    const s1 = sql('s1', 'SELECT {{region}}, {{period_from}}');
    const s2 = sql('s2', 'SELECT {{region}}, {{period_from}}, {{period_to}}');
    expect(blockParameters(s1, [...blocks, s1])).toEqual({ region: 'Europe', period_from: null });
    expect(blockParameters(s2, [...blocks, s2])).toEqual({ region: 'Europe', period_from: '2025-01-01', period_to: '2025-03-31' });
  });

  it('lets share-link locks win over viewer choices, which win over filter values', () => {
    const s = sql('s', 'SELECT {{region}}');
    expect(blockParameters(s, [...blocks, s], {}, { region: 'Asia Pacific' })).toEqual({ region: 'Asia Pacific' });
    expect(blockParameters(s, [...blocks, s], { region: 'Latin America' }, { region: 'Asia Pacific' })).toEqual({ region: 'Latin America' });
  });

  it("uses the SQL block's own parameter defaults", () => {
    const s = sql('s', 'SELECT {{limit_n}}', { parameters: { limit_n: 5 } });
    expect(blockParameters(s, [s])).toEqual({ limit_n: 5 });
    expect(filterParameters(null, blocks)).toMatchObject({ region: 'Europe', period_to: '2025-03-31' });
  });

  it('passes a statement only the parameters it uses', () => {
    expect(parametersFor('SELECT 1', { region: 'x' })).toBeNull();
    expect(parametersFor('SELECT {{region}}, {{missing}}', { region: 'x', other: 1 })).toEqual({ region: 'x', missing: null });
  });
});
