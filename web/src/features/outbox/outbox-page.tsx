// `/settings/outbox?org=<id>`: emails of schedules, alerts and comment mentions that the platform wrote to its outbox
// instead of sending them (it runs without SMTP_URL). EDITOR and above.
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { formatWhen } from '../schedules/schedule-list';
import { MailOutboxDocument } from './operations';
import './outbox.css';
import { useCurrentOrganization } from '../home/current-organization';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

export default function OutboxPage() {
  const organizationId = useCurrentOrganization();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MailOutboxDocument,
    variables: { organizationId },
    pause: !organizationId,
    requestPolicy: 'cache-and-network',
  });
  const info = errorInfo(error);
  const messages = data?.mailOutbox ?? [];
  return (
    <div className="page outbox-page">
      <div className="row">
        <h1>Settings · Outbox</h1>
        <span className="spacer" />
        <button className="btn btn-sm" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Refresh
        </button>
      </div>
      <p className="muted">
        Without an SMTP server (<code>SMTP_URL</code>), emails of schedules, alerts and comment mentions are
        kept here instead of being sent.
      </p>
      {!organizationId ? (
        <EmptyState title="Pick an organization">Open the outbox from the account menu.</EmptyState>
      ) : null}
      {info ? (
        <div className="alert" role="alert">
          {info.code === 'FORBIDDEN' ? 'The outbox is for editors and above.' : info.message}
        </div>
      ) : null}
      {organizationId && !data && fetching ? (
        <div role="status" aria-label="Loading the outbox" className="form">
          <Skeleton height={40} />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </div>
      ) : null}
      {data && messages.length === 0 ? (
        <EmptyState title="The outbox is empty">
          Emails of scheduled deliveries and alerts will show up here.
        </EmptyState>
      ) : null}
      {messages.length ? (
        <ul className="outbox-list" aria-label="Outbox">
          {messages.map((m) => (
            <li key={m.id} className="card outbox-item" data-testid="outbox-message">
              <details>
                <summary>
                  <span className="outbox-subject">{m.subject}</span>
                  <span className="muted">to {m.to}</span>
                  <span className="faint">{formatWhen(m.createdAt)}</span>
                  {m.attachments.map((a) => (
                    <span key={a.filename} className="badge" title={a.contentType}>
                      Attachment: {a.filename} · {size(a.size)}
                    </span>
                  ))}
                </summary>
                <pre className="outbox-text">{`From: ${m.from}\nTo: ${m.to}\n\n${m.text}`}</pre>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
