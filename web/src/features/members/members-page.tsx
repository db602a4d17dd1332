// `/members?org=<id>`: the organization's people — members and their roles, pending invitations,
// and (admins) the signed-embed secret. Everyone in the organization can see the list; changing
// it takes ADMIN (the server enforces every rule again).
import { useMutation, useQuery } from 'urql';
import type { Role } from '../../gql/graphql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { EmbeddingSecretCard } from './embedding-secret';
import { InvitationsSection } from './invitations';
import { OrganizationPeopleDocument, RemoveMemberDocument, SetMemberRoleDocument } from './operations';
import { grantableRoles, roleLabel } from './roles';
import './members.css';
import { useCurrentOrganization } from '../home/current-organization';

export default function MembersPage() {
  const organizationId = useCurrentOrganization();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganizationPeopleDocument,
    variables: { id: organizationId },
    pause: !organizationId,
  });
  const org = data?.organization;
  const myId = data?.me?.id;
  const members = org?.members.filter((m) => m.status === 'ACTIVE') ?? [];
  const pending = org?.members.filter((m) => m.status === 'PENDING') ?? [];
  const myRole = members.find((m) => m.user?.id === myId)?.role ?? null;
  const isAdmin = myRole === 'OWNER' || myRole === 'ADMIN';
  const owners = members.filter((m) => m.role === 'OWNER').length;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div className="page members-page">
      <h1>{org ? `People · ${org.name}` : 'People'}</h1>
      {!organizationId ? (
        <EmptyState title="Pick an organization">Open People from the top bar.</EmptyState>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.code === 'NOT_FOUND'
            ? 'This organization does not exist or you are not a member.'
            : errorInfo(error)?.message}
        </div>
      ) : null}
      {fetching && !data ? <Skeleton height={220} /> : null}
      {org ? (
        <>
          <section className="card members-section" aria-labelledby="members-heading">
            <h2 id="members-heading">Members ({members.length})</h2>
            {!isAdmin ? (
              <p className="muted">Only owners and admins can change roles or remove people.</p>
            ) : null}
            <table className="table members-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  {isAdmin ? (
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <MemberRow
                    key={m.user!.id}
                    organizationId={org.id}
                    member={m}
                    isSelf={m.user!.id === myId}
                    lastOwner={m.role === 'OWNER' && owners === 1}
                    myRole={isAdmin ? myRole : null}
                    onChanged={reload}
                  />
                ))}
              </tbody>
            </table>
          </section>
          <InvitationsSection
            organizationId={org.id}
            pending={pending}
            myRole={isAdmin ? myRole : null}
            onChanged={reload}
          />
          {isAdmin ? <EmbeddingSecretCard organizationId={org.id} /> : null}
        </>
      ) : null}
    </div>
  );
}

interface MemberRowProps {
  organizationId: string;
  member: { email: string; role: Role; user?: { id: string; name: string } | null };
  isSelf: boolean;
  /** The organization's only OWNER: cannot be removed or demoted (the server refuses too). */
  lastOwner: boolean;
  /** The caller's role when they may manage people (ADMIN+), else null. */
  myRole: Role | null;
  onChanged: () => void;
}

function MemberRow({ organizationId, member, isSelf, lastOwner, myRole, onChanged }: MemberRowProps) {
  const [setResult, setMemberRole] = useMutation(SetMemberRoleDocument);
  const [removeResult, removeMember] = useMutation(RemoveMemberDocument);
  const options = grantableRoles(myRole);
  // Nobody changes the role of someone above them.
  const canManage = myRole !== null && options.includes(member.role) && !lastOwner;
  const problem = errorInfo(setResult.error ?? removeResult.error);
  const userId = member.user!.id;
  const name = member.user?.name ?? member.email;

  const onRole = async (role: Role) => {
    const res = await setMemberRole({ input: { organizationId, userId, role } });
    if (!res.error) onChanged();
  };
  const onRemove = async () => {
    if (
      !window.confirm(
        isSelf
          ? 'Leave this organization? You lose access at once.'
          : `Remove ${name}? Their access ends at once.`,
      )
    )
      return;
    const res = await removeMember({ organizationId, userId });
    if (!res.error) onChanged();
  };

  return (
    <tr>
      <td>
        {name}
        {isSelf ? <span className="badge">you</span> : null}
      </td>
      <td className="muted">{member.email}</td>
      <td>
        {canManage ? (
          <select
            aria-label={`Role of ${name}`}
            value={member.role}
            disabled={setResult.fetching}
            onChange={(e) => void onRole(e.target.value as Role)}
          >
            {options.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        ) : (
          roleLabel(member.role)
        )}
        {problem ? (
          <div className="field-error" role="alert">
            {problem.message}
          </div>
        ) : null}
      </td>
      {myRole ? (
        <td className="members-actions">
          {canManage ? (
            <button
              className="btn btn-ghost btn-sm"
              onClick={() => void onRemove()}
              disabled={removeResult.fetching}
              aria-label={`Remove ${name}`}
            >
              Remove
            </button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
