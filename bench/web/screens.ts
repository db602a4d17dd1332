// Screenshots of a canvas reopened in the same tab (the blocks' last results shown at once, marked
// "Refreshing", while they run again): `node --import tsx bench/web/screens.ts [out-dir]`, at 1440
// and 1024 px, light and dark. Not a measurement; for looking at the stale-while-revalidate state.
import path from 'node:path';
import { launchBrowser, startPlatform } from '@tessera/testing/browser';

const OUT = process.argv[2] ?? '/tmp/tessera-web-screens';

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const platform = await startPlatform();
try {
  const base = platform.baseUrl;
  const { signUp } = await gql<{
    signUp: {
      accessToken: string;
      refreshToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    base,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { memberships { organization { projects { id } } } } } }',
    {
      input: {
        email: `screens-${Date.now()}@example.com`,
        password: 'a-long-password-1',
        name: 'Screens',
        organizationName: 'Screens Co',
      },
    },
  );
  const projectId = signUp.user.memberships[0]!.organization.projects[0]!.id;
  const { project } = await gql<{ project: { dataSources: { id: string }[] } }>(
    base,
    'query($id: ID!) { project(id: $id) { dataSources { id } } }',
    { id: projectId },
    signUp.accessToken,
  );
  const { createCanvas } = await gql<{ createCanvas: { id: string } }>(
    base,
    'mutation($input: CreateCanvasInput!) { createCanvas(input: $input) { id } }',
    { input: { projectId, name: 'Reopened canvas' } },
    signUp.accessToken,
  );
  const add = 'mutation($input: AddBlockInput!) { addBlock(input: $input) { id } }';
  // Slow enough that the refresh is still running when the screenshot is taken.
  const sql = await gql<{ addBlock: { id: string } }>(
    base,
    add,
    {
      input: {
        canvasId: createCanvas.id,
        type: 'SQL',
        position: { x: 0, y: 0, w: 6, h: 8 },
        content: {
          title: 'Orders by channel',
          dataSourceId: project.dataSources[0]!.id,
          sql: 'SELECT channel, COUNT(*) AS orders FROM orders, range(3000) GROUP BY 1 ORDER BY 2 DESC',
        },
      },
    },
    signUp.accessToken,
  );
  await gql(
    base,
    add,
    {
      input: {
        canvasId: createCanvas.id,
        type: 'CHART',
        position: { x: 6, y: 0, w: 6, h: 8 },
        content: {
          title: 'Orders by channel',
          sourceBlockId: sql.addBlock.id,
          chartType: 'bar',
          encodings: { x: { field: 'channel' }, y: { field: 'orders' } },
          aggregation: 'none',
        },
      },
    },
    signUp.accessToken,
  );
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(
    `if (!sessionStorage.getItem('s')) { sessionStorage.setItem('s', '1'); localStorage.setItem('tessera.refreshToken', ${JSON.stringify(signUp.refreshToken)}); }`,
  );
  const page = await context.newPage();
  await page.goto(`${base}/canvas/${createCanvas.id}`);
  await page.waitForSelector('[data-block-type="CHART"] svg.chart .mark', { timeout: 120_000 });
  for (const width of [1440, 1024]) {
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
      // Different parameters each time would miss the last result: the same request, reloaded.
      await page.reload();
      await page.waitForSelector('.run-badge:has-text("Refreshing")', { timeout: 60_000 });
      await page.screenshot({ path: path.join(OUT, `canvas-refreshing-${width}-${theme}.png`) });
      await page.waitForSelector('[data-block-type="SQL"] .run-badge:not(.running)', { timeout: 120_000 });
    }
  }
  await browser.close();
  console.log(`screenshots in ${OUT}`);
} finally {
  await platform.stop();
}
