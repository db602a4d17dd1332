import { describe, expect, it } from 'vitest';
import { activityText, ago } from './activity-text';

describe('activityText', () => {
  it('says who did what to which block or version', () => {
    const ben = { name: 'Ben' };
    expect(
      activityText({ kind: 'BLOCK_EDITED', actor: ben, blockTitle: 'Revenue by month', count: 1 }),
    ).toEqual({
      who: 'Ben',
      what: 'edited Revenue by month',
    });
    expect(activityText({ kind: 'BLOCK_EDITED', actor: ben, blockTitle: 'Revenue', count: 4 }).what).toBe(
      'edited Revenue (4 changes)',
    );
    expect(activityText({ kind: 'PUBLISHED', actor: { name: 'Maya' }, count: 1, version: 3 })).toEqual({
      who: 'Maya',
      what: 'published v3',
    });
    expect(activityText({ kind: 'BLOCK_REMOVED', actor: null, blockTitle: 'Scratch', count: 1 })).toEqual({
      who: 'An API key',
      what: 'deleted Scratch',
    });
  });

  it('formats how long ago', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(ago(new Date('2026-01-01T11:59:50Z'), now)).toBe('just now');
    expect(ago(new Date('2026-01-01T11:55:00Z'), now)).toMatch(/5 minutes ago/);
  });
});
