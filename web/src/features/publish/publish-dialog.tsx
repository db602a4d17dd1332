// Publish: the editor chooses what viewers see (blocks, SQL shown or not, a note), reviews what
// changed since the last publication, publishes, and gets the link to the published report.
import { blockKind, type BlockJson } from '@tessera/canvas-model';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import type { PublicationFieldsFragment as PublicationFieldsFragmentType } from '../../gql/graphql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { blockTitle } from '../canvas/blocks/block-body';
import { CreateShareLinkDocument, ShareLinkFieldsFragment, ShareLinksDocument } from '../share/operations';
import { CopyField } from '../share/copy-field';
import { embedUrl, shortLinkUrl } from '../share/embed-snippet';
import { ChangeList } from './change-list';
import { CanvasPublicationDocument, PublicationFieldsFragment, PublishCanvasDocument } from './operations';
import { defaultSelection, isEmptyBlock, readersOfUnchecked, textLabel } from './publish-model';
import { PublicationSummary } from './publication-summary';
import './publish.css';

const NOTE_MAX = 1000;

export default function PublishDialog({
  canvasId,
  blocks,
  onClose,
  onPublished,
}: {
  canvasId: string;
  blocks: readonly BlockJson[];
  onClose: () => void;
  onPublished?: () => void;
}) {
  const [{ data, error, fetching }] = useQuery({
    query: CanvasPublicationDocument,
    variables: { id: canvasId },
    requestPolicy: 'network-only',
  });
  const info = getFragmentData(PublicationFieldsFragment, data?.canvas);
  // Kept here: the refetch after publishing gives the form a new key (a new publication id).
  const [done, setDone] = useState<{ version: number; count: number } | null>(null);
  if (done) {
    return (
      <Dialog title="Published" onClose={onClose} wide>
        <PublishedResult canvasId={canvasId} version={done.version} count={done.count} onClose={onClose} />
      </Dialog>
    );
  }
  if (!info) {
    return (
      <Dialog title="Publish" onClose={onClose} wide>
        {fetching ? (
          <Skeleton height={180} />
        ) : (
          <div className="alert" role="alert">
            {errorInfo(error)?.message ?? 'This canvas could not be loaded.'}
          </div>
        )}
      </Dialog>
    );
  }
  const published = (version: number, count: number) => {
    setDone({ version, count });
    onPublished?.();
  };
  return (
    <PublishForm
      key={info.publication?.id ?? 'never'}
      canvasId={canvasId}
      blocks={blocks}
      info={info}
      onClose={onClose}
      onPublished={published}
    />
  );
}

type Info = PublicationFieldsFragmentType;

