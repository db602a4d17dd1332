import type { DestinationKind } from '../../gql/graphql';

export interface DestinationDraft {
  kind: DestinationKind;
  target: string;
}

export const MAX_DESTINATIONS = 10;

const PLACEHOLDER: Record<DestinationKind, string> = {
  EMAIL: 'team@example.com',
  WEBHOOK: 'https://example.com/hooks/tessera',
  SLACK: 'https://hooks.slack.com/services/…',
};

/** Rows of kind + target; the field errors come from the server (`destinations.<i>.target`). */
export function DestinationsEditor({
  value,
  onChange,
  errorField,
  errorMessage,
}: {
  value: DestinationDraft[];
  onChange: (next: DestinationDraft[]) => void;
  errorField: string | null;
  errorMessage: string | null;
}) {
  const set = (i: number, patch: Partial<DestinationDraft>) =>
    onChange(value.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <fieldset className="destinations">
      <legend>Send to</legend>
      {value.map((d, i) => {
        const invalid = errorField?.startsWith(`destinations.${i}`) ?? false;
        return (
          <div key={i} className="destination-row">
            <select
              aria-label={`Destination ${i + 1} kind`}
              value={d.kind}
              onChange={(e) => set(i, { kind: e.target.value as DestinationKind })}
            >
              <option value="EMAIL">Email</option>
              <option value="WEBHOOK">Webhook</option>
              <option value="SLACK">Slack</option>
            </select>
            <input
              aria-label={`Destination ${i + 1} ${d.kind === 'EMAIL' ? 'email address' : 'URL'}`}
              aria-invalid={invalid}
              type={d.kind === 'EMAIL' ? 'email' : 'url'}
              placeholder={PLACEHOLDER[d.kind]}
              value={d.target}
              onChange={(e) => set(i, { target: e.target.value })}
            />
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Remove destination ${i + 1}`}
              disabled={value.length === 1}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              Remove
            </button>
            {invalid && errorMessage ? <span className="field-error">{errorMessage}</span> : null}
          </div>
        );
      })}
      <button
        type="button"
        className="btn btn-sm"
        disabled={value.length >= MAX_DESTINATIONS}
        onClick={() => onChange([...value, { kind: 'EMAIL', target: '' }])}
      >
        + Add destination
      </button>
      {errorField === 'destinations' && errorMessage ? (
        <span className="field-error">{errorMessage}</span>
      ) : null}
    </fieldset>
  );
}
