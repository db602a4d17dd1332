import { describe, expect, it } from 'vitest';
import { isFollowUp, refineQuestion } from './refine.ts';

const NOW = new Date('2026-02-10T00:00:00Z');

describe('follow-ups', () => {
  it('keeps earlier conditions and adds new ones', () => {
    expect(refineQuestion('Revenue by month in 2025', 'only Europe', NOW)).toBe(
      'Revenue by month in 2025 Europe',
    );
  });

  it('replaces the grouping or the period the follow-up names', () => {
    expect(refineQuestion('Revenue by country in 2025', 'by month instead', NOW)).toBe(
      'Revenue in 2025 by month',
    );
    expect(refineQuestion('Revenue by month in 2025 for Electronics', 'and last year?', NOW)).toBe(
      'Revenue by month for Electronics last year',
    );
  });

  it('tells a follow-up from a new question', () => {
    expect(isFollowUp('only Europe')).toBe(true);
    expect(isFollowUp('and last year?')).toBe(true);
    expect(isFollowUp('what about Germany?')).toBe(true);
    expect(isFollowUp('How many orders were placed in 2025 by new customers?')).toBe(false);
  });
});
