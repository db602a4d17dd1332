import { useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../../ui/errors';
import { UpdateDataSourceDocument } from '../operations';

/** A file source has no connection: only its name is editable here (files are added from the header). */
export function RenameForm({ source }: { source: { id: string; name: string } }) {
  const [name, setName] = useState(source.name);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateDataSourceDocument);
  return (
    <form
      className="card form"
      style={{ padding: 18 }}
      aria-labelledby="rename-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (!name.trim()) return setError('Name is required');
        const result = await update({ input: { id: source.id, name: name.trim() } });
        setError(errorInfo(result.error)?.message ?? null);
        setSaved(!result.error);
      }}
    >
      <h3 id="rename-title">Name</h3>
      <label>
        <span className="sr-only">Name</span>
        <input
          value={name}
          maxLength={120}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'rename-error' : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        {error ? (
          <span id="rename-error" className="field-error">
            {error}
          </span>
        ) : null}
      </label>
      <div className="dialog-actions">
        {saved ? (
          <span className="badge badge-success" role="status">
            Saved
          </span>
        ) : null}
        <span className="spacer" />
        <button type="submit" className="btn btn-primary" disabled={fetching || name.trim() === source.name}>
          Save name
        </button>
      </div>
    </form>
  );
}
