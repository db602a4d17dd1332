// `/canvas/<id>`: the canvas editor: live document through the collab server, presence, blocks,
// and the side panels (comments, history, share) as their APIs land.
import { blockKind, type BlockType } from '@tessera/canvas-model';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { MeDocument } from '../auth/operations';
import { setCurrentProject } from '../home/current-project';
import { CanvasHeaderDocument, RenameCanvasDocument } from './operations';
import { CanvasSidePanel, type PanelName } from './side-panel';
import { Skeleton } from '../../ui/skeleton';
import { ActionMenu } from '../../ui/action-menu';
import type { CanvasConnection } from './collab';
import { accessEnded, CanvasView, STATUS_TEXT, useCanvasSource, useConnection } from './canvas-view';
import { earlyCanvasHeader } from './loading/open-early';
import { useSecondaryRequestsReady } from '../../urql/secondary-requests';
import type { CanvasHeaderQuery } from '../../gql/graphql';
import { usePrefetchCanvas } from './loading/prefetch';
import { useFirstMountReady } from './loading/first-mount';
import { PresenceAvatars } from './presence-avatars';
import { CanvasAskButton } from '../ai/canvas-ask';
import { FirstRunTour } from './first-run-tour';
import { NOT_SAVING_TEXT } from './save-state';
import { useCanvasName } from './use-canvas-doc';
import { PublishStatusChip } from '../publish/publish-status';
import { CommentStatsProvider } from '../comments/comment-stats';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Link, useLocation } from '../../router/router';

export { connectCanvasEarly } from './collab';
/** A canvas with charts, opened from its address (loading/open-early.ts). */
export { preloadChartCode } from './blocks/chart-block-code';

/** One empty list until the header arrives (a new one each render would re-render the blocks). */
const NO_SOURCES: readonly { id: string; name: string }[] = [];

const PublishDialog = lazy(() => import('../publish/publish-dialog'));
const SchedulesDialog = lazy(() => import('../schedules/schedules-dialog'));

/** The add-block toolbar, in this order; labels are the kinds' titles (canvas-model R11). */
const ADDABLE: [BlockType, string][] = (['SQL', 'CHART', 'TABLE', 'METRIC', 'TEXT', 'FILTER'] as const).map(
  (type) => [type, blockKind(type).title],
);

/**
 * The canvas header. Opened from its address, the one the entry got (loading/open-early.ts) until
 * the first load is over, then the page's own (no second request competing with the runs).
 */
function useCanvasHeader(canvasId: string) {
  const [early] = useState(() => earlyCanvasHeader(canvasId));
  const [earlyData, setEarlyData] = useState<CanvasHeaderQuery | null>(null);
  useEffect(() => {
    let live = true;
    void early?.then((data) => live && setEarlyData(data));
    return () => {
      live = false;
    };
  }, [early]);
  const ready = useSecondaryRequestsReady();
  const [result] = useQuery({
    query: CanvasHeaderDocument,
    variables: { id: canvasId },
    pause: early !== null && !ready,
  });
  return { ...result, data: result.data ?? earlyData ?? undefined };
}

export default function CanvasPage({ canvasId }: { canvasId: string }) {
  const connection = useConnection(canvasId, { kind: 'session' });
  const { data, error, fetching } = useCanvasHeader(canvasId);
  const code = errorInfo(error)?.code;
  // No such canvas (or not one of yours): say so instead of loading forever.
  if (!fetching && (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || (data && !data.canvas)))
    return <CanvasNotFound />;
  if (!connection) return <CanvasSkeleton />;
  return <CanvasEditor canvasId={canvasId} connection={connection} />;
}

export function CanvasNotFound() {
  return (
    <div className="page" data-testid="canvas-not-found">
      <EmptyState
        title="Canvas not found"
        action={
          <Link className="btn btn-primary" href="/">
            Go to your canvases
          </Link>
        }
      >
        There is no canvas at this address, or it was deleted, or it belongs to a project you are not a member
        of. Ask its owner for a link if you expected to see it here.
      </EmptyState>
    </div>
  );
}

export function CanvasSkeleton() {
  return (
    <div className="page" role="status" aria-label="Loading canvas">
      <Skeleton height={36} width={320} />
      <Skeleton height={300} />
    </div>
  );
}

