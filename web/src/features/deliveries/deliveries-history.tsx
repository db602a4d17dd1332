import { useEffect } from 'react';
import { useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { CanvasDeliveriesDocument, DeliveryFieldsFragment } from '../schedules/operations';
import { formatWhen } from '../schedules/schedule-list';
import { DeliveryStatusBadge } from './delivery-status';

/** The deliveries of a canvas's schedules and alerts: status, attempts and errors, per destination. */
export function DeliveriesHistory({ canvasId, refreshKey }: { canvasId: string; refreshKey: number }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasDeliveriesDocument,
    variables: { canvasId },
    requestPolicy: 'cache-and-network',
  });
  const deliveries = getFragmentData(DeliveryFieldsFragment, data?.canvasDeliveries ?? []);
  const pending = deliveries.some((d) => d.status === 'PENDING');
  useEffect(() => {
    refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 2000);
    return () => clearInterval(timer);
  }, [pending, refetch]);

  const info = errorInfo(error);
  if (info)
    return (
      <div className="alert" role="alert">
        Could not load the deliveries: {info.message}
      </div>
    );
  if (!data && fetching)
    return (
      <div role="status" aria-label="Loading deliveries" className="form">
        <Skeleton height={18} />
        <Skeleton height={18} />
      </div>
    );
  if (deliveries.length === 0)
    return <EmptyState title="No deliveries yet">Run a schedule now, or wait for its next run.</EmptyState>;
  return (
    <table className="table deliveries-table" aria-label="Deliveries">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Destinations</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} data-testid="delivery-row">
            <td>{formatWhen(d.createdAt)}</td>
            <td>
              {d.type === 'alert.triggered' ? 'Alert' : 'Schedule'}
              {d.trigger === 'MANUAL' ? <span className="faint"> · run now</span> : null}
              {d.summary && d.type === 'alert.triggered' ? <div className="muted">{d.summary}</div> : null}
            </td>
            <td>
              <DeliveryStatusBadge status={d.status} />
            </td>
            <td>{d.attempts}</td>
            <td>
              <ul className="delivery-targets">
                {d.targets.map((t) => (
                  <li key={t.destinationId}>
                    <DeliveryStatusBadge status={t.status} /> {t.kind.toLowerCase()} {t.target}
                    {t.attempts > 1 ? <span className="faint"> · {t.attempts} tries</span> : null}
                    {t.error ? <div className="error-text">{t.error}</div> : null}
                  </li>
                ))}
              </ul>
              {d.error && d.targets.length === 0 ? <div className="error-text">{d.error}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
