import cronParser from 'cron-parser';

/** The first time after `from` that `cron` (5 or 6 fields) fires in time zone `tz`. Throws on a bad cron or zone. */
export function nextCronRun(cron: string, tz = 'UTC', from: Date = new Date()): Date {
  if (!isValidTimeZone(tz)) throw new Error(`unknown time zone ${tz}`);
  return cronParser.parseExpression(cron, { tz, currentDate: from }).next().toDate();
}

export function isValidCron(cron: string): boolean {
  try {
    cronParser.parseExpression(cron);
    return cron.trim().split(/\s+/).length >= 5;
  } catch {
    return false;
  }
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
