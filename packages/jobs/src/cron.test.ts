import { describe, expect, it } from 'vitest';
import { isValidCron, isValidTimeZone, nextCronRun } from './cron.ts';

describe('cron helpers', () => {
  it('reads a cron in its time zone, across a DST change', () => {
    expect(nextCronRun('0 8 * * *', 'Europe/Paris', new Date('2026-01-10T12:00:00Z')).toISOString()).toBe(
      '2026-01-11T07:00:00.000Z',
    );
    expect(nextCronRun('0 8 * * *', 'Europe/Paris', new Date('2026-07-10T12:00:00Z')).toISOString()).toBe(
      '2026-07-11T06:00:00.000Z',
    );
    expect(nextCronRun('30 9 * * 1', 'UTC', new Date('2026-12-06T00:00:00Z')).toISOString()).toBe(
      '2026-12-07T09:30:00.000Z',
    );
  });

  it('rejects bad crons and zones', () => {
    expect(isValidCron('0 8 * * *')).toBe(true);
    expect(isValidCron('61 8 * * *')).toBe(false);
    expect(isValidCron('every day')).toBe(false);
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => nextCronRun('0 8 * * *', 'Mars/Olympus')).toThrow(/time zone/);
  });
});