function CanvasEditor({ canvasId, connection }: { canvasId: string; connection: CanvasConnection }) {
  // The app shell asked for the signed-in person already.
  const [{ data: me }] = useQuery({ query: MeDocument, requestPolicy: 'cache-first' });
  const { data: header } = useCanvasHeader(canvasId);
  const [, rename] = useMutation(RenameCanvasDocument);
  const canvas = header?.canvas;
  const projectId = canvas?.project.id;
  useEffect(() => {
    if (projectId) setCurrentProject(projectId);
  }, [projectId]);
  const docName = useCanvasName(connection.doc);
  const [draftName, setDraftName] = useState<string | null>(null);
  const name = draftName ?? docName ?? canvas?.name ?? '';
  // `?comments=<blockId>` (or `?comments=canvas`) opens that thread: the inbox's links.
  const linkedThread = useLocation().search.get('comments');
  const [panel, setPanel] = useState<{ name: PanelName; blockId?: string } | null>(() =>
    linkedThread ? { name: 'comments', blockId: linkedThread === 'canvas' ? undefined : linkedThread } : null,
  );
  useEffect(() => {
    if (linkedThread)
      setPanel({ name: 'comments', blockId: linkedThread === 'canvas' ? undefined : linkedThread });
  }, [linkedThread]);
  const [publishing, setPublishing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [publishedCount, setPublishedCount] = useState(0);
  const source = useCanvasSource(connection, canvas?.blocks);
  usePrefetchCanvas(canvasId, canvas?.blocks, canvas?.project.dataSources);
  const firstMountReady = useFirstMountReady(canvasId);
  const status = connection.status();
  const fatal = accessEnded(status) && !source?.live && !canvas;
  const saveState = connection.saveState();
  // Storing keeps failing on the server: it refuses edits until it recovers [S12].
  const readOnly = canvas?.canEdit === false || !source?.live || saveState.notSaving;
  const saveName = () => {
    if (draftName !== null && draftName.trim() && draftName !== (docName ?? canvas?.name))
      void rename({ id: canvasId, name: draftName.trim() });
    setDraftName(null);
  };

  if (fatal && status === 'not-found') return <CanvasNotFound />;
  if (fatal) {
    return (
      <div className="page">
        <div className="alert" role="alert">
          {STATUS_TEXT[status]}
        </div>
      </div>
    );
  }
  if (!source || !firstMountReady) return <CanvasSkeleton />;
  return (
    <CommentStatsProvider canvasId={canvasId}>
      <div className="canvas-page">
        {saveState.notSaving ? (
          <div className="alert" role="alert" data-testid="not-saving-banner">
            {NOT_SAVING_TEXT}
          </div>
        ) : null}
        {saveState.refused ? (
          <div className="alert" role="alert" data-testid="refused-change-banner">
            {saveState.refused}{' '}
            <button className="btn btn-sm" onClick={() => connection.dismissRefusal()}>
              Dismiss
            </button>
          </div>
        ) : null}
        <CanvasView
          canvasId={canvasId}
          source={source}
          readOnly={readOnly}
          dataSources={canvas?.project.dataSources ?? NO_SOURCES}
          userName={me?.me?.name}
          openComments={(blockId) => setPanel({ name: 'comments', blockId })}
          openHistory={(blockId) => setPanel({ name: 'history', ...(blockId ? { blockId } : {}) })}
          projectId={projectId}
        >
          {({ add, blocks }) => (
            <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
              <input
                className="canvas-name"
                aria-label="Canvas name"
                value={name}
                placeholder="Untitled canvas"
                readOnly={readOnly}
                onChange={(e) => setDraftName(e.target.value)}
                onBlur={saveName}
                onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
              />
              <span
                className={`badge ${status === 'connected' ? 'badge-success' : 'badge-warning'}`}
                role="status"
                data-testid="collab-status"
              >
                {STATUS_TEXT[status]}
              </span>
              {!source.live ? (
                <span
                  className="badge badge-warning"
                  title="The live collaboration server is not reachable: showing the saved canvas, read-only"
                >
                  Saved copy · live editing unavailable
                </span>
              ) : readOnly ? (
                <span className="badge">View only</span>
              ) : null}
              <span className="spacer" />
              {!readOnly ? (
                <ActionMenu
                  label="Add block"
                  icon="+ Add ▾"
                  className="btn btn-sm"
                  items={ADDABLE.map(([type, label]) => ({ label, onSelect: () => add(type) }))}
                />
              ) : null}
              {!readOnly ? (
                <CanvasAskButton
                  canvasId={canvasId}
                  dataSources={canvas?.project.dataSources ?? NO_SOURCES}
                />
              ) : null}
              <PresenceAvatars awareness={source.awareness} />
              {canvas?.canEdit ? (
                <PublishStatusChip
                  canvasId={canvasId}
                  refreshKey={publishedCount}
                  onOpen={() => setPublishing(true)}
                />
              ) : null}
              <button
                className="btn btn-sm"
                aria-pressed={panel?.name === 'comments'}
                onClick={() => setPanel(panel?.name === 'comments' ? null : { name: 'comments' })}
              >
                Comments
              </button>
              <button
                className="btn btn-sm"
                aria-pressed={panel?.name === 'history'}
                onClick={() => setPanel(panel?.name === 'history' ? null : { name: 'history' })}
              >
                History
              </button>
              <button
                className="btn btn-sm"
                aria-pressed={panel?.name === 'activity'}
                onClick={() => setPanel(panel?.name === 'activity' ? null : { name: 'activity' })}
              >
                Activity
              </button>
              {canvas?.canEdit ? (
                <button className="btn btn-sm" onClick={() => setPublishing(true)}>
                  Publish
                </button>
              ) : null}
              {canvas?.canEdit ? (
                <button className="btn btn-sm" onClick={() => setScheduling(true)}>
                  Schedules
                </button>
              ) : null}
              <button className="btn btn-sm btn-primary" onClick={() => setPanel({ name: 'share' })}>
                Share
              </button>
              {/* The tour is for a canvas with something to show (a template), not a blank one. */}
              <FirstRunTour userId={me?.me?.id} ready={blocks.length >= 3 && !readOnly} />
              {publishing ? (
                <Suspense fallback={null}>
                  <PublishDialog
                    canvasId={canvasId}
                    blocks={blocks}
                    onClose={() => setPublishing(false)}
                    onPublished={() => setPublishedCount((n) => n + 1)}
                  />
                </Suspense>
              ) : null}
              {scheduling ? (
                <Suspense fallback={null}>
                  <SchedulesDialog canvasId={canvasId} blocks={blocks} onClose={() => setScheduling(false)} />
                </Suspense>
              ) : null}
            </div>
          )}
        </CanvasView>
        {panel ? (
          <CanvasSidePanel
            canvasId={canvasId}
            panel={panel.name}
            blockId={panel.blockId}
            organizationId={canvas?.project.organization.id ?? null}
            onClose={() => setPanel(null)}
            doc={source?.live ? source.doc : null}
            canEdit={!readOnly}
            openPanel={(name, blockId) => setPanel({ name, ...(blockId ? { blockId } : {}) })}
          />
        ) : null}
      </div>
    </CommentStatsProvider>
  );
}
