// The app shell's notifications inbox. Today it lists alert deliveries of the user's organizations;
// the comments feature can add its mentions as another source of items.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../../router/router';
import { Menu } from '../../ui/menu';
import { errorInfo } from '../../ui/errors';
import { AlertNotificationsDocument } from './operations';
import './notifications.css';

const SEEN_KEY = 'tessera.notifications.seenAt';

export interface InboxItem {
  id: string;
  title: string;
  detail: string;
  href: string;
  at: string;
}

export function NotificationsInbox() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AlertNotificationsDocument,
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 60_000);
    return () => clearInterval(timer);
  }, [refetch]);
  const [seenAt, setSeenAt] = useState(() => localStorage.getItem(SEEN_KEY) ?? '');
  const items: InboxItem[] = (data?.alertNotifications ?? []).map((d) => ({
    id: d.id,
    title: d.canvasName || 'A canvas',
    detail: d.summary ?? `Alert${d.value !== null && d.value !== undefined ? `: ${d.value}` : ''}`,
    href: `/canvas/${d.canvasId}`,
    at: d.createdAt,
  }));
  const unread = items.filter((i) => i.at > seenAt).length;
  const info = errorInfo(error);
  const markSeen = () => {
    const now = new Date().toISOString();
    localStorage.setItem(SEEN_KEY, now);
    setSeenAt(now);
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
              <button className="btn btn-ghost btn-sm" onClick={markSeen}>
                Mark all read
              </button>
            ) : null}
          </div>
          {info ? <div className="alert">{info.message}</div> : null}
          {!data && fetching ? <div className="muted inbox-empty">Loading…</div> : null}
          {data && items.length === 0 ? (
            <div className="muted inbox-empty">
              No notifications. Alerts you set on canvases show up here.
            </div>
          ) : null}
          {items.map((item) => (
            <Link
              key={item.id}
              href={item.href}
              className={`menu-item inbox-item${item.at > seenAt ? ' unread' : ''}`}
              role="menuitem"
              onClick={close}
            >
              <span className="inbox-title">{item.title}</span>
              <span className="muted">{item.detail}</span>
              <span className="faint">{new Date(item.at).toLocaleString()}</span>
            </Link>
          ))}
        </div>
      )}
    </Menu>
  );
}
