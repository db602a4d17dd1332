import { KIND_FIELDS, type ConnectableKind, type FieldErrors, type FormValues } from '../connection-fields';

/** The kind's connection inputs, each with its error below it. */
export function ConnectionFields({
  kind,
  values,
  errors,
  onChange,
  hasStoredPassword,
  idPrefix,
}: {
  kind: ConnectableKind;
  values: FormValues;
  errors: FieldErrors;
  onChange: (name: string, value: string | boolean) => void;
  /** Editing a saved source: a blank password keeps the stored one. */
  hasStoredPassword?: boolean;
  idPrefix: string;
}) {
  return (
    <div className="form-grid">
      {KIND_FIELDS[kind].map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = errors[field.name];
        if (field.type === 'checkbox') {
          return (
            <div key={field.name} className="full">
              <label className="check">
                <input
                  id={id}
                  type="checkbox"
                  checked={values[field.name] === true}
                  aria-describedby={field.help ? `${id}-help` : undefined}
                  onChange={(e) => onChange(field.name, e.target.checked)}
                />
                {field.label}
              </label>
              {field.help ? (
                <span id={`${id}-help`} className="help" style={{ marginLeft: 24 }}>
                  {field.help}
                </span>
              ) : null}
            </div>
          );
        }
        const help =
          field.type === 'password' && hasStoredPassword
            ? 'Leave blank to keep the stored password.'
            : field.help;
        return (
          <label
            key={field.name}
            className={field.name === 'host' || field.name === 'port' ? undefined : 'full'}
          >
            <span>
              {field.label}
              {field.required ? (
                <span aria-hidden="true" className="faint">
                  {' '}
                  *
                </span>
              ) : null}
            </span>
            <input
              id={id}
              name={field.name}
              type={field.type === 'number' ? 'text' : field.type}
              inputMode={field.type === 'number' ? 'numeric' : undefined}
              autoComplete={field.type === 'password' ? 'new-password' : 'off'}
              spellCheck={false}
              placeholder={field.type === 'password' && hasStoredPassword ? '••••••••' : field.placeholder}
              value={String(values[field.name] ?? '')}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : help ? `${id}-help` : undefined}
              required={field.required}
              onChange={(e) => onChange(field.name, e.target.value)}
            />
            {error ? (
              <span id={`${id}-error`} className="field-error">
                {error}
              </span>
            ) : help ? (
              <span id={`${id}-help`} className="help">
                {help}
              </span>
            ) : null}
          </label>
        );
      })}
    </div>
  );
}

export interface TestOutcome {
  ok: boolean;
  latencyMs?: number | null;
  error?: { code: string; message: string } | null;
}

/** The result of "Test connection": the engine's own message when it failed. */
export function TestResult({ result }: { result: TestOutcome | null }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <div className="test-result ok" role="status">
        Connected{result.latencyMs != null ? ` in ${result.latencyMs} ms` : ''}.
      </div>
    );
  }
  return (
    <div className="test-result failed" role="alert">
      <strong>Connection failed{result.error?.code ? ` (${result.error.code})` : ''}</strong>
      <div className="mono">{result.error?.message ?? 'The database did not answer.'}</div>
    </div>
  );
}

/** Puts focus on the first input with an error, so keyboard users land where the fix is. */
export function focusFirstError(prefix: string, errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
}
