// Rename and delete of a saved query. A rename keeps the query's id (updateSavedQuery).
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { SavedQueryFieldsFragment } from '../../gql/graphql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { validateQueryName } from './library-model';
import { DeleteSavedQueryDocument, SAVED_QUERIES_CACHE, UpdateSavedQueryDocument } from './operations';

interface Props {
  saved: SavedQueryFieldsFragment;
  projectId: string;
  onClose: () => void;
  onDone: () => void;
}

export function RenameSavedQueryDialog({ saved, onClose, onDone }: Props) {
  const [name, setName] = useState(saved.name);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, update] = useMutation(UpdateSavedQueryDocument);
  const problem = validateQueryName(name) ?? (name.trim() === saved.name ? 'The name is unchanged.' : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    const renamed = await update({ input: { id: saved.id, name: name.trim() } }, SAVED_QUERIES_CACHE);
    setBusy(false);
    if (!renamed.data) {
      setError(errorInfo(renamed.error)?.message ?? 'The query could not be renamed');
      return;
    }
    onDone();
  };
  return (
    <Dialog title="Rename saved query" onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => setTouched(true)}
            maxLength={200}
            aria-invalid={touched && problem ? true : undefined}
            autoComplete="off"
          />
          {touched && problem ? <span className="field-error">{problem}</span> : null}
        </label>
        {error ? (
          <div className="alert" role="alert">
            {error}
          </div>
        ) : null}
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Renaming…' : 'Rename'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteSavedQueryDialog({ saved, onClose, onDone }: Omit<Props, 'projectId'>) {
  const [{ fetching, error }, remove] = useMutation(DeleteSavedQueryDocument);
  const confirm = async () => {
    const result = await remove({ id: saved.id }, SAVED_QUERIES_CACHE);
    if (result.data) onDone();
  };
  return (
    <Dialog title="Delete saved query?" onClose={onClose}>
      <p style={{ margin: 0 }}>
        “<strong>{saved.name}</strong>” will be deleted. Its runs stay in your history.
      </p>
      {error ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message}
        </div>
      ) : null}
      <div className="row">
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void confirm()} disabled={fetching}>
          {fetching ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}
