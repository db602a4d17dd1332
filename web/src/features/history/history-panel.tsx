// Versions of a canvas: save a named version, list (automatic, named, before-restore), preview a
// version's blocks, restore it (a restore is a new version; nothing is destroyed).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import {
  CanvasVersionPreviewDocument,
  CanvasVersionsDocument,
  CreateCanvasVersionDocument,
  RestoreCanvasVersionDocument,
} from './operations';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });
const KIND_LABEL: Record<string, string> = {
  AUTO: 'Automatic',
  NAMED: 'Named',
  BEFORE_RESTORE: 'Before restore',
};

function describe(block: { type: string; content: unknown }): string {
  const content = (block.content ?? {}) as Record<string, unknown>;
  const text =
    typeof content.sql === 'string'
      ? content.sql
      : typeof content.markdown === 'string'
        ? content.markdown
        : '';
  return text ? `${block.type}: ${text.slice(0, 60)}${text.length > 60 ? '…' : ''}` : block.type;
}

function Preview({
  canvasId,
  versionId,
  onRestored,
}: {
  canvasId: string;
  versionId: string;
  onRestored: () => void;
}) {
  const [{ data, fetching }] = useQuery({
    query: CanvasVersionPreviewDocument,
    variables: { id: versionId },
  });
  const [restoring, restore] = useMutation(RestoreCanvasVersionDocument);
  if (fetching || !data) return <Skeleton height={80} />;
  const version = data.canvasVersion;
  if (!version) return <p className="faint">This version is no longer available.</p>;
  return (
    <div
      className="card"
      style={{ display: 'grid', gap: 6, padding: 10 }}
      aria-label={`Preview of version ${version.number}`}
    >
      <strong>
        {version.canvasName} · version {version.number}
      </strong>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {version.blocks.map((b) => (
          <li key={b.id} className="muted">
            {describe(b)}
          </li>
        ))}
      </ul>
      {restoring.error ? (
        <div className="alert" role="alert">
          {errorInfo(restoring.error)?.message}
        </div>
      ) : null}
      <button
        className="btn btn-sm btn-primary"
        disabled={restoring.fetching}
        onClick={async () => {
          const result = await restore({ canvasId, versionId });
          if (result.data) onRestored();
        }}
      >
        {restoring.fetching ? 'Restoring…' : 'Restore this version'}
      </button>
    </div>
  );
}

export default function HistoryPanel({ canvasId }: { canvasId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasVersionsDocument,
    variables: { canvasId },
    requestPolicy: 'cache-and-network',
  });
  const [saving, save] = useMutation(CreateCanvasVersionDocument);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const result = await save({ canvasId, name: name.trim() });
    if (result.data) {
      setName('');
      reload();
    }
  };

  const versions = data?.canvasVersions ?? [];
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <form className="row" onSubmit={submit}>
        <input
          aria-label="Version name"
          placeholder="Name this version…"
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ flex: 1 }}
        />
        <button className="btn btn-sm btn-primary" disabled={saving.fetching || !name.trim()}>
          Save version
        </button>
      </form>
      {saving.error ? (
        <div className="alert" role="alert">
          {errorInfo(saving.error)?.message}
        </div>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message}
        </div>
      ) : null}
      {fetching && !data ? <Skeleton height={120} /> : null}
      {data && versions.length === 0 ? (
        <EmptyState title="No versions yet">
          Versions are saved automatically while you edit (at most one every 10 minutes), or name one now.
        </EmptyState>
      ) : null}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }} aria-label="Versions">
        {versions.map((v) => (
          <li key={v.id} style={{ display: 'grid', gap: 6 }}>
            <button
              className={`btn btn-sm ${selected === v.id ? 'btn-primary' : ''}`}
              style={{ justifyContent: 'space-between', display: 'flex' }}
              aria-expanded={selected === v.id}
              onClick={() => setSelected(selected === v.id ? null : v.id)}
            >
              <span>{v.name ?? `Version ${v.number}`}</span>
              <span className="faint">
                {KIND_LABEL[v.kind] ?? v.kind} · {when.format(new Date(v.createdAt))}
                {v.createdBy ? ` · ${v.createdBy.name}` : ''}
              </span>
            </button>
            {selected === v.id ? (
              <Preview
                canvasId={canvasId}
                versionId={v.id}
                onRestored={() => {
                  setSelected(null);
                  reload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
