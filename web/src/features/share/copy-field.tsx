import { useId, useState } from 'react';

/** A read-only value with a Copy button (a textarea for multi-line values like snippets). */
export function CopyField({
  label,
  value,
  multiline,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const copy = () =>
    void navigator.clipboard?.writeText(value).then(
      () => setCopied(value),
      () => setCopied(null),
    );
  return (
    <div className="row copy-field">
      {multiline ? (
        <textarea
          id={id}
          aria-label={label}
          readOnly
          value={value}
          className="mono"
          rows={3}
          onFocus={(e) => e.target.select()}
        />
      ) : (
        <input
          id={id}
          aria-label={label}
          readOnly
          value={value}
          className="mono"
          onFocus={(e) => e.target.select()}
        />
      )}
      <button type="button" className="btn btn-sm" onClick={copy} aria-describedby={id}>
        {copied === value ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
