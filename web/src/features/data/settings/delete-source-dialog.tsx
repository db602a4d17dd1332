import { useState } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../../ui/dialog';
import { errorInfo } from '../../../ui/errors';
import { DeleteDataSourceDocument, DATA_SOURCE_DELETED } from '../operations';

/** Deleting a source asks for its name, typed, so it is never one click away. */
export function DeleteSourceDialog({
  source,
  onClose,
  onDeleted,
}: {
  source: { id: string; name: string };
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [{ fetching }, remove] = useMutation(DeleteDataSourceDocument);
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim() === source.name.trim();
  const submit = async () => {
    if (!matches) return;
    const result = await remove({ id: source.id }, DATA_SOURCE_DELETED);
    if (result.error) setError(errorInfo(result.error)?.message ?? 'The source could not be deleted.');
    else onDeleted();
  };
  return (
    <Dialog title={`Delete “${source.name}”?`} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p style={{ margin: 0 }}>
          Queries, canvases and saved queries that use <strong>{source.name}</strong> will stop working. This
          cannot be undone from the app.
        </p>
        <label>
          <span>
            Type <strong className="mono">{source.name}</strong> to confirm
          </span>
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error ? 'delete-source-error' : undefined}
          />
        </label>
        {error ? (
          <div id="delete-source-error" className="alert" role="alert">
            {error}
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={!matches || fetching}>
            {fetching ? 'Deleting…' : 'Delete source'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
