import type { DeliveryStatus } from '../../gql/graphql';

const CLASS: Record<DeliveryStatus, string> = {
  PENDING: 'badge badge-warning',
  SENT: 'badge badge-success',
  FAILED: 'badge badge-danger',
};
const LABEL: Record<DeliveryStatus, string> = { PENDING: 'Pending', SENT: 'Sent', FAILED: 'Failed' };

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <span className={CLASS[status]}>{LABEL[status]}</span>;
}
