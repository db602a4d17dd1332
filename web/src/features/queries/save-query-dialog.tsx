// "Save" on the query editor: a name (1–120 characters, as the API checks), then saveQuery, or
// updateSavedQuery when the editor holds an opened saved query (its id is kept).
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { getFragmentData } from '../../gql';
import {
  SAVED_QUERIES_CACHE,
  SavedQueryFieldsFragment,
  SaveQueryDocument,
  UpdateSavedQueryDocument,
} from '../library/operations';
import { validateQueryName } from '../library/library-model';

interface Props {
  projectId: string;
  dataSourceId: string;
  sql: string;
  initialName?: string;
  /** The opened saved query: saving updates it instead of creating another. */
  savedId?: string | null;
  onClose: () => void;
  onSaved: (saved: { id: string; name: string }) => void;
}

export function SaveQueryDialog({
  projectId,
  dataSourceId,
  sql,
  initialName = '',
  savedId = null,
  onClose,
  onSaved,
}: Props) {
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const [created, save] = useMutation(SaveQueryDocument);
  const [updated, update] = useMutation(UpdateSavedQueryDocument);
  const { fetching, error } = savedId ? updated : created;
  const problem = validateQueryName(name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    if (savedId) {
      const result = await update(
        { input: { id: savedId, dataSourceId, name: name.trim(), sql } },
        SAVED_QUERIES_CACHE,
      );
      if (result.data) onSaved(getFragmentData(SavedQueryFieldsFragment, result.data.updateSavedQuery));
      return;
    }
    const result = await save(
      { input: { projectId, dataSourceId, name: name.trim(), sql } },
      SAVED_QUERIES_CACHE,
    );
    if (result.data) onSaved(getFragmentData(SavedQueryFieldsFragment, result.data.saveQuery));
  };
  return (
    <Dialog title={savedId ? 'Save changes' : 'Save query'} onClose={onClose}>
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
