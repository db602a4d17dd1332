// The first step of every benchmark that works as a user: a fresh account with its own organization
// and project, and the id of that project's demo data source (seeded at DEMO_SCALE).
import type { RunningPlatform } from './platform.ts';

export interface BenchUser {
  /** Bearer token of the new user. */
  token: string;
  /** The organization's first project, created on sign-up. */
  projectId: string;
  /** The project's demo data source (kind DEMO). */
  demoSourceId: string;
}

/** Signs up `<emailPrefix>-<now>@example.com` through the API; throws with the API's errors on failure. */
export async function signUpWithDemoSource(
  platform: RunningPlatform,
  emailPrefix: string,
  name = 'Bench',
): Promise<BenchUser> {
  const signUp = await platform.graphql<{
    signUp: {
      accessToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { memberships { organization { projects { id } } } } } }',
    {
      i: {
        email: `${emailPrefix}-${Date.now()}@example.com`,
        password: 'bench-password-1',
        name,
        organizationName: 'Bench',
      },
    },
  );
  if (!signUp.data) throw new Error(`signUp failed: ${JSON.stringify(signUp.errors)}`);
  const token = signUp.data.signUp.accessToken;
  const projectId = signUp.data.signUp.user.memberships[0]!.organization.projects[0]!.id;
  const sources = await platform.graphql<{ project: { dataSources: { id: string; kind: string }[] } }>(
    'query($id: ID!) { project(id: $id) { dataSources { id kind } } }',
    { id: projectId },
    token,
  );
  const demoSourceId = sources.data?.project.dataSources.find((s) => s.kind === 'DEMO')?.id;
  if (!demoSourceId) throw new Error(`no demo source: ${JSON.stringify(sources.errors)}`);
  return { token, projectId, demoSourceId };
}
