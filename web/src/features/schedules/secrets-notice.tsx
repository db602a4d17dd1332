import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CopyField } from '../share/copy-field';

/** The destinations createSchedule and createAlert answer with: a webhook's secret, this once. */
export const CreatedDestinationFragment = graphql(`
  fragment CreatedDestination on Destination {
    id
    kind
    target
    secret
  }
`);

/** Webhook signing secrets, shown once right after creation (Standard Webhooks `whsec_…`). */
export function SecretsNotice({
  destinations,
  onDone,
}: {
  destinations: readonly FragmentType<typeof CreatedDestinationFragment>[];
  onDone: () => void;
}) {
  const withSecrets = getFragmentData(CreatedDestinationFragment, destinations).filter((d) => d.secret);
  if (withSecrets.length === 0) return null;
  return (
    <div className="alert alert-info form" role="status">
      <strong>Copy the webhook signing secret now: it is not shown again.</strong>
      {withSecrets.map((d) => (
        <CopyField key={d.id} label={`Signing secret for ${d.target}`} value={d.secret!} />
      ))}
      <span className="muted">
        Verify each request&apos;s <code>webhook-signature</code> header (Standard Webhooks).
      </span>
      <div>
        <button className="btn btn-sm" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
