import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { parseTime } from './parse-time.ts';

const NOW = new Date('2026-02-10T12:00:00Z');
const parse = (text: string) => parseTime(tokenize(text), NOW);

describe('parseTime', () => {
  it.each([
    ['revenue in 2025', '2025-01-01', '2026-01-01'],
    ['orders in December 2024', '2024-12-01', '2025-01-01'],
    ['orders on March 15, 2025', '2025-03-15', '2025-03-16'],
    ['orders on 15th March 2025', '2025-03-15', '2025-03-16'],
    ['sales in Q4 2025', '2025-10-01', '2026-01-01'],
    ['sales in the first quarter of 2025', '2025-01-01', '2025-04-01'],
    ['sales in H2 2024', '2024-07-01', '2025-01-01'],
    ['orders between January 1 2025 and March 31 2025', '2025-01-01', '2025-04-01'],
    ['orders between January and March 2025', '2025-01-01', '2025-04-01'],
    ['orders from Dec 2024 to Feb', '2024-12-01', '2025-03-01'],
    ['revenue on 2025-03-15', '2025-03-15', '2025-03-16'],
    ['revenue last month', '2026-01-01', '2026-02-01'],
    ['revenue this year', '2026-01-01', '2027-01-01'],
  ])('%s → [%s, %s)', (text, start, end) => {
    expect(parse(text).ranges).toEqual([expect.objectContaining({ start, end })]);
  });

  it('reads open ranges', () => {
    const since = parse('signups since October 2025').ranges[0];
    expect([since?.start, since?.end]).toEqual(['2025-10-01', undefined]);
    const before = parse('orders before 2025').ranges[0];
    expect([before?.start, before?.end]).toEqual([undefined, '2025-01-01']);
    expect(parse('orders after March 2025').ranges[0]?.start).toBe('2025-04-01');
  });

  it.each([
    ['orders per month in 2024', 'month'],
    ['monthly revenue', 'month'],
    ['revenue by quarter', 'quarter'],
    ['yearly revenue', 'year'],
    ['weekly orders', 'week'],
    ['orders for each day', 'day'],
    ['which month had the most orders', 'month'],
    ['revenue over time', 'auto'],
  ])('%s → grain %s', (text, grain) => {
    expect(parse(text).grain).toBe(grain);
  });

  it('treats a month without a year as a month-of-year filter', () => {
    expect(parse('revenue in December')).toMatchObject({ ranges: [], monthsOfYear: [12] });
  });

  it('does not read counts and ranks as years', () => {
    expect(parse('customers with more than 2000 orders').ranges).toEqual([]);
    expect(parse('top 2025 products').ranges).toEqual([]);
    expect(parse('orders in may').ranges).toEqual([]);
  });
});
