// The app shell's notifications inbox: comment notifications (mentions, replies to your threads,
// assignments; live through the notificationAdded subscription, read state on the server) and the
// alert deliveries of your organizations (read state in this browser). Each item links to its
// canvas, a comment's to its block's thread.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useSecondaryRequestsReady } from '../../urql/secondary-requests';
import type { NotificationKind } from '../../gql/graphql';
import { Link } from '../../router/router';
import { Menu } from '../../ui/menu';
import { errorInfo } from '../../ui/errors';
import { segments } from '../comments/mention-text';
import {
  AlertNotificationsDocument,
  CommentNotificationsDocument,
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationAddedDocument,
} from './operations';
import './notifications.css';

const SEEN_KEY = 'tessera.notifications.seenAt';

export interface InboxItem {
  id: string;
  title: string;
  detail: string;
  href: string;
  at: string;
  unread: boolean;
  /** Set for a comment notification (marked read on the server). */
  notificationId?: string;
}

const VERB: Record<NotificationKind, string> = {
  MENTION: 'mentioned you',
  REPLY: 'replied in your thread',
  ASSIGNMENT: 'assigned you a comment',
};

/** A comment body as one line of plain text, mentions as "@Name". */
export function plainText(body: string): string {
  const text = segments(body)
    .map((s) => (s.kind === 'text' ? s.text : `@${s.name}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

export function commentHref(canvasId: string, blockId: string | null | undefined): string {
  return blockId
    ? `/canvas/${canvasId}?comments=${encodeURIComponent(blockId)}#block-${blockId}`
    : `/canvas/${canvasId}?comments=canvas`;
}

export function NotificationsInbox() {
  const ready = useSecondaryRequestsReady();
  const [alerts, refetchAlerts] = useQuery({
    query: AlertNotificationsDocument,
    requestPolicy: 'cache-and-network',
    pause: !ready,
  });
  const [comments, refetchComments] = useQuery({
    query: CommentNotificationsDocument,
    requestPolicy: 'cache-and-network',
    pause: !ready,
  });
  const [, markRead] = useMutation(MarkNotificationReadDocument);
  const [, markAllRead] = useMutation(MarkAllNotificationsReadDocument);
  useSubscription({ query: NotificationAddedDocument }, (_previous, event) => {
    refetchComments({ requestPolicy: 'network-only' });
    return event;
  });
  useEffect(() => {
    const timer = setInterval(() => {
      refetchAlerts({ requestPolicy: 'network-only' });
      refetchComments({ requestPolicy: 'network-only' });
    }, 60_000);
    return () => clearInterval(timer);
  }, [refetchAlerts, refetchComments]);
  const [seenAt, setSeenAt] = useState(() => localStorage.getItem(SEEN_KEY) ?? '');

  const commentItems: InboxItem[] = (comments.data?.notifications.edges ?? []).map(({ node: n }) => ({
    id: `n-${n.id}`,
    notificationId: n.id,
    title: `${n.actor.name} ${VERB[n.kind]}`,
    detail: `${n.canvas.name ? `${n.canvas.name}: ` : ''}${n.comment.deleted ? '(deleted)' : plainText(n.comment.body)}`,
    href: commentHref(n.canvas.id, n.comment.blockId),
    at: n.createdAt,
    unread: !n.read,
  }));
  const alertItems: InboxItem[] = (alerts.data?.alertNotifications ?? []).map((d) => ({
    id: `a-${d.id}`,
    title: d.canvasName || 'A canvas',
    detail: d.summary ?? `Alert${d.value !== null && d.value !== undefined ? `: ${d.value}` : ''}`,
    href: `/canvas/${d.canvasId}`,
    at: d.createdAt,
    unread: d.createdAt > seenAt,
  }));
  const items = [...commentItems, ...alertItems].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const unread = items.filter((i) => i.unread).length;
  const info = errorInfo(comments.error) ?? errorInfo(alerts.error);
  const loading = (!comments.data && comments.fetching) || (!alerts.data && alerts.fetching);
  const markAll = () => {
    const now = new Date().toISOString();
    localStorage.setItem(SEEN_KEY, now);
    setSeenAt(now);
    if (commentItems.some((i) => i.unread))
      void markAllRead({}).then(() => refetchComments({ requestPolicy: 'network-only' }));
  };
  const open = (item: InboxItem) => {
    if (item.notificationId && item.unread)
      void markRead({ id: item.notificationId }).then(() =>
        refetchComments({ requestPolicy: 'network-only' }),
      );
  };
  return (
    <Menu
      label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
      button={
        <span className="inbox-button">
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
            <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
          </svg>
          {unread ? <span className="inbox-count">{unread > 9 ? '9+' : unread}</span> : null}
        </span>
      }
    >
      {(close) => (
        <div className="inbox" role="group" aria-label="Notifications">
          <div className="row inbox-head">
            <strong>Notifications</strong>
            <span className="spacer" />
            {unread ? (
              <button className="btn btn-ghost btn-sm" onClick={markAll}>
                Mark all read
              </button>
            ) : null}
          </div>
          {info ? (
            <div className="alert" role="alert">
              {info.message}
            </div>
          ) : null}
          {loading && items.length === 0 ? <div className="muted inbox-empty">Loading…</div> : null}
          {!loading && items.length === 0 && !info ? (
            <div className="muted inbox-empty">
              No notifications. Mentions, replies to your comments, assignments and alerts show up here.
            </div>
          ) : null}
          {items.map((item) => (
            <Link
              key={item.id}
              href={item.href}
              className={`menu-item inbox-item${item.unread ? ' unread' : ''}`}
              role="menuitem"
              onClick={() => {
                open(item);
                close();
              }}
            >
              <span className="inbox-title">{item.title}</span>
              <span className="muted inbox-detail">{item.detail}</span>
              <span className="faint">{new Date(item.at).toLocaleString()}</span>
              {item.unread ? <span className="sr-only">(unread)</span> : null}
            </Link>
          ))}
        </div>
      )}
    </Menu>
  );
}
