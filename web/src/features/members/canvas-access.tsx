import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorInfo } from '../../ui/errors';
import {
  CanvasOrganizationDocument,
  CanvasPeopleDocument,
  ShareCanvasDocument,
  UnshareCanvasDocument,
} from './operations';
import { emailProblem, roleLabel } from './roles';
import './members.css';

type GrantRole = 'VIEWER' | 'EDITOR';

/**
 * Who has access to a canvas: the organization's members (every member reaches every project) and
 * the people it was shared with by email, who get this canvas only. Editors add and remove people;
 * someone without an account is emailed a sign-up link and gets the canvas once they sign up.
 */
export function CanvasAccessList({ canvasId }: { canvasId: string }) {
  const [canvasResult] = useQuery({ query: CanvasOrganizationDocument, variables: { id: canvasId } });
  const organizationId = canvasResult.data?.canvas?.project.organization.id ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasPeopleDocument,
    variables: { organizationId, canvasId },
    pause: !organizationId,
  });
  const [shared, share] = useMutation(ShareCanvasDocument);
  const [unshared, unshare] = useMutation(UnshareCanvasDocument);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const problem = errorInfo(shared.error ?? unshared.error);

  if (canvasResult.fetching || (fetching && !data)) return <p className="muted">Loading who has access…</p>;
  const loadError = errorInfo(canvasResult.error ?? error);
  if (loadError || !data) {
    return (
      <p className="muted">
        {loadError?.code === 'NOT_FOUND'
          ? 'Only members of this canvas’s organization see who has access.'
          : (loadError?.message ?? 'Not available right now.')}
      </p>
    );
  }
  const members = data.canvasPeople.members.filter((m) => m.status === 'ACTIVE');
  const grants = data.canvasPeople.grants;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const email = String(fields.get('email') ?? '').trim();
    const invalid = emailProblem(email);
    setEmailError(invalid);
    setConfirmation(null);
    if (invalid) return;
    const role = String(fields.get('role')) as GrantRole;
    const res = await share({ input: { canvasId, email, role } });
    if (!res.error) {
      form.reset();
      setConfirmation(`Shared with ${email}: ${role === 'EDITOR' ? 'can edit' : 'can view'}.`);
      reload();
    }
  };
  const onRemove = async (email: string) => {
    const res = await unshare({ input: { organizationId, canvasId, email } });
    if (!res.error) reload();
  };

  return (
    <div className="canvas-access">
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Share with a person" noValidate>
        <label className="sr-only" htmlFor="canvas-access-email">
          Email
        </label>
        <input
          id="canvas-access-email"
          name="email"
          type="email"
          placeholder="Add a person by email"
          aria-invalid={emailError ? true : undefined}
          aria-describedby="canvas-access-error"
        />
        <label className="sr-only" htmlFor="canvas-access-role">
          Role
        </label>
        <select id="canvas-access-role" name="role" defaultValue="VIEWER">
          <option value="VIEWER">Can view</option>
          <option value="EDITOR">Can edit</option>
        </select>
        <button className="btn btn-primary" type="submit" disabled={shared.fetching}>
          {shared.fetching ? 'Sharing…' : 'Share'}
        </button>
      </form>
      <span
        id="canvas-access-error"
        className="field-error"
        role={emailError || problem ? 'alert' : undefined}
      >
        {emailError ?? problem?.message ?? ''}
      </span>
      <span className="muted" role="status">
        {!emailError && !problem ? (confirmation ?? '') : ''}
      </span>
      <h3 className="menu-label">People with this canvas only ({grants.length})</h3>
      {grants.length === 0 ? (
        <p className="muted">Not shared with anyone outside the organization.</p>
      ) : (
        <ul>
          {grants.map((g) => (
            <li key={g.email} className="row">
              <span>{g.user?.name ?? g.email}</span>
              {g.user ? (
                <span className="muted">{g.email}</span>
              ) : (
                <span className="badge badge-warning">invited</span>
              )}
              <span className="spacer" />
              <span className="badge">{g.role === 'EDITOR' ? 'Can edit' : 'Can view'}</span>
              <button
                className="btn btn-ghost btn-sm"
                type="button"
                aria-label={`Remove ${g.email}`}
                disabled={unshared.fetching}
                onClick={() => void onRemove(g.email)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="menu-label">Organization members ({members.length})</h3>
      <ul>
        {members.map((m) => (
          <li key={m.email} className="row">
            <span>{m.user?.name ?? m.email}</span>
            <span className="muted">{m.email}</span>
            <span className="spacer" />
            <span className="badge">{roleLabel(m.role)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
