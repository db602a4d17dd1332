/** Coded values and what they mean: `PAR → Paris`, one row each. */
export function ValueLabelsEditor({
  id,
  column,
  values,
  errors,
  errorPrefix,
  onChange,
}: {
  id: string;
  column: string;
  values: { value: string; label: string }[];
  errors: Record<string, string>;
  errorPrefix: string;
  onChange: (values: { value: string; label: string }[]) => void;
}) {
  const set = (index: number, field: 'value' | 'label', text: string) =>
    onChange(values.map((v, i) => (i === index ? { ...v, [field]: text } : v)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 6 }}>
      <legend style={{ fontWeight: 500, fontSize: 13, padding: 0, marginBottom: 4 }}>Value labels</legend>
      {values.length === 0 ? (
        <span className="faint" style={{ fontSize: 12.5 }}>
          No value labels. Add one when a column holds codes (FT → full-time).
        </span>
      ) : null}
      <div className="value-rows">
        {values.map((v, i) => {
          const error = errors[`${errorPrefix}.${i}`];
          return (
            <div key={i}>
              <div className="value-row">
                <input
                  className="mono"
                  aria-label={`Value ${i + 1} of ${column}`}
                  placeholder="Value"
                  value={v.value}
                  maxLength={200}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-v${i}-error` : undefined}
                  onChange={(e) => set(i, 'value', e.target.value)}
                />
                <span aria-hidden="true" className="faint">
                  →
                </span>
                <input
                  aria-label={`Label for value ${i + 1} of ${column}`}
                  placeholder="Label"
                  value={v.label}
                  maxLength={200}
                  onChange={(e) => set(i, 'label', e.target.value)}
                />
                <button
                  type="button"
                  className="btn btn-ghost icon-btn"
                  aria-label={`Remove value ${v.value || i + 1}`}
                  onClick={() => onChange(values.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </div>
              {error ? (
                <span id={`${id}-v${i}-error`} className="field-error">
                  {error}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => onChange([...values, { value: '', label: '' }])}
          disabled={values.length >= 200}
        >
          + Add value label
        </button>
      </div>
    </fieldset>
  );
}
