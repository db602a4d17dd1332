import { ProgressBar } from '../../../ui/progress-bar';
import { Skeleton } from '../../../ui/skeleton';
import type { UploadItem } from './use-uploads';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One file: its table name, sheet, preview, progress and error. */
export function UploadFileRow({
  item,
  tableError,
  onTable,
  onSheet,
  onRemove,
  locked,
  replaces,
}: {
  item: UploadItem;
  /** The source already has a table of this name: the upload replaces it. */
  replaces?: boolean;
  tableError: string | null;
  onTable: (table: string) => void;
  onSheet: (sheet: string) => void;
  onRemove: () => void;
  locked: boolean;
}) {
  const id = `upload-${item.id}`;
  const sheets = item.preview?.sheets ?? [];
  return (
    <li className="card upload-row" aria-label={item.file.name}>
      <div className="upload-row-head">
        <div style={{ minWidth: 0 }}>
          <div
            style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            title={item.file.name}
          >
            {item.file.name}
          </div>
          <div className="row muted" style={{ fontSize: 12.5 }}>
            {item.format ? (
              <span className="badge">{item.format}</span>
            ) : (
              <span className="badge badge-danger">Unsupported</span>
            )}
            <span>{size(item.file.size)}</span>
            {item.preview?.delimiter ? (
              <span>delimiter “{item.preview.delimiter === '\t' ? 'tab' : item.preview.delimiter}”</span>
            ) : null}
            {item.preview?.encoding ? <span>{item.preview.encoding}</span> : null}
            {item.status === 'done' ? <span className="badge badge-success">Uploaded</span> : null}
          </div>
        </div>
        {item.format ? (
          <label htmlFor={`${id}-table`} className="table-field">
            Table name
            <input
              id={`${id}-table`}
              className="mono"
              value={item.table}
              maxLength={63}
              spellCheck={false}
              disabled={locked || item.status === 'done'}
              aria-invalid={tableError ? true : undefined}
              aria-describedby={tableError ? `${id}-table-error` : undefined}
              onChange={(e) => onTable(e.target.value)}
            />
            {tableError ? (
              <span id={`${id}-table-error`} className="field-error">
                {tableError}
              </span>
            ) : replaces ? (
              <span className="help" style={{ color: 'var(--warning)' }}>
                Replaces the existing table {item.table}
              </span>
            ) : null}
          </label>
        ) : null}
        {sheets.length > 0 ? (
          <label className="sheet-field">
            Sheet
            <select
              value={item.sheet ?? sheets[0]}
              disabled={locked || item.status === 'done'}
              onChange={(e) => onSheet(e.target.value)}
            >
              {sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          className="btn btn-ghost icon-btn"
          aria-label={`Remove ${item.file.name}`}
          disabled={locked || item.status === 'done'}
          onClick={onRemove}
          style={{ marginTop: 18 }}
        >
          ✕
        </button>
      </div>
      {item.status === 'uploading' ? (
        <ProgressBar value={item.progress} label={`Uploading ${item.file.name}`} />
      ) : null}
      {item.error ? (
        <div className="alert" role="alert">
          {item.error}
        </div>
      ) : null}
      {item.format && item.status !== 'done' ? <Preview item={item} /> : null}
    </li>
  );
}

function Preview({ item }: { item: UploadItem }) {
  if (item.previewState === 'loading') {
    return (
      <div
        role="status"
        aria-label={`Reading a preview of ${item.file.name}`}
        style={{ display: 'grid', gap: 6 }}
      >
        <Skeleton height={12} width="70%" />
        <Skeleton height={12} width="55%" />
      </div>
    );
  }
  if (!item.preview)
    return (
      <div className="faint" style={{ fontSize: 12.5 }}>
        No preview for this file; its columns will show once it has landed.
      </div>
    );
  const { columns, rows } = item.preview;
  return (
    <div className="preview-scroll">
      <table className="table">
        <caption className="sr-only">Preview of {item.file.name}: first rows and inferred types</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} scope="col">
                {c.name}
                <span className="preview-type mono">{c.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((_, c) => (
                <td key={c} className="mono">
                  {row[c] == null ? <span className="faint">null</span> : String(row[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
