import { describe, expect, it } from 'vitest';
import { summarizeResult } from './summarize.ts';

describe('summarizeResult', () => {
  it('states a single value, as a percentage for rates', () => {
    expect(
      summarizeResult(
        [{ name: 'revenue', type: 'DECIMAL(38,2)' }],
        [[15219890.36]],
        'What was total revenue in 2024?',
      ),
    ).toBe('For “What was total revenue in 2024”, revenue is 15.22M.');
    expect(summarizeResult(['refund_rate'], [[0.0708]])).toBe('Refund rate is 7.1%.');
  });

  it('describes a time series by its start, end, change and extremes', () => {
    const rows = [
      [new Date('2024-02-01'), 1957n],
      [new Date('2024-01-01'), 1513n],
      [new Date('2024-12-01'), 7450n],
    ];
    expect(
      summarizeResult(
        [
          { name: 'month', type: 'TIMESTAMP' },
          { name: 'order_count', type: 'BIGINT' },
        ],
        rows,
      ),
    ).toBe(
      'Order count by month, Jan 2024 to Dec 2024 (3 periods): 1,513 to 7,450 (+392.4%). Highest in Dec 2024 (7,450), lowest in Jan 2024 (1,513).',
    );
  });

  it('names the leaders of a breakdown with their share of the total', () => {
    const rows = [
      ['Japan', 30],
      ['United States', 50],
      ['France', 15],
      ['Argentina', 5],
    ];
    expect(summarizeResult(['country', 'revenue'], rows)).toBe(
      'Revenue across 4 country values: United States (50, 50.0% of the total) leads, followed by Japan (30) and France (15). Argentina is lowest with 5.',
    );
    expect(
      summarizeResult(
        ['channel', 'avg_order_value'],
        [
          ['web', 10],
          ['mobile', 20],
        ],
      ),
    ).not.toContain('% of the total');
  });

  it('handles empty and non-numeric results', () => {
    expect(summarizeResult(['x'], [], 'Orders on Mars')).toBe('No rows matched for “Orders on Mars”.');
    expect(summarizeResult(['name', 'email'], [['Customer 1', 'c1@example.com']])).toBe(
      '1 row with name, email; the first has name Customer 1, email c1@example.com.',
    );
  });
});
