import { useQuery } from 'urql';
import { useLocation } from '../../router/router';
import { MeDocument } from '../auth/operations';
import { useCurrentProject } from './current-project';

// The organization an organization-wide page (/usage, /members, /settings/outbox) shows: the one in
// `?org=<id>` when given, otherwise the one holding the project the user works in, otherwise their
// first. Empty while the user's memberships load.
export function useCurrentOrganization(): string {
  const { search } = useLocation();
  const projectId = useCurrentProject();
  const [{ data }] = useQuery({ query: MeDocument });
  const explicit = search.get('org');
  if (explicit) return explicit;
  const memberships = data?.me?.memberships ?? [];
  const membership =
    memberships.find((m) => m.organization.projects.some((p) => p.id === projectId)) ?? memberships[0];
  return membership?.organization.id ?? '';
}
