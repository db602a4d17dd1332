import type { ErrorInfo } from '../../ui/errors';
import { DestinationsEditor, type DestinationDraft } from './destinations-editor';

/**
 * What the schedule and alert forms end with: the destinations (their own field errors), then any
 * error no field of the form shows (`fields`: the fields that show their own).
 */
export function DestinationsAndErrors({
  value,
  onChange,
  info,
  fields,
}: {
  value: DestinationDraft[];
  onChange: (next: DestinationDraft[]) => void;
  info: ErrorInfo | null;
  fields: string[];
}) {
  const shownByField = info?.field && (fields.includes(info.field) || info.field.startsWith('destinations'));
  return (
    <>
      <DestinationsEditor
        value={value}
        onChange={onChange}
        errorField={info?.field ?? null}
        errorMessage={info?.message ?? null}
      />
      {info && !shownByField ? (
        <div className="alert" role="alert">
          {info.message}
        </div>
      ) : null}
    </>
  );
}
