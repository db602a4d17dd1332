import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { Role } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { InviteOrganizationMemberDocument, RevokeInvitationDocument } from './operations';
import { emailProblem, grantableRoles, roleLabel } from './roles';

interface Props {
  organizationId: string;
  pending: readonly { email: string; role: Role }[];
  /** The caller's role when they may invite (ADMIN+), else null. */
  myRole: Role | null;
  onChanged: () => void;
}

/**
 * Invite by email with a role, and the pending invitations. An invite link is shown once, right
 * after inviting (only its hash is stored); "New link" renews it, which stops the old one.
 */
export function InvitationsSection({ organizationId, pending, myRole, onChanged }: Props) {
  const [inviteResult, invite] = useMutation(InviteOrganizationMemberDocument);
  const [revokeResult, revoke] = useMutation(RevokeInvitationDocument);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const roles = grantableRoles(myRole);
  const serverError = errorInfo(inviteResult.error);

  const send = async (email: string, role: Role) => {
    setCopied(false);
    const res = await invite({ input: { organizationId, email, role } });
    const made = res.data?.inviteMember;
    if (!made) return false;
    setLink(made.inviteUrl ? { email: made.email, url: made.inviteUrl } : null);
    onChanged();
    return true;
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const problem = emailProblem(email);
    setEmailError(problem);
    if (problem) return;
    if (await send(email, String(data.get('role')) as Role)) form.reset();
  };
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section className="card members-section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      {myRole ? (
        <form
          className="members-invite"
          onSubmit={(e) => void onSubmit(e)}
          aria-label="Invite someone"
          noValidate
        >
          <label>
            Email
            <input
              name="email"
              type="email"
              autoComplete="off"
              placeholder="name@company.com"
              aria-invalid={emailError || serverError?.field === 'email' ? true : undefined}
              aria-describedby="invite-email-error"
            />
          </label>
          <label>
            Role
            <select name="role" defaultValue="VIEWER">
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </select>
          </label>
          <button className="btn btn-primary" type="submit" disabled={inviteResult.fetching}>
            {inviteResult.fetching ? 'Inviting…' : 'Invite'}
          </button>
          <span
            id="invite-email-error"
            className="field-error"
            role={emailError || serverError ? 'alert' : undefined}
          >
            {emailError ?? serverError?.message ?? ''}
          </span>
        </form>
      ) : null}
      {link ? (
        <div className="alert alert-info members-link" role="status">
          <span>
            Invitation sent to <strong>{link.email}</strong>. Anyone with this link can join; it is shown only
            now and works once, for 14 days.
          </span>
          <div className="row">
            <input
              readOnly
              value={link.url}
              aria-label="Invite link"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button className="btn btn-sm" type="button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
        </div>
      ) : null}
      {pending.length === 0 ? (
        <p className="muted">No pending invitations.</p>
      ) : (
        <ul className="members-pending">
          {pending.map((p) => (
            <li key={p.email} className="row">
              <span>{p.email}</span>
              <span className="badge badge-warning">{roleLabel(p.role)} · pending</span>
              <span className="spacer" />
              {myRole ? (
                <>
                  <button
                    className="btn btn-ghost btn-sm"
                    type="button"
                    onClick={() => void send(p.email, p.role)}
                    aria-label={`New invite link for ${p.email}`}
                  >
                    New link
                  </button>
                  <button
                    className="btn btn-ghost btn-sm"
                    type="button"
                    disabled={revokeResult.fetching}
                    aria-label={`Revoke the invitation of ${p.email}`}
                    onClick={() =>
                      void revoke({ organizationId, email: p.email }).then((r) => !r.error && onChanged())
                    }
                  >
                    Revoke
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {revokeResult.error ? (
        <div className="field-error" role="alert">
          {errorInfo(revokeResult.error)?.message}
        </div>
      ) : null}
    </section>
  );
}
