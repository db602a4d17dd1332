import { useQuery } from 'urql';
import { Redirect } from '../../router/redirect';
import { EmptyState } from '../../ui/empty-state';
import { PageSkeleton } from '../../ui/skeleton';
import { MeDocument } from '../auth/operations';
import { useCurrentProject } from './current-project';

/** `/`: the last project the user worked in, else their first one. */
export function HomeRedirect() {
  const [{ data, fetching }] = useQuery({ query: MeDocument });
  const remembered = useCurrentProject();
  if (!data && fetching) return <PageSkeleton />;
  const projects = data?.me?.memberships.flatMap((m) => m.organization.projects) ?? [];
  const target = projects.find((p) => p.id === remembered) ?? projects[0];
  if (target) return <Redirect to={`/p/${target.id}`} />;
  return (
    <div className="page">
      <EmptyState title="No projects yet">Create a project from the switcher at the top left.</EmptyState>
    </div>
  );
}
