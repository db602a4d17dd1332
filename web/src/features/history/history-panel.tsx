// Versions of a canvas: save a named version, list (automatic, named, before-restore), compare a
// version with the canvas now block by block (SQL as a line diff), restore one block or the whole
// version (a restore is a new version; nothing is destroyed). Opened from a block's "History"
// action, it shows that block's changes only.
import type { BlockJson } from '@tessera/canvas-model';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type * as Y from 'yjs';
import { useBlocks } from '../canvas/use-canvas-doc';
import { diffBlocks, titleOf } from './block-diff';
import { VersionDiff } from './version-diff';
import './history.css';
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
  now,
  blockId,
  canEdit,
  onRestored,
}: {
  canvasId: string;
  versionId: string;
  /** The canvas now (live document); null: list the version's blocks instead of a diff. */
  now: readonly BlockJson[] | null;
  blockId: string | null;
  canEdit: boolean;
  onRestored: (message: string) => void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: CanvasVersionPreviewDocument,
    variables: { id: versionId },
  });
  const [restoring, restore] = useMutation(RestoreCanvasVersionDocument);
  if (error)
    return (
      <div className="alert" role="alert">
        {errorInfo(error)?.message}
      </div>
    );
  if (fetching || !data) return <Skeleton height={80} />;
  const version = data.canvasVersion;
  if (!version) return <p className="faint">This version is no longer available.</p>;
  const label = `version ${version.number}`;
  const changes = now ? diffBlocks(version.blocks, now).filter((c) => !blockId || c.id === blockId) : null;
  return (
    <div
      className="card"
      style={{ display: 'grid', gap: 8, padding: 10 }}
      aria-label={`Version ${version.number} compared with now`}
    >
      <strong>
        {version.canvasName} · {label} → now
      </strong>
      {changes ? (
        <VersionDiff
          canvasId={canvasId}
          versionId={version.id}
          versionLabel={label}
          changes={changes}
          canEdit={canEdit}
          onRestored={(title) => onRestored(`${title} restored from ${label}`)}
        />
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {version.blocks.map((b) => (
            <li key={b.id} className="muted">
              {describe(b)}
            </li>
          ))}
        </ul>
      )}
      {restoring.error ? (
        <div className="alert" role="alert">
          {errorInfo(restoring.error)?.message}
        </div>
      ) : null}
      {canEdit && !blockId ? (
        <button
          className="btn btn-sm"
          disabled={restoring.fetching}
          onClick={async () => {
            const result = await restore({ canvasId, versionId });
            if (result.data) onRestored(`Restored ${label}`);
          }}
        >
          {restoring.fetching ? 'Restoring…' : 'Restore the whole version'}
        </button>
      ) : null}
    </div>
  );
}

/** The live blocks when the panel has the document (the editor), else null. */
function LiveBlocks({ doc, children }: { doc: Y.Doc; children: (blocks: BlockJson[]) => React.ReactNode }) {
  return <>{children(useBlocks(doc))}</>;
}

export default function HistoryPanel({
  canvasId,
  doc = null,
  blockId = null,
  canEdit = true,
  onShowAll,
}: {
  canvasId: string;
  doc?: Y.Doc | null;
  /** Only this block's changes (the block's "History" action). */
  blockId?: string | null;
  canEdit?: boolean;
  onShowAll?: () => void;
}) {
  if (doc)
    return (
      <LiveBlocks doc={doc}>
        {(now) => (
          <Versions
            canvasId={canvasId}
            now={now}
            blockId={blockId}
            canEdit={canEdit}
            {...(onShowAll ? { onShowAll } : {})}
          />
        )}
      </LiveBlocks>
    );
  return <Versions canvasId={canvasId} now={null} blockId={null} canEdit={canEdit} />;
}

function Versions({
  canvasId,
  now,
  blockId,
  canEdit,
  onShowAll,
}: {
  canvasId: string;
  now: BlockJson[] | null;
  blockId: string | null;
  canEdit: boolean;
  onShowAll?: () => void;
}) {
  const [message, setMessage] = useState('');
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
  const focused = blockId ? now?.find((b) => b.id === blockId) : undefined;
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      {blockId ? (
        <div className="row" data-testid="block-history">
          <span>
            History of <strong>{focused ? titleOf(focused) : 'a deleted block'}</strong>
          </span>
          <span className="spacer" />
          {onShowAll ? (
            <button className="btn btn-sm btn-ghost" onClick={onShowAll}>
              All blocks
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {message ? <div className="badge badge-success">{message}</div> : null}
      {canEdit ? (
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
      ) : null}
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
      <ol
        className="history-versions"
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}
        aria-label="Versions"
      >
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
                now={now}
                blockId={blockId}
                canEdit={canEdit}
                onRestored={(text) => {
                  setMessage(text);
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
