import { describe, expect, it } from 'vitest';
import { chartProblem } from './chart-settings';
import { dateFormatter, formatAxisNumber, formatNumber } from './format';
import type { ChartData } from './types';

describe('chart formats', () => {
  it('formats values and axis ticks in the chosen format', () => {
    expect(formatNumber(1234567, 'currency')).toMatch(/^\$1\.23M$/);
    expect(formatNumber(0.256, 'percent')).toBe('25.6%');
    expect(formatAxisNumber(0, 'currency')).toBe('$0');
    expect(formatAxisNumber(2_500_000, 'currency')).toBe('$2.5M');
    expect(formatAxisNumber(0.5, 'percent')).toBe('50%');
    expect(formatAxisNumber(12000)).toBe('12K');
  });

  it('formats dates at the chosen grain, or the data’s', () => {
    const d = new Date('2025-05-01T00:00:00Z');
    expect(dateFormatter([d], 'quarter')(d)).toBe('Q2 2025');
    expect(dateFormatter([d], 'year')(d)).toBe('2025');
    expect(dateFormatter([d], 'iso')(d)).toBe('2025-05-01');
    expect(dateFormatter([d])(d)).toBe('May 2025');
    expect(dateFormatter([new Date('2025-05-03T00:00:00Z')])(d)).toBe('May 1, 2025');
  });
});

describe('chart settings validation', () => {
  const data: ChartData = {
    columns: [
      { name: 'category', type: 'VARCHAR' },
      { name: 'revenue', type: 'DOUBLE' },
    ],
    rows: [['a', 1]],
  };
  it('says when a type needs a second measure, a size or a split', () => {
    expect(chartProblem({ type: 'combo', x: 'category', y: ['revenue'] }, data)).toMatch(
      /second measure.*only one numeric column/,
    );
    expect(chartProblem({ type: 'bubble', x: 'revenue', y: ['revenue'] }, data)).toMatch(/size/);
    expect(chartProblem({ type: 'stackedBar', x: 'category', y: ['revenue'] }, data)).toMatch(/split by/);
    expect(chartProblem({ type: 'bar', x: 'category', y: ['revenue'] }, data)).toBeNull();
    expect(
      chartProblem({ type: 'bar', x: 'category', y: [] }, { ...data, columns: [data.columns[0]!] }),
    ).toMatch(/numeric column/);
  });
});
