import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../ui/dialog';
import { EmptyState } from '../../../ui/empty-state';
import { errorInfo } from '../../../ui/errors';
import { Skeleton } from '../../../ui/skeleton';
import {
  DataSourceGlossaryDocument,
  DataSourceTablesDocument,
  UpdateDataSourceDocument,
} from '../operations';
import {
  draftFromEntry,
  emptyEntry,
  entryInput,
  glossaryErrorFromServer,
  type GlossaryDraft,
} from './glossary-entries';
import { GlossaryEntryForm } from './glossary-entry-form';

type Editing = { index: number | null; draft: GlossaryDraft; serverErrors: Record<string, string> };

/** The source's business terms (metrics and time grains) as the SQL assistant reads them. */
export function GlossaryTab({ sourceId }: { sourceId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: DataSourceGlossaryDocument,
    variables: { id: sourceId },
  });
  // The schema separately: an unreachable database still shows (and edits) its glossary.
  const [{ data: schema }] = useQuery({
    query: DataSourceTablesDocument,
    variables: { id: sourceId, refresh: false },
  });
  const [{ fetching: saving }, update] = useMutation(UpdateDataSourceDocument);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const closeEditor = useCallback(() => setEditing(null), []);
  const closeDelete = useCallback(() => setDeleting(null), []);

  if (!data && fetching) return <Skeleton height={160} />;
  const source = data?.dataSource;
  if (!source)
    return (
      <div className="alert" role="alert">
        {errorInfo(error)?.message ?? 'The glossary could not be loaded.'}
      </div>
    );
  const entries = source.glossary.map(draftFromEntry);
  const tables = (schema?.dataSource?.tables ?? []).map((t) => ({
    name: t.name,
    columns: t.columns.map((c) => c.name),
  }));

  /** The glossary is saved whole: the new list replaces the stored one. */
  const saveList = async (list: GlossaryDraft[], editedIndex: number | null) => {
    const result = await update({ input: { id: sourceId, glossary: list.map(entryInput) } });
    const info = errorInfo(result.error);
    if (!info) return true;
    const located = glossaryErrorFromServer(info.field);
    if (editing && located && located.index === editedIndex)
      setEditing({ ...editing, serverErrors: { [located.field]: info.message } });
    else setListError(info.message);
    return false;
  };
  const submitEntry = async (draft: GlossaryDraft) => {
    if (!editing) return;
    const index = editing.index ?? entries.length;
    const list =
      editing.index == null ? [...entries, draft] : entries.map((e, i) => (i === editing.index ? draft : e));
    if (await saveList(list, index)) setEditing(null);
  };

  return (
    <div style={{ display: 'grid', gap: 14 }}>
      <div className="row">
        <p className="muted" style={{ margin: 0 }}>
          Terms people use for metrics and time grains; the SQL assistant uses them to write queries.
        </p>
        <span className="spacer" />
        <button
          className="btn btn-primary"
          onClick={() => setEditing({ index: null, draft: emptyEntry(), serverErrors: {} })}
        >
          Add entry
        </button>
      </div>
      {listError ? (
        <div className="alert" role="alert">
          {listError}
        </div>
      ) : null}
      {entries.length === 0 ? (
        <EmptyState title="No glossary entries">
          Add “revenue” as SUM(total_amount), or “fiscal quarter” as a time grain.
        </EmptyState>
      ) : (
        <ul
          className="glossary-list"
          aria-label="Glossary entries"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {entries.map((entry, index) => (
            <li key={`${entry.terms[0]}-${index}`} className="card glossary-entry">
              <div className="row" style={{ alignItems: 'start' }}>
                <div className="terms">
                  {entry.terms.map((t, i) => (
                    <span key={t} className={i === 0 ? 'chip' : 'badge'}>
                      {t}
                    </span>
                  ))}
                </div>
                <span className={entry.kind === 'metric' ? 'badge badge-accent' : 'badge badge-warning'}>
                  {entry.kind === 'metric' ? 'Metric' : 'Time grain'}
                </span>
                <span className="spacer" />
                <button
                  className="btn btn-sm"
                  aria-label={`Edit ${entry.terms[0]}`}
                  onClick={() => setEditing({ index, draft: entry, serverErrors: {} })}
                >
                  Edit
                </button>
                <button
                  className="btn btn-sm btn-ghost"
                  aria-label={`Delete ${entry.terms[0]}`}
                  onClick={() => setDeleting(index)}
                >
                  Delete
                </button>
              </div>
              <div>{entry.definition}</div>
              <code>{entry.expression}</code>
              <div className="row muted" style={{ fontSize: 12.5, flexWrap: 'wrap' }}>
                {entry.filter ? (
                  <span>
                    where <code>{entry.filter}</code>
                  </span>
                ) : null}
                {entry.tables.length ? <span>tables: {entry.tables.join(', ')}</span> : null}
                {entry.timeColumn ? (
                  <span>
                    time column: <code>{entry.timeColumn}</code>
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <Dialog
          title={
            editing.index == null ? 'New glossary entry' : `Edit “${entries[editing.index]?.terms[0] ?? ''}”`
          }
          onClose={closeEditor}
          wide
        >
          <GlossaryEntryForm
            initial={editing.draft}
            others={entries.filter((_, i) => i !== editing.index)}
            tables={tables}
            serverErrors={editing.serverErrors}
            saving={saving}
            onCancel={closeEditor}
            onSubmit={submitEntry}
          />
        </Dialog>
      ) : null}
      {deleting != null && entries[deleting] ? (
        <Dialog title={`Delete “${entries[deleting]!.terms[0]}”?`} onClose={closeDelete}>
          <p style={{ margin: 0 }}>The assistant will no longer know this term.</p>
          <div className="dialog-actions">
            <button className="btn btn-ghost" onClick={closeDelete}>
              Cancel
            </button>
            <button
              className="btn btn-danger"
              disabled={saving}
              onClick={async () => {
                // A refusal is shown above the list (listError) once the dialog closes.
                await saveList(
                  entries.filter((_, i) => i !== deleting),
                  null,
                );
                setDeleting(null);
              }}
            >
              Delete entry
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
