import { useCallback, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { navigate } from '../../../router/router';
import { Dialog } from '../../../ui/dialog';
import {
  CONNECTABLE_KINDS,
  initialValues,
  KIND_LABEL,
  validateConnection,
  type ConnectableKind,
  type FormValues,
} from '../connection-fields';
import { KindMark } from '../kind-mark';
import { DeleteDataSourceDocument, DATA_SOURCE_DELETED } from '../operations';
import { ConnectionFields, focusFirstError, TestResult } from './connection-form';
import { useConnectionSave } from './use-connection-save';

const PREFIX = 'connect';

/** "Connect a database": pick the kind, fill its fields, test, connect. */
export function ConnectDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const [kind, setKind] = useState<ConnectableKind>('POSTGRES');
  const [name, setName] = useState('');
  const [values, setValues] = useState<FormValues>(() => initialValues('POSTGRES'));
  const saver = useConnectionSave(projectId, null);
  const [, remove] = useMutation(DeleteDataSourceDocument);
  const draftCreated = saver.sourceId != null;

  const chooseKind = (next: ConnectableKind) => {
    setKind(next);
    setValues(initialValues(next));
    saver.setErrors({});
  };
  const change = (field: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (saver.errors[field]) saver.setErrors(({ [field]: _, ...rest }) => rest);
  };
  const checkFirst = () => {
    const errors = validateConnection(kind, name, values);
    if (Object.keys(errors).length) {
      saver.setErrors(errors);
      focusFirstError(PREFIX, errors);
      return false;
    }
    return true;
  };
  const connect = async () => {
    if (!checkFirst()) return;
    const id = await saver.save(kind, name, values);
    if (id) {
      onClose();
      navigate(`/p/${projectId}/data/${id}`);
    }
  };
  // Testing saved a draft source; cancelling removes it again so nothing half-set-up stays behind.
  // (Stable, because the Dialog re-runs its focus effect whenever onClose changes.)
  const draftId = useRef<string | null>(null);
  draftId.current = saver.sourceId;
  const cancel = useCallback(() => {
    if (draftId.current) void remove({ id: draftId.current }, DATA_SOURCE_DELETED);
    onClose();
  }, [remove, onClose]);

  return (
    <Dialog title="Connect a database" onClose={cancel} wide>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void connect();
        }}
      >
        <fieldset style={{ border: 0, padding: 0, margin: 0 }} disabled={draftCreated}>
          <legend className="sr-only">Database kind</legend>
          <div className="kind-choices">
            {CONNECTABLE_KINDS.map((k) => (
              <label key={k} className="kind-choice" aria-checked={k === kind}>
                <input
                  className="sr-only"
                  type="radio"
                  name="kind"
                  value={k}
                  checked={k === kind}
                  onChange={() => chooseKind(k)}
                />
                <KindMark kind={k} size={28} />
                {KIND_LABEL[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          Name
          <input
            id={`${PREFIX}-name`}
            value={name}
            maxLength={120}
            placeholder="Production replica"
            aria-invalid={saver.errors.name ? true : undefined}
            aria-describedby={saver.errors.name ? `${PREFIX}-name-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              if (saver.errors.name) saver.setErrors(({ name: _, ...rest }) => rest);
            }}
          />
          {saver.errors.name ? (
            <span id={`${PREFIX}-name-error`} className="field-error">
              {saver.errors.name}
            </span>
          ) : null}
        </label>
        <ConnectionFields
          kind={kind}
          values={values}
          errors={saver.errors}
          onChange={change}
          idPrefix={PREFIX}
          hasStoredPassword={draftCreated}
        />
        {saver.formError ? (
          <div className="alert" role="alert">
            {saver.formError}
          </div>
        ) : null}
        <TestResult result={saver.testResult} />
        <div className="dialog-actions">
          <button
            type="button"
            className="btn"
            disabled={saver.busy != null}
            onClick={() => {
              if (checkFirst()) void saver.test(kind, name, values);
            }}
          >
            {saver.busy === 'testing' ? 'Testing…' : 'Test connection'}
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn-ghost" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saver.busy != null}>
            {saver.busy === 'saving' ? 'Connecting…' : 'Connect'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
