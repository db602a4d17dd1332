// The canvas's activity feed (Canvas.activity): who added, edited, deleted or restored which block,
// saved or restored versions, published. Refreshed while open; older entries page in.
import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Avatar } from '../../ui/avatar';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import type { CanvasActivityQuery } from '../../gql/graphql';
import { activityText, ago } from './activity-text';
import { CanvasActivityDocument } from './operations';
import './activity.css';

type Item = NonNullable<CanvasActivityQuery['canvas']>['activity']['items'][number];

const REFRESH_MS = 5000;
const PAGE = 30;

export default function ActivityPanel({
  canvasId,
  onOpenBlock,
}: {
  canvasId: string;
  onOpenBlock?: (blockId: string) => void;
}) {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasActivityDocument,
    variables: { canvasId, first: PAGE },
    requestPolicy: 'cache-and-network',
  });
  const [older, setOlder] = useState<{ items: Item[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  useEffect(() => {
    const id = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(id);
  }, [refetch]);

  const page = data?.canvas?.activity;
  const items = [...(page?.items ?? []), ...(older?.items ?? [])];
  const cursor = older ? older.cursor : (page?.endCursor ?? null);

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    const result = await client
      .query(
        CanvasActivityDocument,
        { canvasId, first: PAGE, after: cursor },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setLoadingMore(false);
    if (result.error) return setMoreError(errorInfo(result.error)?.message ?? 'Could not load more');
    const next = result.data?.canvas?.activity;
    if (next) setOlder({ items: [...(older?.items ?? []), ...next.items], cursor: next.endCursor ?? null });
  };

  if (error && !data)
    return (
      <div className="alert" role="alert">
        {errorInfo(error)?.message ?? 'Could not load the activity'}{' '}
        <button className="btn btn-sm" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Retry
        </button>
      </div>
    );
  if (fetching && !data) return <Skeleton height={160} />;
  if (items.length === 0)
    return (
      <EmptyState title="No activity yet">
        Edits, versions and publications of this canvas will show here as they happen.
      </EmptyState>
    );
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ol className="activity-feed" aria-label="Activity" data-testid="activity-feed">
        {items.map((item) => {
          const { who, what } = activityText(item);
          const at = new Date(item.at);
          return (
            <li key={item.id} className="activity-item">
              <Avatar name={who} />
              <div>
                <div>
                  <strong>{who}</strong>{' '}
                  {item.blockId && onOpenBlock && item.kind !== 'BLOCK_REMOVED' ? (
                    <button className="link-button" onClick={() => onOpenBlock(item.blockId!)}>
                      {what}
                    </button>
                  ) : (
                    what
                  )}
                </div>
                <time className="faint" dateTime={item.at} title={at.toLocaleString()}>
                  {ago(at)}
                </time>
              </div>
            </li>
          );
        })}
      </ol>
      {moreError ? (
        <div className="alert" role="alert">
          {moreError}
        </div>
      ) : null}
      {cursor ? (
        <button className="btn btn-sm" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Older activity'}
        </button>
      ) : null}
    </div>
  );
}
