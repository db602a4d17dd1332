import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link, navigate, useLocation } from '../../../router/router';
import { errorInfo } from '../../../ui/errors';
import { setCurrentProject } from '../../home/current-project';
import { DataSourceDetailDocument, DataSourceTablesDocument } from '../operations';
import { DropZone } from './drop-zone';
import { UploadFileRow } from './upload-file-row';
import { useUploads } from './use-uploads';
import '../data.css';

/** `/p/<projectId>/data/upload[?source=<id>]`: files into a new FILE source, or into an existing one. */
export default function UploadPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const { search } = useLocation();
  const existingId = search.get('source');
  const [{ data: existing, error: existingError }] = useQuery({
    query: DataSourceDetailDocument,
    variables: { id: existingId ?? '' },
    pause: !existingId,
  });
  const [{ data: existingSchema }] = useQuery({
    query: DataSourceTablesDocument,
    variables: { id: existingId ?? '', refresh: false },
    pause: !existingId,
  });
  const existingTables = existingSchema?.dataSource?.tables.map((t) => t.name) ?? [];
  const uploads = useUploads(projectId, existingId);
  const { items } = uploads;
  const ready = items.filter((i) => i.format && i.status !== 'done');
  const target = existing?.dataSource;
  const back = existingId ? `/p/${projectId}/data/${existingId}` : `/p/${projectId}/data`;

  // Leaving any other way (the nav, the back button) drops an unused draft source too.
  const { discardDraft } = uploads;
  useEffect(() => discardDraft, [discardDraft]);
  const cancel = () => {
    uploads.discardDraft();
    navigate(back);
  };
  const start = async () => {
    const id = await uploads.uploadAll();
    if (id) navigate(`/p/${projectId}/data/${id}?tab=model`);
  };

  if (existingId && existingError && !target) {
    return (
      <div className="page">
        <div className="alert" role="alert">
          {errorInfo(existingError)?.message ?? 'This source does not exist.'}
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Link href={back} className="muted" style={{ fontSize: 13 }}>
            ← {target ? target.name : 'Data'}
          </Link>
          <h1>{target ? `Add files to ${target.name}` : 'Upload files'}</h1>
        </div>
      </div>
      {target && target.kind !== 'FILE' ? (
        <div className="alert" role="alert">
          Files can only be added to a file source.
        </div>
      ) : (
        <>
          {!existingId ? (
            <label style={{ maxWidth: 420 }}>
              Source name
              <input
                value={uploads.sourceName}
                maxLength={120}
                placeholder="Named after the first file"
                onChange={(e) => uploads.setSourceName(e.target.value)}
                disabled={uploads.uploading}
              />
              <span className="help">Every file becomes a table of this source; you can add more later.</span>
            </label>
          ) : null}
          <DropZone onFiles={uploads.add} disabled={uploads.uploading} />
          {items.length ? (
            <ul
              aria-label="Files to upload"
              style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}
            >
              {items.map((item) => (
                <UploadFileRow
                  key={item.id}
                  item={item}
                  locked={uploads.uploading}
                  replaces={item.status !== 'done' && existingTables.includes(item.table)}
                  tableError={item.format && item.status !== 'done' ? uploads.tableError(item) : null}
                  onTable={(t) => uploads.setTable(item.id, t)}
                  onSheet={(s) => uploads.setSheet(item, s)}
                  onRemove={() => uploads.remove(item.id)}
                />
              ))}
            </ul>
          ) : null}
          {uploads.formError ? (
            <div className="alert" role="alert">
              {uploads.formError}
            </div>
          ) : null}
          <div className="save-bar">
            <span className="muted">
              {ready.length === 0
                ? 'No files to upload yet.'
                : ready.length === 1
                  ? '1 file ready'
                  : `${ready.length} files ready`}
            </span>
            <span className="spacer" />
            <button className="btn btn-ghost" onClick={cancel} disabled={uploads.uploading}>
              Cancel
            </button>
            <button
              className="btn btn-primary"
              onClick={() => void start()}
              disabled={uploads.uploading || ready.length === 0}
            >
              {uploads.uploading
                ? 'Uploading…'
                : ready.length > 1
                  ? `Upload ${ready.length} files`
                  : 'Upload'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
