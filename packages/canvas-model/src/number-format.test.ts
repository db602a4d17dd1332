import { describe, expect, it } from 'vitest';
import { formatMetric, formatNumber } from './number-format.ts';

describe('formatNumber: one format for tables, metrics and charts', () => {
  it('auto: compact from a million, grouped from ten thousand, two decimals below', () => {
    expect(formatNumber(1_234_567.8)).toBe('1.23M');
    expect(formatNumber(2_500_000_000)).toBe('2.5B');
    expect(formatNumber(12_345.67)).toBe('12,346');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(-1_500_000)).toBe('-1.5M');
  });

  it('metric formats', () => {
    expect(formatNumber(1234.5, 'integer')).toBe('1,235');
    expect(formatNumber(0.1234, 'percent')).toBe('12.3%');
    expect(formatNumber(1234.5, 'currency')).toBe('$1,234.50');
    expect(formatNumber(747_482.57, 'currency')).toBe('$747,483');
    expect(formatNumber(4_560_000, 'currency')).toBe('$4.56M');
    expect(formatNumber(45_600, 'compact')).toBe('45.6K');
    expect(formatNumber(1234.5, 'number')).toBe('1,234.5');
  });

  it('table cells keep every digit; integers stay ungrouped (ids, years)', () => {
    expect(formatNumber(2024, 'cell')).toBe('2024');
    expect(formatNumber(1234.123456789, 'cell')).toBe('1,234.123457');
  });

  it('axis ticks are short', () => {
    expect(formatNumber(1500, 'axis')).toBe('1.5K');
    expect(formatNumber(0.5, 'axis')).toBe('0.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it("a metric block's value follows its format content (auto when it has none or an unknown one)", () => {
    expect(formatMetric(0.1234, 'percent')).toBe('12.3%');
    expect(formatMetric(1_234_567.8, undefined)).toBe('1.23M');
    expect(formatMetric(1234.567, 'sparkles')).toBe('1,234.57');
  });
});
