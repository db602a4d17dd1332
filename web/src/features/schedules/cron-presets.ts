/** Cron presets of the schedule and alert forms (5 fields: minute hour day month weekday). */
export const CRON_PRESETS: { cron: string; label: string }[] = [
  { cron: '0 8 * * *', label: 'Every day at 08:00' },
  { cron: '0 8 * * 1-5', label: 'Weekdays at 08:00' },
  { cron: '0 9 * * 1', label: 'Mondays at 09:00' },
  { cron: '0 8 1 * *', label: 'The 1st of each month at 08:00' },
  { cron: '0 * * * *', label: 'Every hour' },
  { cron: '*/15 * * * *', label: 'Every 15 minutes' },
];

/** A preset's label, or the cron itself. */
export function describeCron(cron: string): string {
  return CRON_PRESETS.find((p) => p.cron === cron)?.label ?? `Cron ${cron}`;
}

/** A quick client-side check (the server validates again, with the real parser). */
export function cronLooksValid(cron: string): boolean {
  const parts = cron.trim().split(/\s+/);
  return parts.length === 5 && parts.every((p) => /^[0-9A-Za-z*/,?-]+$/.test(p));
}

/** IANA zones the browser knows, the browser's own first. */
export function timeZones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([own, 'UTC', ...all])];
}
