// The canvas header's publication chip: "Not published" / "Published 3 h ago" / "2 changes since
// publishing"; kept current (relative time re-rendered, status re-read every minute and after a
// publish). Clicking it opens the publish dialog.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useSecondaryRequestsReady } from '../../urql/secondary-requests';
import { getFragmentData } from '../../gql';
import { CanvasPublicationDocument, PublicationFieldsFragment } from './operations';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';

export function usePublicationStatus(canvasId: string, refreshKey: number) {
  const ready = useSecondaryRequestsReady();
  const [{ data }, refetch] = useQuery({
    query: CanvasPublicationDocument,
    variables: { id: canvasId },
    requestPolicy: 'cache-and-network',
    pause: !ready,
  });
  const now = useNow(60_000);
  useEffect(() => {
    if (ready) refetch({ requestPolicy: 'network-only' });
  }, [now, refreshKey, refetch, ready]);
  return getFragmentData(PublicationFieldsFragment, data?.canvas) ?? null;
}

export function PublishStatusChip({
  canvasId,
  refreshKey,
  onOpen,
}: {
  canvasId: string;
  refreshKey: number;
  onOpen: () => void;
}) {
  const info = usePublicationStatus(canvasId, refreshKey);
  const now = useNow();
  if (!info) return null;
  const { publication, publicationStatus: status } = info;
  if (!publication) {
    return (
      <button
        type="button"
        className="badge publish-status"
        onClick={onOpen}
        data-testid="publish-status"
        title="Share links show nothing until the canvas is published"
      >
        Not published
      </button>
    );
  }
  const changes = status?.changesSince ?? 0;
  const when = relativeTime(publication.publishedAt, now);
  return (
    <button
      type="button"
      className={`badge publish-status ${changes ? 'badge-warning' : 'badge-success'}`}
      onClick={onOpen}
      data-testid="publish-status"
      title={`Version ${publication.version}, published ${new Date(publication.publishedAt).toLocaleString()}`}
    >
      Published {when}
      {changes ? ` · ${changes} change${changes === 1 ? '' : 's'} since` : ''}
    </button>
  );
}
