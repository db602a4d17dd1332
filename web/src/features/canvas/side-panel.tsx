import { lazy, Suspense } from 'react';
import { Skeleton } from '../../ui/skeleton';
import { ErrorBoundary } from '../../ui/error-boundary';
import type * as Y from 'yjs';

const CommentsPanel = lazy(() => import('../comments/comments-panel'));
const HistoryPanel = lazy(() => import('../history/history-panel'));
const ActivityPanel = lazy(() => import('../activity/activity-panel'));
const ShareDialog = lazy(() => import('../share/share-dialog'));

export type PanelName = 'comments' | 'history' | 'share' | 'activity';

const TITLES: Record<Exclude<PanelName, 'share'>, string> = {
  comments: 'Comments',
  history: 'History',
  activity: 'Activity',
};

export function CanvasSidePanel({
  canvasId,
  panel,
  blockId,
  organizationId,
  onClose,
  doc,
  canEdit,
  openPanel,
}: {
  canvasId: string;
  panel: PanelName;
  blockId?: string;
  organizationId: string | null;
  onClose: () => void;
  /** The live document: History compares versions with it. */
  doc?: Y.Doc | null;
  canEdit?: boolean;
  /** Switches panels (the activity feed opens a block's history). */
  openPanel?: (panel: PanelName, blockId?: string) => void;
}) {
  if (panel === 'share') {
    return (
      <Suspense fallback={null}>
        <ShareDialog canvasId={canvasId} organizationId={organizationId} onClose={onClose} />
      </Suspense>
    );
  }
  return (
    <aside className="side-panel" aria-label={TITLES[panel]}>
      <div className="row">
        <h2>{TITLES[panel]}</h2>
        <span className="spacer" />
        <button className="btn btn-ghost icon-btn" aria-label="Close panel" onClick={onClose}>
          ✕
        </button>
      </div>
      <ErrorBoundary label="The panel">
        <Suspense fallback={<Skeleton height={200} />}>
          {panel === 'comments' ? (
            <CommentsPanel canvasId={canvasId} blockId={blockId ?? null} />
          ) : panel === 'activity' ? (
            <ActivityPanel
              canvasId={canvasId}
              {...(openPanel ? { onOpenBlock: (id: string) => openPanel('history', id) } : {})}
            />
          ) : (
            <HistoryPanel
              key={blockId ?? 'all'}
              canvasId={canvasId}
              doc={doc ?? null}
              blockId={blockId ?? null}
              canEdit={canEdit ?? false}
              {...(openPanel ? { onShowAll: () => openPanel('history') } : {})}
            />
          )}
        </Suspense>
      </ErrorBoundary>
    </aside>
  );
}
