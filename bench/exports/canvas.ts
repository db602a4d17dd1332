// The benchmark's canvas: a published 20-block canvas (10 SQL blocks on the demo data, each read by a
// bar chart) in a new organization, made through the public API.
import { ENCODINGS, gql, QUERIES } from '../support/twenty-blocks.ts';
export interface BenchCanvas {
  canvasId: string;
  /** The owner's access token. */
  token: string;
}

/** Signs up a new user and organization, builds the 20-block canvas and publishes it. */
export async function createBenchCanvas(base: string): Promise<BenchCanvas> {
  const signUp = await gql<{
    signUp: {
      accessToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    base,
    'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { memberships { organization { projects { id } } } } } }',
    {
      i: {
        email: `bench-${Date.now()}@example.com`,
        password: 'a-long-password-1',
        name: 'Bench',
        organizationName: 'Bench Co',
      },
    },
  );
  const token = signUp.signUp.accessToken;
  const projectId = signUp.signUp.user.memberships[0]!.organization.projects[0]!.id;
  const { project } = await gql<{ project: { dataSources: { id: string }[] } }>(
    base,
    'query($id: ID!) { project(id: $id) { dataSources { id } } }',
    { id: projectId },
    token,
  );
  const { createCanvas } = await gql<{ createCanvas: { id: string } }>(
    base,
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId, name: 'Bench export 20 blocks' } },
    token,
  );
  const canvasId = createCanvas.id;
  const add = 'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }';
  for (let i = 0; i < QUERIES.length; i++) {
    const y = Math.floor(i / 2) * 8;
    const x = (i % 2) * 6;
    const sql = await gql<{ addBlock: { id: string } }>(
      base,
      add,
      {
        i: {
          canvasId,
          type: 'SQL',
          position: { x, y, w: 3, h: 8 },
          content: { title: `Query ${i + 1}`, dataSourceId: project.dataSources[0]!.id, sql: QUERIES[i] },
        },
      },
      token,
    );
    const [fx, fy] = ENCODINGS[i]!;
    await gql(
      base,
      add,
      {
        i: {
          canvasId,
          type: 'CHART',
          position: { x: x + 3, y, w: 3, h: 8 },
          content: {
            title: `Chart ${i + 1}`,
            sourceBlockId: sql.addBlock.id,
            chartType: 'bar',
            encodings: { x: { field: fx }, y: { field: fy } },
          },
        },
      },
      token,
    );
  }
  await gql(
    base,
    'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }',
    { i: { canvasId } },
    token,
  );

  return { canvasId, token };
}
