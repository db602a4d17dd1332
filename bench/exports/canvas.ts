// The benchmark's canvas: a published 20-block canvas (10 SQL blocks on the demo data, each read by a
// bar chart) in a new organization, made through the public API.
const QUERIES = [
  "SELECT date_trunc('month', order_date) AS month, SUM(total_amount) AS revenue FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1",
  'SELECT channel, COUNT(*) AS orders FROM orders GROUP BY 1 ORDER BY 2 DESC',
  'SELECT p.category, SUM(oi.quantity) AS units FROM order_items oi JOIN products p USING (product_id) GROUP BY 1 ORDER BY 2 DESC',
  'SELECT c.region, COUNT(*) AS customers FROM customers c GROUP BY 1 ORDER BY 2 DESC',
  'SELECT segment, COUNT(*) AS customers FROM customers GROUP BY 1',
  "SELECT date_trunc('month', spend_date) AS month, SUM(amount) AS spend FROM marketing_spend GROUP BY 1 ORDER BY 1",
  'SELECT status, COUNT(*) AS orders FROM orders GROUP BY 1',
  'SELECT country, COUNT(*) AS customers FROM customers GROUP BY 1 ORDER BY 2 DESC',
  "SELECT date_trunc('quarter', order_date) AS quarter, AVG(total_amount) AS aov FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1",
  'SELECT channel, SUM(amount) AS spend FROM marketing_spend GROUP BY 1 ORDER BY 2 DESC',
];
const ENCODINGS: [string, string][] = [
  ['month', 'revenue'],
  ['channel', 'orders'],
  ['category', 'units'],
  ['region', 'customers'],
  ['segment', 'customers'],
  ['month', 'spend'],
  ['status', 'orders'],
  ['country', 'customers'],
  ['quarter', 'aov'],
  ['channel', 'spend'],
];

export async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

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
