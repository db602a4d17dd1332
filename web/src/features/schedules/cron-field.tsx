import { useId, useState } from 'react';
import { CRON_PRESETS } from './cron-presets';

/** A preset select with "Custom…" revealing a cron text field. */
export function CronField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (cron: string) => void;
  error: string | null;
}) {
  const id = useId();
  const preset = CRON_PRESETS.some((p) => p.cron === value);
  const [custom, setCustom] = useState(!preset);
  return (
    <div className="form" style={{ gap: 6 }}>
      <label>
        Runs
        <select
          value={custom ? 'custom' : value}
          onChange={(e) => {
            if (e.target.value === 'custom') setCustom(true);
            else {
              setCustom(false);
              onChange(e.target.value);
            }
          }}
        >
          {CRON_PRESETS.map((p) => (
            <option key={p.cron} value={p.cron}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom cron…</option>
        </select>
      </label>
      {custom ? (
        <label htmlFor={id}>
          Cron expression
          <input
            id={id}
            className="mono"
            value={value}
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-help`}
            placeholder="30 7 * * 1-5"
            onChange={(e) => onChange(e.target.value)}
          />
          <span id={`${id}-help`} className="faint" style={{ fontWeight: 400 }}>
            minute hour day-of-month month weekday, e.g. <code>30 7 * * 1-5</code>
          </span>
        </label>
      ) : null}
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
