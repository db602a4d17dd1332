import { lazy, Suspense } from 'react';
import { Skeleton } from '../../ui/skeleton';
import { ErrorBoundary } from '../../ui/error-boundary';

const CommentsPanel = lazy(() => import('../comments/comments-panel'));
const HistoryPanel = lazy(() => import('../history/history-panel'));
const ShareDialog = lazy(() => import('../share/share-dialog'));

export type PanelName = 'comments' | 'history' | 'share';

export function CanvasSidePanel({
  canvasId,
  panel,
  blockId,
  organizationId,
  onClose,
}: {
  canvasId: string;
  panel: PanelName;
  blockId?: string;
  organizationId: string | null;
  onClose: () => void;
}) {
  if (panel === 'share') {
    return (
      <Suspense fallback={null}>
        <ShareDialog canvasId={canvasId} organizationId={organizationId} onClose={onClose} />
      </Suspense>
    );
  }
  return (
    <aside className="side-panel" aria-label={panel === 'comments' ? 'Comments' : 'History'}>
      <div className="row">
        <h2>{panel === 'comments' ? 'Comments' : 'History'}</h2>
        <span className="spacer" />
        <button className="btn btn-ghost icon-btn" aria-label="Close panel" onClick={onClose}>
          ✕
        </button>
      </div>
      <ErrorBoundary label="The panel">
        <Suspense fallback={<Skeleton height={200} />}>
          {panel === 'comments' ? (
            <CommentsPanel canvasId={canvasId} blockId={blockId ?? null} />
          ) : (
            <HistoryPanel canvasId={canvasId} />
          )}
        </Suspense>
      </ErrorBoundary>
    </aside>
  );
}
