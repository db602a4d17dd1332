// "Save" on the query editor: a name (1–120 characters, as the API checks), then saveQuery. The API
// has no update: every save is a new saved query.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { getFragmentData } from '../../gql';
import { SAVED_QUERIES_CACHE, SavedQueryFieldsFragment, SaveQueryDocument } from '../library/operations';
import { validateQueryName } from '../library/library-model';

interface Props {
  projectId: string;
  dataSourceId: string;
  sql: string;
  initialName?: string;
  onClose: () => void;
  onSaved: (saved: { id: string; name: string }) => void;
}

export function SaveQueryDialog({ projectId, dataSourceId, sql, initialName = '', onClose, onSaved }: Props) {
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const [{ fetching, error }, save] = useMutation(SaveQueryDocument);
  const problem = validateQueryName(name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    const result = await save({ input: { projectId, dataSourceId, name: name.trim(), sql } }, SAVED_QUERIES_CACHE);
    if (result.data) onSaved(getFragmentData(SavedQueryFieldsFragment, result.data.saveQuery));
  };
  return (
    <Dialog title="Save query" onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} onBlur={() => setTouched(true)} maxLength={200} aria-invalid={touched && problem ? true : undefined} aria-describedby="save-query-name-error" autoComplete="off" />
          {touched && problem ? (
            <span id="save-query-name-error" className="field-error">
              {problem}
            </span>
          ) : null}
        </label>
        <p className="faint" style={{ margin: 0 }}>
          Saved queries are yours; find them under Saved queries of this project.
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
          <button type="submit" className="btn btn-primary" disabled={fetching}>
            {fetching ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