function PublishForm({
  canvasId,
  blocks,
  info,
  onClose,
  onPublished,
}: {
  canvasId: string;
  blocks: readonly BlockJson[];
  info: Info;
  onClose: () => void;
  onPublished: (version: number, count: number) => void;
}) {
  const { publication, publicationStatus: status } = info;
  const changes = status?.changes ?? [];
  const [selected, setSelected] = useState(() => defaultSelection(blocks, publication ?? null, changes));
  const [showCode, setShowCode] = useState(publication?.showCode ?? false);
  const [note, setNote] = useState('');
  const [result, publish] = useMutation(PublishCanvasDocument);
  const publishError = errorInfo(result.error);
  const hiddenSql = readersOfUnchecked(blocks, selected);
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));

  const onPublish = async () => {
    const ordered = blocks.filter((b) => selected.has(b.id)).map((b) => b.id);
    const res = await publish({
      input: { canvasId, blockIds: ordered, showCode, ...(note.trim() ? { note: note.trim() } : {}) },
    });
    if (res.data) onPublished(res.data.publishCanvas.version, res.data.publishCanvas.blockIds.length);
  };

  return (
    <Dialog title={publication ? 'Publish again' : 'Publish'} onClose={onClose} wide>
      {
        <div className="publish-form">
          <PublicationSummary publication={publication} status={status} />
          {status && changes.length ? <ChangeList changes={changes} /> : null}
          <fieldset className="publish-blocks">
            <legend>Blocks viewers see</legend>
            <div className="row publish-select-all">
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                onClick={() => setSelected(new Set(blocks.filter((b) => !isEmptyBlock(b)).map((b) => b.id)))}
              >
                Select all with content
              </button>
              <button type="button" className="btn btn-sm btn-ghost" onClick={() => setSelected(new Set())}>
                Select none
              </button>
              <span className="spacer" />
              <span className="faint">
                {selected.size} of {blocks.length} selected
              </span>
            </div>
            <ul>
              {blocks.map((b) => (
                <li key={b.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.has(b.id)}
                      onChange={(e) => toggle(b.id, e.target.checked)}
                    />
                    <span className="publish-block-title">{textLabel(b, blockTitle(b))}</span>
                    <span className="badge">{blockKind(b.type).title}</span>
                    {isEmptyBlock(b) ? <span className="badge badge-warning">empty</span> : null}
                    {changes.find((c) => c.blockId === b.id && c.kind === 'ADDED') ? (
                      <span className="badge badge-accent">new</span>
                    ) : null}
                  </label>
                </li>
              ))}
            </ul>
            {hiddenSql.length ? (
              <p className="faint publish-hint">
                {hiddenSql.length === 1 ? 'One block reads' : `${hiddenSql.length} blocks read`} a SQL block
                you left out: its data still shows, its SQL stays hidden.
              </p>
            ) : null}
          </fieldset>
          <label className="row publish-toggle">
            <input type="checkbox" checked={showCode} onChange={(e) => setShowCode(e.target.checked)} />
            Show SQL to viewers (a “Show SQL” fold under each chart, table and metric)
          </label>
          <label>
            Note for editors
            <textarea
              value={note}
              maxLength={NOTE_MAX}
              rows={2}
              placeholder="Optional: what changed in this version"
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          {publishError ? (
            <div className="alert" role="alert">
              {publishError.message}
            </div>
          ) : null}
          <div className="row">
            <span className="faint">Every share link and embed shows the new version at once.</span>
            <span className="spacer" />
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={result.fetching || selected.size === 0}
              onClick={() => void onPublish()}
            >
              {result.fetching
                ? 'Publishing…'
                : publication
                  ? `Publish version ${publication.version + 1}`
                  : 'Publish'}
            </button>
          </div>
        </div>
      }
    </Dialog>
  );
}

/** After publishing: the link to the published report (an existing share link, or a new one). */
function PublishedResult({
  canvasId,
  version,
  count,
  onClose,
}: {
  canvasId: string;
  version: number;
  count: number;
  onClose: () => void;
}) {
  const [{ data }] = useQuery({
    query: ShareLinksDocument,
    variables: { id: canvasId },
    requestPolicy: 'network-only',
  });
  const [created, create] = useMutation(CreateShareLinkDocument);
  const links = getFragmentData(ShareLinkFieldsFragment, data?.canvas?.shareLinks ?? []).filter(
    (l) => !l.revokedAt,
  );
  const newLink = created.data
    ? getFragmentData(ShareLinkFieldsFragment, created.data.createShareLink)
    : null;
  const link = newLink ?? links[0] ?? null;
  return (
    <div className="publish-form" role="status">
      <p style={{ margin: 0 }}>
        Version {version} is live: {count} block{count === 1 ? '' : 's'}.{' '}
        {links.length > 1 ? `All ${links.length} share links show it.` : null}
      </p>
      {link ? <CopyField label="Published report URL" value={shortLinkUrl(link.shortUrl)} /> : null}
      {link ? (
        <a
          className="btn btn-primary publish-open"
          href={embedUrl(link.token)}
          target="_blank"
          rel="noreferrer"
          data-testid="published-link"
        >
          Open the published report ↗
        </a>
      ) : (
        <div className="row">
          <span className="muted">No share link yet.</span>
          <button
            type="button"
            className="btn btn-primary"
            disabled={created.fetching}
            onClick={() => void create({ input: { canvasId } })}
          >
            Create a share link
          </button>
        </div>
      )}
      {created.error ? (
        <div className="alert" role="alert">
          {errorInfo(created.error)?.message}
        </div>
      ) : null}
      <div className="row">
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
