// Share: who has access to this canvas (members and people it was shared with:
// features/members' CanvasAccessList), inviting to the organization, and share links with the
// embed snippet, and who opened the links and signed embeds (views and blocks run per viewer).
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { Role } from '../../gql/graphql';
import { Dialog } from '../../ui/dialog';
import { ErrorBoundary } from '../../ui/error-boundary';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { EmbedUsage } from './embed-usage';
import { InviteMemberDocument } from './operations';
import { ShareLinks } from './share-links';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

const CanvasAccessList = lazy(() =>
  import('../members/canvas-access').then((m) => ({ default: m.CanvasAccessList })),
);

export default function ShareDialog({
  canvasId,
  organizationId,
  onClose,
}: {
  canvasId: string;
  organizationId: string | null;
  onClose: () => void;
}) {
  return (
    <Dialog title="Share canvas" onClose={onClose} wide>
      <section className="share-people" aria-labelledby="people-title">
        <h3 id="people-title">People with access</h3>
        <ErrorBoundary label="The access list">
          <Suspense fallback={<Skeleton height={80} />}>
            <CanvasAccessList canvasId={canvasId} />
          </Suspense>
        </ErrorBoundary>
        <details className="share-invite">
          <summary>Invite someone to the whole organization instead</summary>
          <InviteMember organizationId={organizationId} />
        </details>
      </section>
      <section style={{ display: 'grid', gap: 8 }} aria-labelledby="links-title">
        <h3 id="links-title">Share links & embed</h3>
        <p className="muted" style={{ margin: 0 }}>
          Anyone with a link sees the latest published version as a report, without signing in.
        </p>
        <ShareLinks canvasId={canvasId} />
      </section>
      <section style={{ display: 'grid', gap: 8 }} aria-labelledby="embed-usage-title">
        <h3 id="embed-usage-title">Embed usage</h3>
        <ErrorBoundary label="Embed usage">
          <EmbedUsage canvasId={canvasId} />
        </ErrorBoundary>
      </section>
    </Dialog>
  );
}

function InviteMember({ organizationId }: { organizationId: string | null }) {
  const [invite, inviteMember] = useMutation(InviteMemberDocument);
  const [invited, setInvited] = useState<string | null>(null);
  const error = errorInfo(invite.error);
  const onInvite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organizationId) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const res = await inviteMember({
      input: { organizationId, email: String(data.get('email')), role: data.get('role') as Role },
    });
    if (res.data) {
      setInvited(
        `${res.data.inviteMember.email} invited as ${res.data.inviteMember.role.toLowerCase()}${res.data.inviteMember.status === 'PENDING' ? ' (pending until they sign up)' : ''}.`,
      );
      form.reset();
    }
  };
  return (
    <>
      <form className="row" onSubmit={onInvite} style={{ alignItems: 'end' }}>
        <label style={{ flex: 1 }}>
          Invite to the organization by email
          <input
            name="email"
            type="email"
            required
            aria-invalid={error?.field?.endsWith('email') || undefined}
          />
        </label>
        <label>
          Role
          <select name="role" defaultValue="EDITOR">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r.charAt(0) + r.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button className="btn btn-primary" disabled={invite.fetching || !organizationId}>
          Invite
        </button>
      </form>
      {error ? (
        <div className="alert" role="alert">
          {error.message}
        </div>
      ) : null}
      {invited ? (
        <div className="alert alert-info" role="status">
          {invited}
        </div>
      ) : null}
    </>
  );
}
