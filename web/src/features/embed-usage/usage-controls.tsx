// The period picker and the load-error banner both embed-usage views share (per canvas in the
// share dialog, per organization on the usage page).
import { useId } from 'react';
import { USAGE_PERIODS } from './embed-usage-model';

export function UsagePeriodSelect({
  days,
  onChange,
  labelClassName,
}: {
  days: number;
  onChange: (days: number) => void;
  labelClassName?: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        Period
      </label>
      <select id={id} value={days} onChange={(e) => onChange(Number(e.target.value))}>
        {USAGE_PERIODS.map((d) => (
          <option key={d} value={d}>
            Last {d} days
          </option>
        ))}
      </select>
    </>
  );
}

export function UsageLoadError({
  code,
  message,
  forbiddenText,
  onRetry,
}: {
  code: string | null;
  message: string;
  forbiddenText: string;
  onRetry: () => void;
}) {
  return (
    <div className="alert row" role="alert">
      <span>{code === 'FORBIDDEN' ? forbiddenText : `Embed usage could not be loaded: ${message}`}</span>
      <span className="spacer" />
      <button type="button" className="btn btn-sm" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
