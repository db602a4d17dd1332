// The saved-query dialogs. Save (the query editor: saveQuery, or updateSavedQuery for an opened
// saved query) and Rename (Saved queries: updateSavedQuery with the name only) are one dialog: a
// name (1–120 characters, as the API checks), and the query's id is kept. Delete asks first.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { getFragmentData } from '../../gql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { validateQueryName } from './library-model';
import {
  DeleteSavedQueryDocument,
  SavedQueryFieldsFragment,
  SaveQueryDocument,
  UpdateSavedQueryDocument,
} from './operations';

/** What the dialog saves: a new query, an opened one's changes, or only a new name. */
export type SaveTarget =
  | { kind: 'new'; projectId: string; dataSourceId: string; sql: string }
  | { kind: 'changes'; id: string; dataSourceId: string; sql: string }
  | { kind: 'rename'; id: string };

const TEXT = {
  new: { title: 'Save query', action: 'Save', busy: 'Saving…' },
  changes: { title: 'Save changes', action: 'Save', busy: 'Saving…' },
  rename: { title: 'Rename saved query', action: 'Rename', busy: 'Renaming…' },
} as const;

export function SaveQueryDialog({
  target,
  initialName = '',
  onClose,
  onSaved,
}: {
  target: SaveTarget;
  initialName?: string;
  onClose: () => void;
  onSaved: (saved: { id: string; name: string }) => void;
}) {
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const [created, save] = useMutation(SaveQueryDocument);
  const [updated, update] = useMutation(UpdateSavedQueryDocument);
  const { fetching, error } = target.kind === 'new' ? created : updated;
  const text = TEXT[target.kind];
  const problem =
    validateQueryName(name) ??
    (target.kind === 'rename' && name.trim() === initialName.trim() ? 'The name is unchanged.' : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    const trimmed = name.trim();
    if (target.kind === 'new') {
      const { projectId, dataSourceId, sql } = target;
      const result = await save({ input: { projectId, dataSourceId, name: trimmed, sql } });
      if (result.data) onSaved(getFragmentData(SavedQueryFieldsFragment, result.data.saveQuery));
      return;
    }
    const input =
      target.kind === 'changes'
        ? { id: target.id, dataSourceId: target.dataSourceId, sql: target.sql, name: trimmed }
        : { id: target.id, name: trimmed };
    const result = await update({ input });
    if (result.data) onSaved(getFragmentData(SavedQueryFieldsFragment, result.data.updateSavedQuery));
  };
  return (
    <Dialog title={text.title} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => setTouched(true)}
            maxLength={200}
            aria-invalid={touched && problem ? true : undefined}
            aria-describedby="save-query-name-error"
            autoComplete="off"
          />
          {touched && problem ? (
            <span id="save-query-name-error" className="field-error">
              {problem}
            </span>
          ) : null}
        </label>
        {target.kind !== 'rename' ? (
          <p className="faint" style={{ margin: 0 }}>
            Saved queries are yours; find them under Saved queries of this project.
          </p>
        ) : null}
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
          <button type="submit" className="btn btn-primary" disabled={fetching}>
            {fetching ? text.busy : text.action}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteSavedQueryDialog({
  saved,
  onClose,
  onDone,
}: {
  saved: { id: string; name: string };
  onClose: () => void;
  onDone: () => void;
}) {
  const [{ fetching, error }, remove] = useMutation(DeleteSavedQueryDocument);
  const confirm = async () => {
    const result = await remove({ id: saved.id });
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
