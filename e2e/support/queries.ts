import type { SignedUpUser } from './accounts.ts';
import type { Stack } from './stack.ts';

export const RUN_QUERY = /* GraphQL */ `
  mutation Run($input: RunQueryInput!) {
    runQuery(input: $input) {
      id
      status
      rowCount
      truncated
      cached
      durationMs
      columns {
        name
        type
      }
      rows
      error {
        code
        message
        position
      }
    }
  }
`;

export interface Run {
  id: string;
  status: string;
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  columns: { name: string; type: string }[];
  rows: unknown[][];
  error: { code: string; message: string; position: number | null } | null;
}

export async function demoSourceId(stack: Stack, user: SignedUpUser): Promise<string> {
  const result = await stack.gql<{ project: { dataSources: { id: string; kind: string; name: string }[] } }>(
    'query($id: ID!) { project(id: $id) { dataSources { id kind name } } }',
    { id: user.projectId },
    user.accessToken,
  );
  const demo = result.data?.project.dataSources.find((s) => s.kind === 'DEMO');
  if (!demo) throw new Error(`no demo source: ${JSON.stringify(result.errors)}`);
  return demo.id;
}

export async function runQuery(stack: Stack, token: string, input: Record<string, unknown>): Promise<Run> {
  const result = await stack.gql<{ runQuery: Run }>(RUN_QUERY, { input }, token);
  if (!result.data?.runQuery) throw new Error(`runQuery failed: ${JSON.stringify(result.errors)}`);
  return result.data.runQuery;
}
