// bench/exports: PDF export time of a published 20-block canvas (10 SQL blocks + 10 charts reading
// them) through the API — exportCanvas queues a job, the worker's headless Chromium opens the
// report page on the gateway, waits until every block has rendered and prints it, the file is
// stored in PostgreSQL and the link downloaded — against a baseline in the same run and the same
// Chromium: a bare HTML page printed to PDF.
// Usage: node --import tsx bench/exports/run.ts   (BENCH_RUNS, default 5; starts `npm start` on free ports)
import os from 'node:os';
import { launchBrowser, startPlatform } from '@tessera/testing/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

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

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const platform = await startPlatform();
try {
  const base = platform.baseUrl;
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

  // Baseline: the same Chromium printing a bare page (launch excluded, as the worker keeps one open).
  const browser = await launchBrowser();
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<h1>Bench</h1><p>A bare page.</p>');
    await page.pdf({ format: 'A4' });
    await context.close();
    bare.push(Math.round(performance.now() - started));
  }
  await browser.close();

  const exportPdf = async () => {
    const started = performance.now();
    const { exportCanvas } = await gql<{ exportCanvas: { url: string } }>(
      base,
      'mutation($i: ExportCanvasInput!) { exportCanvas(input: $i) { url } }',
      { i: { canvasId, format: 'PDF' } },
      token,
    );
    const file = await fetch(new URL(new URL(exportCanvas.url).pathname, base));
    const bytes = Buffer.from(await file.arrayBuffer());
    if (file.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('no PDF');
    return { ms: Math.round(performance.now() - started), bytes: bytes.length };
  };
  const first = await exportPdf(); // Chromium starts in the worker, the demo data warms up
  const timings: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await exportPdf();
    timings.push(result.ms);
    size = result.bytes;
  }
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`baseline, bare page → PDF in Chromium: median ${median(bare)} ms (${bare.join(', ')})`);
  console.log(
    `20-block canvas exportCanvas(PDF) → file downloaded: first ${first.ms} ms, median ${median(timings)} ms, best ${Math.min(...timings)} ms over ${RUNS} runs (${(size / 1024).toFixed(0)} KiB)`,
  );
  console.log(`runs: ${timings.join(', ')} ms; target ≤ 3000 ms`);
} finally {
  await platform.stop();
}
