import { useId } from 'react';
import { timeZones } from './cron-presets';

/** The IANA time zone a cron is read in (schedules and alerts): the browser's first, then UTC, then all. */
export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error: string | null;
}) {
  const listId = useId();
  const zones = timeZones();
  return (
    <label>
      Time zone
      <input
        list={listId}
        value={value}
        aria-invalid={Boolean(error)}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

/** The zone a new schedule or alert starts with: the browser's. */
export const defaultTimeZone = () => timeZones()[0] ?? 'UTC';
