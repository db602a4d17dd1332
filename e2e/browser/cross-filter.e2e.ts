// Cross-filter and drill-down (issue 21): on the Sales overview template, a three-block chain —
// SQL `revenue_by_category` (a) → a new SQL block reading {{revenue_by_category}} (b) → the chart,
// switched to read b. Clicking a bar narrows a and b to that category (a chip shows the filter; the
// chart keeps its bars and highlights the one clicked); Backspace on the chip and a second click on
// the same bar clear it; "View rows" opens the bar's rows in a side panel and exports them as CSV.
// Screenshots in light and dark at 1440 and 1024 px.
import { readFileSync } from 'node:fs';
import { addBlock, blockTitled, waitForRows } from './support/blocks.ts';
import { createCanvas, newUser, signUp, skipTour, watchedPage } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

const SLOW = { timeout: 60_000 };

export const scenario: Scenario = {
  id: 'cross-filter',
  title:
    'a chain a → b → chart: a bar click narrows a and b (chips), drill into its rows, export them (CSV, XLSX)',
  requires: ['mutation.createCanvas', 'query.runCanvasBlock', 'mutation.runQuery'],
  async run({ platform, browser, shot, track }) {
    const { page, errors } = await watchedPage({ browser, track }, 'analyst');
    await signUp(page, platform.baseUrl, newUser('Ada'));
    const canvasId = await createCanvas(page, 'Sales overview', 'Cross-filter');
    await skipTour(page);

    // a: the template's "Revenue by category" SQL block (one row per category).
    const a = blockTitled(page, 'SQL', 'Revenue by category');
    await a.getByTestId('row-count').waitFor(SLOW);
    await waitForRows(page, a, 6, 'revenue_by_category');

    // b: a new SQL block reading a's result by name.
    await addBlock(page, 'SQL');
    const b = blockTitled(page, 'SQL', /^Query \d+$/);
    await b.waitFor();
    const bTitle = (await b.locator('.block-title').textContent())!.trim();
    await b.locator('.cm-content').click();
    await page.keyboard.insertText(
      'SELECT category, revenue FROM {{revenue_by_category}} ORDER BY revenue DESC',
    );
    await page.keyboard.press('Control+Enter');
    await waitForRows(page, b, 6, 'the block reading {{revenue_by_category}}');

    // The chart reads b.
    const chart = blockTitled(page, 'CHART', 'Revenue by category');
    await chart.getByLabel('Data from SQL block').selectOption({ label: bTitle });
    const bars = chart.locator('svg.chart [data-mark-field]');
    await bars.first().waitFor(SLOW);
    assert((await bars.count()) === 6, `the chart should draw 6 bars, found ${await bars.count()}`);

    // Click a bar: a and b narrow to its category; the chart keeps 6 bars and highlights one.
    const bar = bars.nth(1);
    const field = (await bar.getAttribute('data-mark-field'))!;
    const value = (await bar.getAttribute('data-mark-value'))!;
    assert(field === 'category', `bars carry their field (category), got ${field}`);
    await bar.click();
    const chip = page.getByTestId('xf-chip');
    await chip.filter({ hasText: `${field} = ${value}` }).waitFor();
    await waitForRows(page, a, 1, 'revenue_by_category narrowed by the bar');
    await waitForRows(page, b, 1, 'the chained block narrowed by the bar');
    assert((await bars.count()) === 6, 'the clicked chart is not narrowed by its own filter');
    assert(
      (await chart.locator('svg.chart .xf-dimmed').count()) === 5,
      'every bar but the clicked one is dimmed',
    );
    const narrowedCategory = await a.locator('[role="gridcell"]').first().textContent();
    assert(narrowedCategory === value, `a shows the clicked category (${value}), got ${narrowedCategory}`);
    await shot(page, '1-bar-clicked');

    // The clicked chart still follows everything else: a Region change redraws its 6 bars.
    const firstLabel = await bars.first().getAttribute('aria-label');
    await page.getByRole('combobox', { name: 'Region' }).selectOption('Europe');
    const redrawn = Date.now() + 60_000;
    while ((await bars.first().getAttribute('aria-label')) === firstLabel && Date.now() < redrawn)
      await page.waitForTimeout(250);
    assert(
      (await bars.first().getAttribute('aria-label')) !== firstLabel,
      'the clicked chart redraws for another region',
    );
    assert((await bars.count()) === 6, 'the clicked chart keeps every category for the region');
    await waitForRows(page, a, 1, 'revenue_by_category narrowed for the region');

    // Drill into the bar's rows and export them.
    await chart.getByRole('button', { name: 'View rows' }).click();
    const panel = page.getByTestId('drill-panel');
    await panel.getByTestId('drill-row-count').waitFor(SLOW);
    const drilled = Number((await panel.getByTestId('drill-row-count').textContent())!.replace(/\D/g, ''));
    assert(drilled === 1, `the bar stands for 1 row of its block, the panel shows ${drilled}`);
    await shot(page, '2-drill-panel');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const file = await download.path();
    const csv = readFileSync(file!, 'utf8');
    assert(csv.startsWith('category,revenue'), `the CSV has the block's columns: ${csv.slice(0, 40)}`);
    assert(
      csv.includes(value) && csv.trim().split(/\r?\n/).length === 2,
      `the CSV holds the bar's row: ${csv}`,
    );
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export XLSX' }).click(),
    ]);
    assert(workbook.suggestedFilename().endsWith('.xlsx'), 'the workbook is an .xlsx');
    const xlsx = readFileSync((await workbook.path())!);
    assert(xlsx.subarray(0, 2).toString() === 'PK', 'the workbook is a ZIP (OOXML)');
    assert(xlsx.includes(Buffer.from(value)), "the workbook holds the bar's category");

    // Light and dark at 1440 and 1024 px, with the chip and the panel open.
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        await shot(page, `3-drill-${width}-${theme}`);
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await panel.getByRole('button', { name: 'Close rows' }).click();
    await panel.waitFor({ state: 'detached' });
    assert(
      (await page.evaluate('document.activeElement && document.activeElement.textContent')) === 'View rows',
      'closing the rows gives the focus back to View rows',
    );

    // Backspace on the chip's remove button clears the filter: a has every category again.
    await page.getByRole('button', { name: `Remove filter ${field} = ${value}` }).focus();
    await page.keyboard.press('Backspace');
    await chip.waitFor({ state: 'detached' });
    await waitForRows(page, a, 6, 'revenue_by_category after the chip was removed');
    await waitForRows(page, b, 6, 'the chained block after the chip was removed');

    // Enter on a bar sets it; clicking the same bar again clears it.
    await bar.focus();
    await page.keyboard.press('Enter');
    await chip.waitFor();
    await waitForRows(page, b, 1, 'the chained block narrowed by Enter on the bar');
    await bar.click();
    await chip.waitFor({ state: 'detached' });
    await waitForRows(page, b, 6, 'the chained block after the second click');

    // A table cell cross-filters too: a TABLE block showing a, a click on its second category.
    await addBlock(page, 'Table');
    const table = page.locator('[data-block-type="TABLE"]').last();
    await table.getByLabel('Data from SQL block').selectOption({ label: 'Revenue by category' });
    const cell = table.locator('[role="gridcell"][data-mark-field="category"]').nth(1);
    await cell.waitFor(SLOW);
    const cellValue = (await cell.getAttribute('data-mark-value'))!;
    await cell.click();
    await chip.filter({ hasText: `category = ${cellValue}` }).waitFor();
    await waitForRows(page, b, 1, 'the chained block narrowed by a table cell');
    assert(
      (await table.locator('[role="gridcell"][data-mark-field="category"]').count()) === 6,
      'the clicked table keeps every row',
    );
    await shot(page, '3b-table-cell-clicked');
    await table.locator('[role="gridcell"][data-mark-field="category"]').nth(1).click();
    await chip.waitFor({ state: 'detached' });
    await waitForRows(page, b, 6, 'the chained block after the second click on the cell');
    // The table is not needed further down (the report below shows the template's blocks).
    await table.locator('[data-testid="block-actions"], button[aria-label="Block actions"]').first().click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await table.waitFor({ state: 'detached' });

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
      await page.goto(`${platform.baseUrl}/canvas/${canvasId}`);
      await chart.locator('svg.chart [data-mark-field]').nth(1).click();
      await chip.waitFor(SLOW);
      await waitForRows(page, a, 1, 'revenue_by_category narrowed after a reload');
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        await shot(page, `4-chips-${width}-${theme}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }

    // A viewer of the publication cross-filters too (their state is their own).
    await page
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByText(/Version 1 is live/).waitFor(SLOW);
    await dialog.getByRole('button', { name: 'Create a share link' }).click();
    const href = await dialog.getByTestId('published-link').getAttribute('href');
    assert(href, 'a share link to the publication');
    await dialog.getByRole('button', { name: 'Done' }).click();
    const { page: viewer } = await watchedPage({ browser, track }, 'viewer', errors);
    await viewer.goto(`${platform.baseUrl}${new URL(href).pathname}`);
    await viewer.getByTestId('report').waitFor(SLOW);
    const card = (title: string, type: string) =>
      viewer.locator(`[data-block-type="${type}"]`, {
        has: viewer.locator('.report-card-title', { hasText: title }),
      });
    const aCard = card('Revenue by category', 'SQL');
    await aCard.locator('[role="gridcell"]').first().waitFor(SLOW);
    assert((await aCard.locator('[role="gridcell"]').count()) === 12, 'the viewer sees 6 rows of a at first');
    const viewerBar = card('Revenue by category', 'CHART').locator('svg.chart [data-mark-field]').nth(2);
    await viewerBar.waitFor(SLOW);
    const viewerValue = (await viewerBar.getAttribute('data-mark-value'))!;
    await viewerBar.click();
    await viewer.getByTestId('xf-chip').filter({ hasText: viewerValue }).waitFor();
    const narrowDeadline = Date.now() + 60_000;
    while ((await aCard.locator('[role="gridcell"]').count()) !== 2 && Date.now() < narrowDeadline)
      await viewer.waitForTimeout(250);
    assert(
      (await aCard.locator('[role="gridcell"]').count()) === 2,
      "the viewer's click narrows a to one row",
    );
    await card('Revenue by category', 'CHART').getByRole('button', { name: 'View rows' }).click();
    await viewer
      .getByTestId('drill-panel')
      .getByTestId('drill-row-count')
      .filter({ hasText: '1 row' })
      .waitFor(SLOW);
    await shot(viewer, '5-viewer-cross-filter');
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
