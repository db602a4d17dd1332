import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { blockParameters } from './runtime';

const at = { x: 0, y: 0, w: 3, h: 2 };
const filter = (id: string, content: Record<string, unknown>): BlockJson => ({
  id,
  type: 'FILTER',
  position: at,
  content,
});
const sql = (id: string, text: string, extra: Record<string, unknown> = {}): BlockJson => ({
  id,
  type: 'SQL',
  position: at,
  content: { sql: text, ...extra },
});

describe('editor run parameters (canvas-model rules, as the canvases service applies them)', () => {
  const blocks = [
    filter('f1', { parameter: 'region', kind: 'select', options: ['All', 'Europe'], default: 'Europe' }),
    filter('f2', {
      parameter: 'period',
      kind: 'dateRange',
      default: { from: '2025-01-01', to: '2025-03-31' },
      targets: ['s2'],
    }),
  ];

  it('R21 R23: expands filter values; targets limit a filter to some blocks; a value nothing gives is left out', () => {
    const s1 = sql('s1', 'SELECT {{region}}, {{period_from}}');
    const s2 = sql('s2', 'SELECT {{region}}, {{period_from}}, {{period_to}}');
    expect(blockParameters(s1, [...blocks, s1])).toEqual({ region: 'Europe' });
    expect(blockParameters(s2, [...blocks, s2])).toEqual({
      region: 'Europe',
      period_from: '2025-01-01',
      period_to: '2025-03-31',
    });
  });

  it('R24: share-link locks win over viewer choices, which win over filter values', () => {
    const s = sql('s', 'SELECT {{region}}');
    expect(blockParameters(s, [...blocks, s], {}, { region: 'Asia Pacific' })).toEqual({
      region: 'Asia Pacific',
    });
    expect(
      blockParameters(s, [...blocks, s], { region: 'Latin America' }, { region: 'Asia Pacific' }),
    ).toEqual({ region: 'Latin America' });
  });

  it("R23: uses the SQL block's own parameter defaults and passes only what the statement uses", () => {
    const s = sql('s', 'SELECT {{limit_n}}', { parameters: { limit_n: 5 } });
    expect(blockParameters(s, [...blocks, s])).toEqual({ limit_n: 5 });
    expect(blockParameters(sql('n', 'SELECT 1'), blocks)).toBeNull();
  });
});
