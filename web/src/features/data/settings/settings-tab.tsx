import { useCallback, useState } from 'react';
import type { DataSourceKind } from '../../../gql/graphql';
import { navigate } from '../../../router/router';
import { ConnectionFields, focusFirstError, TestResult } from '../connect/connection-form';
import { useConnectionSave } from '../connect/use-connection-save';
import {
  initialValues,
  isConnectable,
  validateConnection,
  type ConnectableKind,
  type FormValues,
} from '../connection-fields';
import { RenameForm } from './rename-form';
import { DeleteSourceDialog } from './delete-source-dialog';

interface Source {
  id: string;
  name: string;
  kind: DataSourceKind;
  connection: unknown;
}

/** Settings: the connection (databases), the name (files), and deleting the source. */
export function SettingsTab({ projectId, source }: { projectId: string; source: Source }) {
  const [deleting, setDeleting] = useState(false);
  const closeDelete = useCallback(() => setDeleting(false), []);
  return (
    <div style={{ display: 'grid', gap: 20, maxWidth: 720 }}>
      {isConnectable(source.kind) ? (
        <ConnectionSettings key={source.id} projectId={projectId} source={source} kind={source.kind} />
      ) : source.kind === 'FILE' ? (
        <RenameForm source={source} />
      ) : (
        <p className="muted">The demo source is built in: it has no settings and cannot be deleted.</p>
      )}
      {source.kind !== 'DEMO' ? (
        <section
          className="card"
          style={{ padding: 16, display: 'grid', gap: 10, borderColor: 'var(--danger)' }}
          aria-labelledby="danger-title"
        >
          <h3 id="danger-title">Delete this source</h3>
          <p className="muted" style={{ margin: 0 }}>
            Removes the source and its model and glossary for everyone in the project.
          </p>
          <div>
            <button className="btn btn-danger" onClick={() => setDeleting(true)}>
              Delete source…
            </button>
          </div>
        </section>
      ) : null}
      {deleting ? (
        <DeleteSourceDialog
          source={source}
          onClose={closeDelete}
          onDeleted={() => navigate(`/p/${projectId}/data`)}
        />
      ) : null}
    </div>
  );
}

const PREFIX = 'settings';

function ConnectionSettings({
  projectId,
  source,
  kind,
}: {
  projectId: string;
  source: Source;
  kind: ConnectableKind;
}) {
  const [name, setName] = useState(source.name);
  const [values, setValues] = useState<FormValues>(() =>
    initialValues(kind, (source.connection ?? {}) as Record<string, unknown>),
  );
  const [saved, setSaved] = useState(false);
  const saver = useConnectionSave(projectId, source.id);
  const change = (field: string, value: string | boolean) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const check = () => {
    const errors = validateConnection(kind, name, values);
    saver.setErrors(errors);
    focusFirstError(PREFIX, errors);
    return Object.keys(errors).length === 0;
  };
  return (
    <form
      className="card form"
      style={{ padding: 18 }}
      noValidate
      aria-labelledby="connection-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!check()) return;
        const id = await saver.save(kind, name, values);
        if (id) {
          setSaved(true);
          setValues((v) => ({ ...v, password: '' }));
        }
      }}
    >
      <h3 id="connection-title">Connection</h3>
      <label>
        Name
        <input
          id={`${PREFIX}-name`}
          value={name}
          maxLength={120}
          aria-invalid={saver.errors.name ? true : undefined}
          onChange={(e) => {
            setSaved(false);
            setName(e.target.value);
          }}
        />
        {saver.errors.name ? <span className="field-error">{saver.errors.name}</span> : null}
      </label>
      <ConnectionFields
        kind={kind}
        values={values}
        errors={saver.errors}
        onChange={change}
        idPrefix={PREFIX}
        hasStoredPassword
      />
      {saver.formError ? (
        <div className="alert" role="alert">
          {saver.formError}
        </div>
      ) : null}
      <TestResult result={saver.testResult} />
      <div className="dialog-actions">
        {saved ? (
          <span className="badge badge-success" role="status">
            Saved
          </span>
        ) : null}
        <span className="spacer" />
        <button
          type="button"
          className="btn"
          disabled={saver.busy != null}
          onClick={() => check() && void saver.test(kind, name, values)}
        >
          {saver.busy === 'testing' ? 'Testing…' : 'Save and test'}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saver.busy != null}>
          {saver.busy === 'saving' ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
