import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.parse('2026-12-06T12:00:00Z');

describe('relativeTime', () => {
  it('says just now under a minute', () => {
    expect(relativeTime('2026-12-06T11:59:30Z', now)).toBe('just now');
  });
  it('counts whole hours and days back', () => {
    expect(relativeTime('2026-12-06T09:00:00Z', now)).toBe('3 hr. ago');
    expect(relativeTime('2026-12-04T12:00:00Z', now)).toBe('2 days ago');
    expect(relativeTime('2026-12-05T11:00:00Z', now)).toBe('yesterday');
  });
  it('does not invent a time for a bad date', () => {
    expect(relativeTime('not a date', now)).toBe('at an unknown time');
  });
});
