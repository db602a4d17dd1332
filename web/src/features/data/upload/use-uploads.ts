import { useCallback, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../../ui/errors';
import {
  CreateFileUploadDocument,
  DeleteDataSourceDocument,
  UpdateDataSourceDocument,
  DATA_SOURCE_DELETED,
} from '../operations';
import { putFile, withPreviewFlag } from './put-file';
import {
  formatFromName,
  parsePreview,
  previewSlice,
  sourceNameFromFile,
  tableNameError,
  tableNameFromFile,
  uploadErrorMessage,
  type UploadFormat,
  type UploadPreview,
} from './upload-files';

export interface UploadItem {
  id: string;
  file: File;
  format: UploadFormat | null;
  table: string;
  sheet: string | null;
  preview: UploadPreview | null;
  previewState: 'loading' | 'ready' | 'unavailable';
  status: 'ready' | 'uploading' | 'done' | 'failed';
  progress: number | null;
  error: string | null;
}

let nextId = 0;

/**
 * The upload screen's files. A link (createFileUpload) is needed even for a preview, and the
 * first link of a new source creates it: that draft source then takes every other file, and is
 * removed again when the user cancels before anything landed.
 */
export function useUploads(projectId: string, existingSourceId: string | null) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [sourceName, setSourceName] = useState('');
  const [sourceId, setSourceId] = useState<string | null>(existingSourceId);
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [, createUpload] = useMutation(CreateFileUploadDocument);
  const [, updateSource] = useMutation(UpdateDataSourceDocument);
  const [, deleteSource] = useMutation(DeleteDataSourceDocument);
  const source = useRef<{
    id: string | null;
    pending: Promise<string | null> | null;
    draftName: string | null;
    landed: boolean;
  }>({ id: existingSourceId, pending: null, draftName: null, landed: false });
  const nameRef = useRef(sourceName);
  nameRef.current = sourceName;

  const patch = useCallback(
    (id: string, change: Partial<UploadItem>) =>
      setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item))),
    [],
  );

  /** A fresh single-use link for the file (creating the source with the first one). */
  const linkFor = useCallback(
    async (
      item: Pick<UploadItem, 'file' | 'format' | 'table' | 'sheet'>,
    ): Promise<{ url: string } | { error: string }> => {
      const base = { projectId, format: item.format!, table: item.table, sheet: item.sheet };
      const current = source.current;
      if (!current.id && current.pending) await current.pending;
      if (current.id) {
        const result = await createUpload({
          input: {
            ...base,
            name: nameRef.current.trim() || sourceNameFromFile(item.file.name),
            dataSourceId: current.id,
          },
        });
        const url = result.data?.createFileUpload.uploadUrl;
        return url ? { url } : { error: errorInfo(result.error)?.message ?? 'No upload link was given.' };
      }
      const name = nameRef.current.trim() || sourceNameFromFile(item.file.name);
      let url: string | undefined;
      let error: string | undefined;
      current.pending = createUpload({ input: { ...base, name } }).then((result) => {
        const created = result.data?.createFileUpload;
        url = created?.uploadUrl;
        error = errorInfo(result.error)?.message;
        if (created) {
          current.id = created.dataSource.id;
          current.draftName = name;
          setSourceId(created.dataSource.id);
        }
        return current.id;
      });
      await current.pending;
      current.pending = null;
      return url ? { url } : { error: error ?? 'No upload link was given.' };
    },
    [projectId, createUpload],
  );

  const loadPreview = useCallback(
    async (item: UploadItem) => {
      if (!item.format) return;
      patch(item.id, { previewState: 'loading' });
      const link = await linkFor(item);
      if ('error' in link) return patch(item.id, { previewState: 'unavailable', error: link.error });
      const answer = await putFile(withPreviewFlag(link.url), previewSlice(item.file, item.format)).catch(
        () => null,
      );
      const preview = answer && answer.status === 200 ? parsePreview(answer.body) : null;
      patch(item.id, { preview, previewState: preview ? 'ready' : 'unavailable' });
    },
    [linkFor, patch],
  );

  const add = useCallback(
    (files: File[]) => {
      const fresh = files.map((file): UploadItem => {
        const format = formatFromName(file.name);
        return {
          id: `f${++nextId}`,
          file,
          format,
          table: tableNameFromFile(file.name),
          sheet: null,
          preview: null,
          previewState: format ? 'loading' : 'unavailable',
          status: format ? 'ready' : 'failed',
          progress: null,
          error: format ? null : 'Unsupported file type: use CSV, Parquet, JSON/NDJSON or XLSX',
        };
      });
      if (!nameRef.current && !source.current.id && fresh[0])
        setSourceName(sourceNameFromFile(fresh[0].file.name));
      setItems((list) => {
        const taken = new Set(list.map((i) => i.table));
        for (const item of fresh) {
          let name = item.table;
          for (let n = 2; taken.has(name); n++) name = `${item.table}_${n}`;
          item.table = name;
          taken.add(name);
        }
        return [...list, ...fresh];
      });
      // One after another: the first may be creating the source the others join.
      void fresh.reduce((chain, item) => chain.then(() => loadPreview(item)), Promise.resolve());
    },
    [loadPreview],
  );

  const tableError = (item: UploadItem) =>
    tableNameError(
      item.table,
      items.filter((i) => i.id !== item.id && i.format).map((i) => i.table),
    );

  async function uploadAll(): Promise<string | null> {
    setFormError(null);
    const pending = items.filter((i) => i.format && i.status !== 'done');
    if (!pending.length) return source.current.id;
    if (pending.some((i) => tableError(i))) {
      setFormError('Fix the table names first.');
      return null;
    }
    if (!source.current.id && !nameRef.current.trim()) {
      setFormError('Give the source a name.');
      return null;
    }
    setUploading(true);
    let failed = 0;
    for (const item of pending) {
      patch(item.id, { status: 'uploading', progress: 0, error: null });
      const link = await linkFor(item);
      if ('error' in link) {
        failed++;
        patch(item.id, { status: 'failed', progress: null, error: link.error });
        continue;
      }
      const result = await putFile(link.url, item.file, {
        onProgress: (progress) => patch(item.id, { progress }),
        contentType: item.file.type,
      });
      if (result.status >= 200 && result.status < 300) {
        source.current.landed = true;
        patch(item.id, { status: 'done', progress: 1 });
      } else {
        failed++;
        patch(item.id, {
          status: 'failed',
          progress: null,
          error: uploadErrorMessage(result.status, result.body),
        });
      }
    }
    const id = source.current.id;
    const name = nameRef.current.trim();
    if (id && source.current.draftName && name && name !== source.current.draftName) {
      const renamed = await updateSource({ input: { id, name } });
      if (!renamed.error) source.current.draftName = name;
    }
    setUploading(false);
    return failed === 0 ? id : null;
  }

  /** Leaving before anything landed: the draft source made for the previews goes away. */
  const discardDraft = useCallback(() => {
    const current = source.current;
    if (current.id && current.draftName && !current.landed) {
      void deleteSource({ id: current.id }, DATA_SOURCE_DELETED);
      current.draftName = null;
    }
  }, [deleteSource]);

  return {
    items,
    sourceId,
    sourceName,
    setSourceName,
    formError,
    uploading,
    add,
    tableError,
    setTable: (id: string, table: string) => patch(id, { table, status: 'ready', error: null }),
    setSheet: (item: UploadItem, sheet: string) => {
      const next = { ...item, sheet };
      patch(item.id, { sheet });
      void loadPreview(next);
    },
    remove: (id: string) => setItems((list) => list.filter((i) => i.id !== id)),
    uploadAll,
    discardDraft,
  };
}
