import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatWhen,
  matchesStatus,
  searchSaved,
  serverStatus,
  sqlPreview,
  validateQueryName,
} from './library-model';

describe('validateQueryName', () => {
  it('requires 1 to 120 characters once trimmed', () => {
    expect(validateQueryName('  ')).toMatch(/name/);
    expect(validateQueryName('Revenue by month')).toBeNull();
    expect(validateQueryName(` ${'x'.repeat(120)} `)).toBeNull();
    expect(validateQueryName('x'.repeat(121))).toMatch(/121/);
  });
});

describe('searchSaved', () => {
  const items = [
    {
      name: 'Revenue by month',
      sql: 'SELECT sum(total_amount) FROM orders',
      dataSource: { name: 'Acme Commerce' },
    },
    { name: 'Top customers', sql: 'SELECT email FROM customers', dataSource: null },
  ];
  it('matches every word against name, source and SQL', () => {
    expect(searchSaved(items, '').map((i) => i.name)).toEqual(['Revenue by month', 'Top customers']);
    expect(searchSaved(items, 'ACME').map((i) => i.name)).toEqual(['Revenue by month']);
    expect(searchSaved(items, 'customers email').map((i) => i.name)).toEqual(['Top customers']);
    expect(searchSaved(items, 'revenue email')).toEqual([]);
  });
});

describe('matchesStatus', () => {
  it('filters by status, running covering queued', () => {
    expect(matchesStatus('FAILED', 'ALL')).toBe(true);
    expect(matchesStatus('FAILED', 'SUCCEEDED')).toBe(false);
    expect(matchesStatus('QUEUED', 'RUNNING')).toBe(true);
    expect(matchesStatus('CANCELLED', 'CANCELLED')).toBe(true);
  });
});

describe('sqlPreview', () => {
  it('collapses whitespace and comments and cuts long statements', () => {
    expect(sqlPreview('SELECT a -- the a\n  FROM /* t */ t\n')).toBe('SELECT a FROM t');
    const long = sqlPreview(`SELECT ${'x, '.repeat(100)}y FROM t`, 40);
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('formatDuration and formatWhen', () => {
  it('reads durations in ms, s and min', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(42)).toBe('42 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('reads recent times relative to now', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(formatWhen('2026-03-10T11:59:50Z', now)).toBe('just now');
    expect(formatWhen('2026-03-10T11:30:00Z', now)).toBe('30 min ago');
    expect(formatWhen('2026-03-10T07:00:00Z', now)).toBe('5 h ago');
    expect(formatWhen('2026-03-09T10:00:00Z', now)).toBe('yesterday');
    expect(formatWhen('2026-03-01T10:00:00Z', now)).toMatch(/Mar/);
  });
});

describe('serverStatus', () => {
  it('asks the server for one finished status, and for everything when the filter spans two statuses', () => {
    expect(serverStatus('FAILED')).toBe('FAILED');
    expect(serverStatus('SUCCEEDED')).toBe('SUCCEEDED');
    expect(serverStatus('ALL')).toBeNull();
    expect(serverStatus('RUNNING')).toBeNull();
  });
});
