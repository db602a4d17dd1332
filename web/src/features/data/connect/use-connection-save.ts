import { useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../../ui/errors';
import {
  connectionPayload,
  fieldFromServer,
  validateConnection,
  type ConnectableKind,
  type FieldErrors,
  type FormValues,
} from '../connection-fields';
import {
  CreateDataSourceDocument,
  TestConnectionDocument,
  TestDataSourceConnectionDocument,
  UpdateDataSourceDocument,
} from '../operations';
import type { TestOutcome } from './connection-form';

/**
 * Saving and testing a connection. A new connection is tested as typed (testConnection saves
 * nothing); a saved source's edits are saved first, since its stored password is not sent back.
 */
export function useConnectionSave(projectId: string, initialId: string | null) {
  const [sourceId, setSourceId] = useState<string | null>(initialId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<TestOutcome | null>(null);
  const [busy, setBusy] = useState<'saving' | 'testing' | null>(null);
  const [, create] = useMutation(CreateDataSourceDocument);
  const [, update] = useMutation(UpdateDataSourceDocument);
  const [, test] = useMutation(TestDataSourceConnectionDocument);
  const [, testSettings] = useMutation(TestConnectionDocument);

  async function testUnsaved(kind: ConnectableKind, name: string, values: FormValues) {
    const found = validateConnection(kind, name, values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    const result = await testSettings({
      input: { projectId, kind, connection: connectionPayload(kind, values) },
    });
    const info = errorInfo(result.error);
    const field = fieldFromServer(info?.field ?? null);
    if (info && field && field !== 'connection') setErrors({ [field]: info.message });
    setTestResult(
      result.data?.testConnection ?? {
        ok: false,
        error: { code: info?.code ?? 'ERROR', message: info?.message ?? 'The test could not run.' },
      },
    );
  }

  async function save(kind: ConnectableKind, name: string, values: FormValues): Promise<string | null> {
    const found = validateConnection(kind, name, values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return null;
    const connection = connectionPayload(kind, values);
    const result = sourceId
      ? await update({ input: { id: sourceId, name: name.trim(), connection } })
      : await create({ input: { projectId, name: name.trim(), kind, connection } });
    const info = errorInfo(result.error);
    if (info) {
      const field = fieldFromServer(info.field);
      if (field && field !== 'connection') setErrors({ [field]: info.message });
      else setFormError(info.message);
      return null;
    }
    const id =
      result.data &&
      ('createDataSource' in result.data ? result.data.createDataSource.id : result.data.updateDataSource.id);
    if (id) setSourceId(id);
    return id ?? null;
  }

  return {
    sourceId,
    errors,
    setErrors,
    formError,
    testResult,
    busy,
    async save(kind: ConnectableKind, name: string, values: FormValues) {
      setBusy('saving');
      try {
        return await save(kind, name, values);
      } finally {
        setBusy(null);
      }
    },
    async test(kind: ConnectableKind, name: string, values: FormValues) {
      setBusy('testing');
      setTestResult(null);
      try {
        if (!sourceId) return await testUnsaved(kind, name, values);
        const id = await save(kind, name, values);
        if (!id) return;
        const result = await test({ id });
        const outcome = result.data?.testDataSourceConnection;
        setTestResult(
          outcome ?? {
            ok: false,
            error: {
              code: errorInfo(result.error)?.code ?? 'ERROR',
              message: errorInfo(result.error)?.message ?? 'The test could not run.',
            },
          },
        );
      } finally {
        setBusy(null);
      }
    },
  };
}
