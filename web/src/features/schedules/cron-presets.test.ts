import { describe, expect, it } from 'vitest';
import { cronLooksValid, describeCron, timeZones } from './cron-presets';

describe('cron presets', () => {
  it('names presets and shows other crons as they are', () => {
    expect(describeCron('0 8 * * 1-5')).toBe('Weekdays at 08:00');
    expect(describeCron('5 4 * * 0')).toBe('Cron 5 4 * * 0');
  });
  it('asks for 5 fields', () => {
    expect(cronLooksValid('0 8 * * *')).toBe(true);
    expect(cronLooksValid('0 8 * *')).toBe(false);
    expect(cronLooksValid('@daily')).toBe(false);
  });
  it('lists UTC and the browser zone first', () => {
    const zones = timeZones();
    expect(zones).toContain('UTC');
    expect(zones.indexOf('UTC')).toBeLessThan(2);
  });
});
