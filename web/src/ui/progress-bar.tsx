import './kit.css';

/** A determinate progress bar (0–1), or an indeterminate one when `value` is null. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const percent = value == null ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div
        className={`progress-fill${percent == null ? ' indeterminate' : ''}`}
        style={percent == null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
