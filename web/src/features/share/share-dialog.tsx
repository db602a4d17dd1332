// Share: invite a member with a role; share links (expiry, locked filters) and the embed snippet.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { Role } from '../../gql/graphql';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { InviteMemberDocument } from './operations';
import { ShareLinks } from './share-links';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

export default function ShareDialog({ canvasId, organizationId, onClose }: { canvasId: string; organizationId: string | null; onClose: () => void }) {
  const [invite, inviteMember] = useMutation(InviteMemberDocument);
  const [invited, setInvited] = useState<string | null>(null);
  const error = errorInfo(invite.error);
  const onInvite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organizationId) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const res = await inviteMember({ input: { organizationId, email: String(data.get('email')), role: data.get('role') as Role } });
    if (res.data) {
      setInvited(`${res.data.inviteMember.email} invited as ${res.data.inviteMember.role.toLowerCase()}${res.data.inviteMember.status === 'PENDING' ? ' (pending until they sign up)' : ''}.`);
      form.reset();
    }
  };
  return (
    <Dialog title="Share canvas" onClose={onClose} wide>
      <section style={{ display: 'grid', gap: 10 }} aria-labelledby="invite-title">
        <h3 id="invite-title">Invite a member</h3>
        <form className="row" onSubmit={onInvite} style={{ alignItems: 'end' }}>
          <label style={{ flex: 1 }}>
            Email
            <input name="email" type="email" required aria-invalid={error?.field?.endsWith('email') || undefined} />
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
        {error ? <div className="alert" role="alert">{error.message}</div> : null}
        {invited ? <div className="alert alert-info" role="status">{invited}</div> : null}
      </section>
      <section style={{ display: 'grid', gap: 8 }} aria-labelledby="links-title">
        <h3 id="links-title">Share links & embed</h3>
        <p className="muted" style={{ margin: 0 }}>Anyone with a link sees the canvas read-only, without signing in.</p>
        <ShareLinks canvasId={canvasId} />
      </section>
    </Dialog>
  );
}
