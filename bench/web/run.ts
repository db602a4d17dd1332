// Web benchmark: `node --import tsx bench/web/run.ts`
//   1. initial JavaScript of the app shell (index.html's entry + modulepreloads), raw and gzip;
//   2. time from navigation to a 20-block canvas (10 SQL blocks + 10 charts reading them) fully
//      rendered with data, in headless Chromium, median of RUNS navigations (results cache warm
//      after the first; the first is reported too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt, launchBrowser, root, startPlatform } from '@tessera/testing/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function initialJs(): { files: string[]; raw: number; gzip: number } {
  const dist = path.join(root, 'web/dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

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

ensureWebBuilt();
const js = initialJs();
console.log(
  `initial JS: ${js.files.length} files, ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`,
);

const platform = await startPlatform();
try {
  if (!platform.fields.has('mutation.createCanvas'))
    throw new Error('canvases are not in the composed API: no canvas to render');
  const email = `bench-${Date.now()}@example.com`;
  const signUp = await gql<{
    signUp: {
      accessToken: string;
      refreshToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    platform.baseUrl,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { memberships { organization { projects { id } } } } } }',
    { input: { email, password: 'a-long-password-1', name: 'Bench', organizationName: 'Bench Co' } },
  );
  const token = signUp.signUp.accessToken;
  const projectId = signUp.signUp.user.memberships[0]!.organization.projects[0]!.id;
  const project = await gql<{ project: { dataSources: { id: string }[] } }>(
    platform.baseUrl,
    'query($id: ID!) { project(id: $id) { dataSources { id } } }',
    { id: projectId },
    token,
  );
  const dataSourceId = project.project.dataSources[0]!.id;
  const canvas = await gql<{ createCanvas: { id: string } }>(
    platform.baseUrl,
    'mutation($input: CreateCanvasInput!) { createCanvas(input: $input) { id } }',
    { input: { projectId, name: 'Bench 20 blocks' } },
    token,
  );
  const canvasId = canvas.createCanvas.id;
  const add = 'mutation($input: AddBlockInput!) { addBlock(input: $input) { id } }';
  for (let i = 0; i < QUERIES.length; i++) {
    const y = Math.floor(i / 2) * 8;
    const x = (i % 2) * 6;
    const sql = await gql<{ addBlock: { id: string } }>(
      platform.baseUrl,
      add,
      {
        input: {
          canvasId,
          type: 'SQL',
          position: { x, y, w: 3, h: 8 },
          content: { title: `Query ${i + 1}`, dataSourceId, sql: QUERIES[i] },
        },
      },
      token,
    );
    const [fx, fy] = ENCODINGS[i]!;
    const chart = {
      title: `Chart ${i + 1}`,
      sourceBlockId: sql.addBlock.id,
      chartType: 'bar',
      encodings: { x: { field: fx }, y: { field: fy } },
      aggregation: 'none',
    };
    await gql(
      platform.baseUrl,
      add,
      { input: { canvasId, type: 'CHART', position: { x: x + 3, y, w: 3, h: 8 }, content: chart } },
      token,
    );
  }

  const browser = await launchBrowser();
  const timings: number[] = [];
  let refreshToken = signUp.signUp.refreshToken;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    // A stored session (the app restores it silently, as after a reload).
    const fresh = await gql<{ refreshSession: { refreshToken: string } }>(
      platform.baseUrl,
      'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }',
      { t: refreshToken },
    );
    refreshToken = fresh.refreshSession.refreshToken;
    const handoff = refreshToken;
    await context.addInitScript(`localStorage.setItem('tessera.refreshToken', ${JSON.stringify(handoff)})`);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${platform.baseUrl}/canvas/${canvasId}`);
    await page.waitForFunction(
      `document.querySelectorAll('[data-block-type="CHART"] svg.chart .mark').length > 0 &&
       [...document.querySelectorAll('[data-block-type="CHART"]')].length === 10 &&
       [...document.querySelectorAll('[data-block-type="CHART"]')].every((b) => b.querySelector('svg.chart .mark')) &&
       [...document.querySelectorAll('[data-block-type="SQL"]')].every((b) => b.querySelector('[data-testid="row-count"]'))`,
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    timings.push(Date.now() - started);
    // The session rotated in the page; take the page's newest refresh token for the next run.
    refreshToken = (await page.evaluate(`localStorage.getItem('tessera.refreshToken')`)) as string;
    await context.close();
  }
  await browser.close();
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `20-block canvas (10 SQL + 10 charts) navigation → fully rendered with data: first ${timings[0]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms, best ${sorted[0]} ms over ${RUNS} runs`,
  );
  console.log(`runs: ${timings.join(', ')} ms`);
} finally {
  await platform.stop();
}
