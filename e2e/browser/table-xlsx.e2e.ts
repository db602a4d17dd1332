// 17. XLSX of a table block's data (T4): in the editor, a TABLE block's Export menu downloads an
//     XLSX workbook whose sheet holds the block's columns and rows (read back with exceljs); the
//     same table in the published report, opened logged out from a share link, offers no export
//     (a link viewer cannot run one: the menu is absent, not broken). A tall result table fills its
//     view with rows before anyone scrolls it.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { gql } from './support/api.ts';
import { newContext, newUser, watchErrors } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

const SQL = 'SELECT region, COUNT(*) AS customers FROM customers GROUP BY region ORDER BY region';

export const scenario: Scenario = {
  id: 'table-xlsx',
  title:
    "a table block's Export → XLSX downloads its rows; the shared report offers no export; a tall table fills its view",
  requires: [
    'mutation.exportQueryRun',
    'mutation.publishCanvas',
    'mutation.createShareLink',
    'query.sharedCanvas',
  ],
  async run({ platform, browser, shot, track }) {
    const base = platform.baseUrl;
    const errors: string[] = [];
    const user = newUser('Xena');
    // The canvas is set up through the API: one SQL block and a TABLE block reading it, published.
    const { signUp } = await gql<{
      signUp: {
        accessToken: string;
        user: { memberships: { organization: { projects: { id: string }[] } }[] };
      };
    }>(
      base,
      'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { memberships { organization { projects { id } } } } } }',
      { i: { email: user.email, password: user.password, name: user.name, organizationName: 'Xena Co' } },
    );
    const token = signUp.accessToken;
    const projectId = signUp.user.memberships[0]!.organization.projects[0]!.id;
    const { project } = await gql<{ project: { dataSources: { id: string }[] } }>(
      base,
      'query($id: ID!) { project(id: $id) { dataSources { id } } }',
      { id: projectId },
      token,
    );
    const { createCanvas } = await gql<{ createCanvas: { id: string } }>(
      base,
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId, name: 'Customers workbook' } },
      token,
    );
    const canvasId = createCanvas.id;
    const add = 'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }';
    const sql = await gql<{ addBlock: { id: string } }>(
      base,
      add,
      {
        i: {
          canvasId,
          type: 'SQL',
          position: { x: 0, y: 0, w: 6, h: 8 },
          content: { title: 'Customers by region', dataSourceId: project.dataSources[0]!.id, sql: SQL },
        },
      },
      token,
    );
    await gql(
      base,
      add,
      {
        i: {
          canvasId,
          type: 'TABLE',
          position: { x: 6, y: 0, w: 6, h: 8 },
          content: { title: 'Regions table', sourceBlockId: sql.addBlock.id },
        },
      },
      token,
    );
    await gql(
      base,
      'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }',
      {
        i: { canvasId },
      },
      token,
    );
    const { createShareLink } = await gql<{ createShareLink: { url: string } }>(
      base,
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }',
      { i: { canvasId } },
      token,
    );

    // The editor: log in, open the canvas, wait for the table's rows.
    const page = await (await newContext(browser)).newPage();
    track(page, 'editor');
    watchErrors(page, 'editor', errors);
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/p\/[^/]+$/, { timeout: 30_000 });
    await page.goto(`${base}/canvas/${canvasId}`);
    const table = page.locator('[data-block-type="TABLE"]');
    await table.getByText('Europe').first().waitFor({ timeout: 60_000 });
    await shot(page, '1-table-block');

    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await table.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menuitem', { name: /XLSX/ }).click();
    const download = await downloading;
    assert(!(await download.failure()), `the XLSX download failed: ${await download.failure()}`);
    assert(
      /\.xlsx$/i.test(download.suggestedFilename()),
      `the download should be named .xlsx, got ${download.suggestedFilename()}`,
    );
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile((await download.path())!);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    assert(sheet, 'the workbook has a sheet');
    const cells = (n: number) => ((sheet.getRow(n).values as unknown[]) ?? []).slice(1);
    assert(
      JSON.stringify(cells(1)) === JSON.stringify(['region', 'customers']),
      `the first row holds the column names, got ${JSON.stringify(cells(1))}`,
    );
    // The same rows the query answers, in its order.
    const { runQuery } = await gql<{ runQuery: { rows: unknown[][]; status: string } }>(
      base,
      'mutation($i: RunQueryInput!) { runQuery(input: $i) { status rows } }',
      { i: { dataSourceId: project.dataSources[0]!.id, sql: SQL, waitSeconds: 20 } },
      token,
    );
    assert(runQuery.status === 'SUCCEEDED', `the reference run finished, got ${runQuery.status}`);
    const data = Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2));
    assert(
      data.length === runQuery.rows.length && data.length > 1,
      `the sheet holds every row (${runQuery.rows.length}), got ${data.length}`,
    );
    data.forEach((row, i) => {
      const expected = runQuery.rows[i]!;
      assert(
        row[0] === expected[0] && Number(row[1]) === Number(expected[1]),
        `row ${i + 1} should be ${JSON.stringify(expected)}, got ${JSON.stringify(row)}`,
      );
    });

    // The shared report, logged out: the same table, and no export offered.
    const viewer = await (await newContext(browser)).newPage();
    track(viewer, 'viewer');
    watchErrors(viewer, 'viewer', errors);
    await viewer.goto(`${base}${new URL(createShareLink.url).pathname}`);
    const card = viewer.locator('[data-block-type="TABLE"]');
    await card.getByText('Europe').first().waitFor({ timeout: 60_000 });
    assert(
      (await viewer.getByRole('button', { name: /Export/ }).count()) === 0,
      'a link viewer is offered no export',
    );
    await shot(viewer, '2-shared-table-no-export');

    // A tall result table fills its view before anyone scrolls it (it drew 23 rows, then blank).
    const tall = await gql<{ createCanvas: { id: string } }>(
      base,
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId, name: 'Two hundred orders' } },
      token,
    );
    await gql(
      base,
      add,
      {
        i: {
          canvasId: tall.createCanvas.id,
          type: 'SQL',
          position: { x: 0, y: 0, w: 6, h: 24 },
          content: {
            title: 'Orders',
            dataSourceId: project.dataSources[0]!.id,
            sql: 'SELECT order_id, status FROM orders ORDER BY order_id LIMIT 200',
          },
        },
      },
      token,
    );
    // A window tall enough for the screenshot to show the whole block.
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.goto(`${base}/canvas/${tall.createCanvas.id}`);
    const orders = page.locator('[data-block-type="SQL"] .result-scroll');
    await orders.locator('.result-row').first().waitFor({ timeout: 60_000 });
    // Rows to the bottom of the view: its last drawn row reaches the view's bottom edge.
    const fill = () =>
      orders.evaluate((view) => {
        const bottom = view.getBoundingClientRect().bottom;
        const rows = [...view.querySelectorAll('.result-row')].map((r) => r.getBoundingClientRect().bottom);
        return { rows: rows.length, last: Math.round(Math.max(0, ...rows)), bottom: Math.round(bottom) };
      });
    let filled = await fill();
    for (let i = 0; i < 50 && filled.last < filled.bottom - 2; i++) {
      await page.waitForTimeout(100);
      filled = await fill();
    }
    await shot(page, '3-tall-table');
    assert(
      filled.last >= filled.bottom - 2,
      `a tall result table shows rows to the bottom of its view without a scroll (${filled.rows} rows, the last ending at ${filled.last} px, the view at ${filled.bottom} px)`,
    );
    assert(errors.length === 0, `the pages threw: ${errors.join('; ')}`);
  },
};
