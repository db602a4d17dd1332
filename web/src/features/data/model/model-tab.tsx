import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData, type FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/empty-state';
import { errorInfo } from '../../../ui/errors';
import { Skeleton } from '../../../ui/skeleton';
import { DataSourceModelDocument, SemanticModelFields, UpdateSemanticModelDocument } from '../operations';
import { errorKeyFromServer, modelChanges, modelErrors, type EditableModel } from './model-edits';
import { ModelTableCard } from './model-table-card';
import { RelationshipDiagram } from './relationship-diagram';
import { RelationshipsEditor } from './relationships-editor';

function editable(ref: FragmentType<typeof SemanticModelFields>): EditableModel & { version: number } {
  const model = getFragmentData(SemanticModelFields, ref);
  return {
    version: model.version,
    asOf: model.asOf ?? null,
    tables: model.tables.map((t) => ({
      name: t.name,
      label: t.label,
      description: t.description,
      columns: t.columns.map((c) => ({
        ...c,
        aggregation: c.aggregation ?? null,
        description: c.description ?? null,
        synonyms: [...c.synonyms],
        values: c.values.map((v) => ({ value: v.value, label: v.label })),
      })),
    })),
    relationships: model.relationships.map((r) => ({
      fromTable: r.fromTable,
      fromColumn: r.fromColumn,
      toTable: r.toTable,
      toColumn: r.toColumn,
      inferred: r.inferred,
    })),
  };
}

/** The semantic model: labels, roles, synonyms and value labels per column, asOf, relationships. */
export function ModelTab({ sourceId }: { sourceId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: DataSourceModelDocument,
    variables: { id: sourceId },
  });
  const loaded = useMemo(() => (data?.dataSource ? editable(data.dataSource.model) : null), [data]);
  // `base` is the model as last loaded or saved; `edited` the user's copy of it.
  const [base, setBase] = useState<(EditableModel & { version: number }) | null>(null);
  const [edited, setEdited] = useState<EditableModel | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [{ fetching: saving }, save] = useMutation(UpdateSemanticModelDocument);

  // A newer model from the server (another editor, a new upload) replaces a clean copy only.
  const changes = base && edited ? modelChanges(sourceId, base, edited) : null;
  useEffect(() => {
    if (loaded && !changes) {
      setBase(loaded);
      setEdited(loaded);
    }
  }, [loaded]); // only when the server sends a model, never on the user's edits

  if (!data && fetching) {
    return (
      <div style={{ display: 'grid', gap: 12 }} role="status" aria-label="Loading the model">
        <span className="muted">
          Reading the model… the first time, it is inferred from the data, which takes a few seconds.
        </span>
        <Skeleton height={32} width={240} />
        <Skeleton height={180} />
      </div>
    );
  }
  if (!base || !edited)
    return loaded ? null : (
      <div className="alert" role="alert">
        {errorInfo(error)?.message ?? 'The model could not be loaded.'}
      </div>
    );
  if (base.tables.length === 0) {
    return (
      <EmptyState title="No model yet">
        The model is inferred when a source is connected or a file lands. Re-open this tab in a moment, or
        upload a file.
      </EmptyState>
    );
  }

  const errors = { ...modelErrors(edited), ...serverErrors };
  const update = (next: EditableModel) => {
    setEdited(next);
    setServerErrors({});
    setSaveError(null);
    setSavedVersion(null);
  };
  const submit = async () => {
    if (!changes || Object.keys(modelErrors(edited)).length) return;
    const result = await save({ input: changes });
    const info = errorInfo(result.error);
    if (info) {
      const key = errorKeyFromServer(info.field);
      if (key) setServerErrors({ [key]: info.message });
      setSaveError(key ? `${info.message} (${info.field})` : info.message);
      return;
    }
    const saved = result.data ? editable(result.data.updateSemanticModel) : null;
    if (saved) {
      setBase(saved);
      setEdited(saved);
      setSavedVersion(saved.version);
    }
  };

  return (
    <form
      style={{ display: 'grid', gap: 16 }}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="model-toolbar">
        <label>
          As of
          <input
            type="date"
            value={edited.asOf ?? ''}
            aria-invalid={errors.asOf ? true : undefined}
            aria-describedby="model-asof-help"
            onChange={(e) => update({ ...edited, asOf: e.target.value || null })}
          />
        </label>
        <span id="model-asof-help" className="help" style={{ paddingBottom: 8 }}>
          {errors.asOf ?? 'The date “last month” and “this year” are relative to.'}
        </span>
        <span className="spacer" />
        <span className="faint" style={{ paddingBottom: 8 }}>
          Model version {base.version}
        </span>
      </div>
      {edited.tables.map((table, index) => (
        <ModelTableCard
          key={table.name}
          table={table}
          original={base.tables.find((t) => t.name === table.name)}
          errors={errors}
          onChange={(next) =>
            update({ ...edited, tables: edited.tables.map((t, i) => (i === index ? next : t)) })
          }
        />
      ))}
      <section
        className="card"
        style={{ padding: 16, display: 'grid', gap: 12 }}
        aria-labelledby="relationships-title"
      >
        <h3 id="relationships-title">Relationships</h3>
        <RelationshipDiagram tables={edited.tables} relationships={edited.relationships} />
        <RelationshipsEditor
          tables={edited.tables}
          relationships={edited.relationships}
          error={errors.relationships}
          onChange={(relationships) => update({ ...edited, relationships })}
        />
      </section>
      <div className="save-bar" aria-live="polite">
        {saveError ? (
          <span className="error-text" role="alert">
            {saveError}
          </span>
        ) : changes ? (
          <span>
            Unsaved changes
            {changes.columns
              ? ` · ${changes.columns.length} column${changes.columns.length === 1 ? '' : 's'}`
              : ''}
            {changes.relationships ? ' · relationships' : ''}
            {'asOf' in changes ? ' · as of' : ''}
          </span>
        ) : savedVersion != null ? (
          <span className="badge badge-success">Saved · version {savedVersion}</span>
        ) : (
          <span className="muted">No changes</span>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-ghost"
          disabled={!changes || saving}
          onClick={() => update(base)}
        >
          Discard
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!changes || saving || Object.keys(modelErrors(edited)).length > 0}
        >
          {saving ? 'Saving…' : 'Save model'}
        </button>
      </div>
    </form>
  );
}
