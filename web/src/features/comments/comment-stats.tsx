// Per block of the open canvas: comments in open threads and those the signed-in person has not read
// (Query.commentStats), kept live by the commentAdded / commentUpdated subscriptions. The canvas page
// provides it; each block header shows a badge from it and the comments panel marks blocks read.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useSecondaryRequestsReady } from '../../urql/secondary-requests';
import {
  CommentAddedDocument,
  CommentStatsDocument,
  CommentUpdatedDocument,
  MarkCommentsReadDocument,
} from './operations';
import './comments.css';

export interface BlockStats {
  open: number;
  unread: number;
}

/** Stats of comments on the canvas itself (not on a block). */
export const CANVAS_KEY = '';

interface CommentStatsValue {
  byBlock: Record<string, BlockStats>;
  refresh(): void;
  /** The person has read the comments of this block (null: the canvas's own). */
  markRead(blockId: string | null): void;
}

const CommentStatsContext = createContext<CommentStatsValue | null>(null);

export function useCommentStats(): CommentStatsValue | null {
  return useContext(CommentStatsContext);
}

/** Refetches `refresh` whenever a comment of the canvas is added, edited, resolved or reopened. */
export function useCommentEvents(canvasId: string, refresh: () => void): void {
  useSubscription({ query: CommentAddedDocument, variables: { canvasId } }, (_previous, event) => {
    refresh();
    return event;
  });
  useSubscription({ query: CommentUpdatedDocument, variables: { canvasId } }, (_previous, event) => {
    refresh();
    return event;
  });
}

export function CommentStatsProvider({ canvasId, children }: { canvasId: string; children: ReactNode }) {
  const ready = useSecondaryRequestsReady();
  const [{ data }, refetch] = useQuery({
    query: CommentStatsDocument,
    variables: { canvasId },
    pause: !ready,
  });
  const [, markReadMutation] = useMutation(MarkCommentsReadDocument);
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useCommentEvents(canvasId, refresh);
  const markRead = useCallback(
    (blockId: string | null) => void markReadMutation({ canvasId, blockId }).then(refresh),
    [canvasId, markReadMutation, refresh],
  );
  const value = useMemo<CommentStatsValue>(() => {
    const byBlock: Record<string, BlockStats> = {};
    for (const s of data?.commentStats ?? [])
      byBlock[s.blockId ?? CANVAS_KEY] = { open: s.openCount, unread: s.unreadCount };
    return { byBlock, refresh, markRead };
  }, [data, refresh, markRead]);
  return <CommentStatsContext.Provider value={value}>{children}</CommentStatsContext.Provider>;
}

/** The pin on a block's header: its open comments, and how many are new to you. */
export function BlockCommentBadge({ blockId, onOpen }: { blockId: string; onOpen?: () => void }) {
  const stats = useCommentStats()?.byBlock[blockId];
  if (!stats || (stats.open === 0 && stats.unread === 0)) return null;
  const label =
    `${stats.open} open comment${stats.open === 1 ? '' : 's'}` +
    (stats.unread ? `, ${stats.unread} unread` : '');
  return (
    <button
      type="button"
      className={`block-comments${stats.unread ? ' has-unread' : ''}`}
      aria-label={label}
      title={`${label}: open the thread`}
      data-testid="block-comment-badge"
      onClick={onOpen}
    >
      <svg width="11" height="11" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" />
      </svg>
      {stats.open}
      {stats.unread ? <span className="block-comments-unread">{stats.unread} new</span> : null}
    </button>
  );
}
