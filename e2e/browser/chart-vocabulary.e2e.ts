// Chart vocabulary (issue 21): a canvas with one chart block per chart type (18) over the demo
// data, built through the API (SQL blocks on the demo source, CHART blocks reading them), then
// opened: every chart draws marks (no error state), every clickable mark carries data-mark-field/
// data-mark-value and is focusable, and each type is screenshotted in light and dark (the whole
// canvas at 1440 and 1024 px, each chart block on its own).
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { accessToken, gql } from './support/api.ts';
import { SCREENSHOTS, newUser, signUp, skipTour, watchedPage } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { blockTitled } from './support/blocks.ts';

const SLOW = { timeout: 90_000 };

const SQL: Record<string, string> = {
  by_category:
    'SELECT p.category, ROUND(SUM(oi.quantity * oi.unit_price * (1 - oi.discount)), 2) AS revenue, ' +
    'COUNT(DISTINCT oi.order_id) AS orders FROM order_items oi JOIN products p USING (product_id) ' +
    'GROUP BY p.category ORDER BY revenue DESC',
  monthly_channel:
    "SELECT date_trunc('month', order_date) AS month, channel, ROUND(SUM(total_amount), 2) AS revenue, " +
    "COUNT(*) AS orders FROM orders WHERE status = 'completed' AND order_date >= DATE '2025-01-01' " +
    'GROUP BY 1, 2 ORDER BY 1, 2',
  region_segment:
    'SELECT c.region, c.segment, ROUND(SUM(o.total_amount), 2) AS revenue FROM orders o ' +
    'JOIN customers c USING (customer_id) GROUP BY 1, 2 ORDER BY 1, 2',
  order_amounts:
    "SELECT channel, total_amount FROM orders WHERE status = 'completed' ORDER BY order_id LIMIT 3000",
  customers_value:
    'SELECT c.region, COUNT(*) AS orders, ROUND(SUM(o.total_amount), 2) AS revenue, ' +
    'ROUND(AVG(o.total_amount), 2) AS avg_order FROM orders o JOIN customers c USING (customer_id) ' +
    'GROUP BY c.customer_id, c.region ORDER BY c.customer_id LIMIT 250',
  order_funnel:
    "SELECT step, n FROM (SELECT 1 AS ord, 'Orders placed' AS step, COUNT(*) AS n FROM orders " +
    "UNION ALL SELECT 2, 'Not cancelled', COUNT(*) FROM orders WHERE status <> 'cancelled' " +
    "UNION ALL SELECT 3, 'Completed', COUNT(*) FROM orders WHERE status = 'completed' " +
    "UNION ALL SELECT 4, 'Completed, 3 lines', COUNT(*) FROM orders o WHERE status = 'completed' AND " +
    '(SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.order_id) = 3) t ORDER BY ord',
  country_month:
    "SELECT date_trunc('month', o.order_date) AS month, c.country, ROUND(SUM(o.total_amount), 2) AS revenue " +
    "FROM orders o JOIN customers c USING (customer_id) WHERE o.order_date >= DATE '2025-01-01' " +
    'GROUP BY 1, 2 ORDER BY 1, 2',
  monthly_total:
    "SELECT date_trunc('month', order_date) AS month, ROUND(SUM(total_amount), 2) AS revenue, " +
    "1300000 AS target FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1",
};

type Enc = Record<string, unknown>;
const f = (field: string) => ({ field });
/** One chart per type: its SQL block, encodings and options. */
const CHARTS: { type: string; source: string; encodings: Enc; options?: Enc }[] = [
  {
    type: 'bar',
    source: 'by_category',
    encodings: { x: f('category'), y: f('revenue') },
    options: { format: 'currency', sort: 'descending' },
  },
  {
    type: 'groupedBar',
    source: 'region_segment',
    encodings: { x: f('region'), y: f('revenue'), color: f('segment') },
    options: { format: 'currency' },
  },
  {
    type: 'stackedBar',
    source: 'region_segment',
    encodings: { x: f('region'), y: f('revenue'), color: f('segment') },
    options: { format: 'currency', sort: 'descending' },
  },
  {
    type: 'horizontalBar',
    source: 'by_category',
    encodings: { x: f('category'), y: f('orders') },
    options: { sort: 'descending', topN: 4 },
  },
  {
    type: 'line',
    source: 'monthly_channel',
    encodings: { x: f('month'), y: f('revenue'), color: f('channel') },
    options: { format: 'currency', dateFormat: 'month' },
  },
  {
    type: 'area',
    source: 'monthly_total',
    encodings: { x: f('month'), y: f('revenue') },
    options: { format: 'currency' },
  },
  {
    type: 'stackedArea',
    source: 'country_month',
    encodings: { x: f('month'), y: f('revenue'), color: f('country') },
    options: { format: 'currency', yTitle: 'Revenue by country (12 series)' },
  },

  {
    type: 'scatter',
    source: 'customers_value',
    encodings: { x: f('orders'), y: f('revenue'), color: f('region') },
    options: { format: 'currency' },
  },
  {
    type: 'bubble',
    source: 'customers_value',
    encodings: { x: f('orders'), y: f('revenue'), size: f('avg_order'), color: f('region') },
    options: { palette: 'colorblind' },
  },
  {
    type: 'pie',
    source: 'by_category',
    encodings: { x: f('category'), y: f('revenue') },
    options: { topN: 5 },
  },
  {
    type: 'donut',
    source: 'region_segment',
    encodings: { x: f('region'), y: f('revenue') },
    options: { format: 'currency' },
  },
  {
    type: 'histogram',
    source: 'order_amounts',
    encodings: { x: f('total_amount') },
    options: { bins: 24, format: 'currency' },
  },
  {
    type: 'heatmap',
    source: 'monthly_channel',
    encodings: { x: f('month'), y: f('channel'), color: f('revenue') },
    options: { format: 'currency' },
  },
  {
    type: 'boxPlot',
    source: 'order_amounts',
    encodings: { x: f('channel'), y: f('total_amount') },
    options: { format: 'currency' },
  },
  { type: 'funnel', source: 'order_funnel', encodings: { x: f('step'), y: f('n') } },
  {
    type: 'combo',
    source: 'by_category',
    encodings: { x: f('category'), y: [f('revenue'), f('orders')] },
    options: { format: 'compact', yTitle: 'Revenue', y2Title: 'Orders' },
  },
  {
    type: 'bigNumber',
    source: 'monthly_total',
    encodings: { x: f('month'), y: [f('revenue'), f('target')] },
    options: { format: 'currency' },
  },
  {
    type: 'pivot',
    source: 'region_segment',
    encodings: { x: f('region'), y: f('revenue'), color: f('segment') },
    options: { format: 'currency' },
  },
];

/** Charts 3 and 2 columns wide: [title, type, x, w]. */
const NARROW: [string, string, number, number][] = [
  ['Narrow bar', 'bar', 0, 3],
  ['Narrow line', 'line', 3, 2],
];

/** How a block's body (and its chart) fit the block, and whether a chart's x-axis labels overlap. */
async function narrowFit(block: Locator) {
  // Runs in the page; this file is typed without the DOM library, hence the casts.
  type Box = { left: number; right: number };
  type Node = {
    scrollWidth: number;
    clientWidth: number;
    textContent: string | null;
    getBoundingClientRect(): Box;
    querySelector(selector: string): Node;
    querySelectorAll(selector: string): Iterable<Node>;
  };
  return block.evaluate((element) => {
    const el = element as unknown as Node;
    const body = el.querySelector('.block-body');
    const svg = el.querySelector('svg.chart') as Node | null;
    const actions = el.querySelector('button[aria-label="Block actions"]');
    const texts = [...el.querySelectorAll('svg.chart .axis-x text')];
    const labels = texts.map((t) => t.getBoundingClientRect());
    let overlappingTicks = 0;
    for (let i = 1; i < labels.length; i++)
      if (labels[i]!.left < labels[i - 1]!.right - 0.5) overlappingTicks++;
    return {
      sideways: body.scrollWidth - body.clientWidth,
      plotPastBody: svg
        ? Math.round(svg.getBoundingClientRect().right - body.getBoundingClientRect().right)
        : 0,
      actionsPastBlock: Math.round(actions.getBoundingClientRect().right - el.getBoundingClientRect().right),
      overlappingTicks,
      ticks: texts.map((t) => t.textContent ?? ''),
    };
  });
}

/** The chart block titled `Chart: <type>`. */
function chartBlock(page: Page, type: string): Locator {
  return page.locator('[data-block-type="CHART"]', {
    has: page.locator('.block-title', { hasText: new RegExp(`^Chart: ${type}$`) }),
  });
}

async function marksOf(block: Locator, type: string): Promise<number> {
  return block.locator(type === 'pivot' ? '.chart-pivot td.mark' : 'svg.chart .mark').count();
}

export const scenario: Scenario = {
  id: 'chart-vocabulary',
  title: 'one chart per type (18) on the demo data draws marks, light and dark, 1440 and 1024 px',
  requires: ['mutation.createCanvas', 'mutation.addBlock', 'query.runCanvasBlock'],
  async run({ platform, browser, shot, track }) {
    const { page, errors } = await watchedPage({ browser, track }, 'analyst');
    const user = newUser('Cleveland');
    await signUp(page, platform.baseUrl, user);
    const projectId = page.url().split('/p/')[1]!;

    // Build the canvas through the API.
    const token = await accessToken(platform.baseUrl, user);
    const { project } = await gql<{ project: { dataSources: { id: string; name: string }[] } }>(
      platform.baseUrl,
      'query($id: ID!) { project(id: $id) { dataSources { id name } } }',
      { id: projectId },
      token,
    );
    const demo = project.dataSources.find((s) => s.name === 'Acme Commerce');
    assert(demo, 'the project has the demo source');
    const { createCanvas } = await gql<{ createCanvas: { id: string } }>(
      platform.baseUrl,
      'mutation($input: CreateCanvasInput!) { createCanvas(input: $input) { id } }',
      { input: { projectId, name: 'Chart vocabulary' } },
      token,
    );
    const canvasId = createCanvas.id;
    const addBlock = async (type: string, position: object, content: object) =>
      (
        await gql<{ addBlock: { id: string } }>(
          platform.baseUrl,
          'mutation($input: AddBlockInput!) { addBlock(input: $input) { id } }',
          { input: { canvasId, type, position, content } },
          token,
        )
      ).addBlock.id;
    const rowsOfCharts = Math.ceil(CHARTS.length / 2);
    const sqlIds: Record<string, string> = {};
    let i = 0;
    for (const [name, sql] of Object.entries(SQL)) {
      sqlIds[name] = await addBlock(
        'SQL',
        { x: (i % 2) * 6, y: (rowsOfCharts + Math.floor(i / 2)) * 8, w: 6, h: 8 },
        { title: name, name, dataSourceId: demo.id, sql },
      );
      i += 1;
    }
    for (const [n, chart] of CHARTS.entries()) {
      await addBlock(
        'CHART',
        { x: (n % 2) * 6, y: Math.floor(n / 2) * 8, w: 6, h: 8 },
        {
          title: `Chart: ${chart.type}`,
          sourceBlockId: sqlIds[chart.source],
          chartType: chart.type,
          encodings: chart.encodings,
          aggregation: 'none',
          ...(chart.options ? { options: chart.options } : {}),
        },
      );
    }

    // Two narrow charts below the rest (3 and 2 of the 12 columns), over the monthly revenue.
    const belowAll = (rowsOfCharts + Math.ceil(Object.keys(SQL).length / 2)) * 8;
    for (const [title, chartType, x, w] of NARROW) {
      await addBlock(
        'CHART',
        { x, y: belowAll, w, h: 8 },
        {
          title,
          sourceBlockId: sqlIds.monthly_total,
          chartType,
          encodings: { x: f('month'), y: f('revenue') },
          aggregation: 'none',
        },
      );
    }

    // And a metric and a text block 2 columns wide beside them (the text with a long word).
    await addBlock(
      'METRIC',
      { x: 5, y: belowAll, w: 2, h: 4 },
      { title: 'Narrow metric', sourceBlockId: sqlIds.monthly_total, field: 'revenue', aggregate: 'sum' },
    );
    await addBlock(
      'TEXT',
      { x: 7, y: belowAll, w: 2, h: 4 },
      { title: 'Narrow text', markdown: `Read ${'averylongwordwithoutanybreak'.repeat(3)} first.` },
    );

    // Open it; every chart draws marks and none shows an error.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${platform.baseUrl}/canvas/${canvasId}`);
    await skipTour(page, 8_000);
    const counts: Record<string, number> = {};
    for (const { type } of CHARTS) {
      const block = chartBlock(page, type);
      await block.waitFor(SLOW);
      await block.scrollIntoViewIfNeeded();
      const marks = block.locator(type === 'pivot' ? '.chart-pivot td.mark' : 'svg.chart .mark');
      await marks.first().waitFor(SLOW);
      counts[type] = await marksOf(block, type);
      assert(counts[type] > 0, `the ${type} chart should draw marks`);
      assert(
        (await block.getByText(/could not be drawn|Something went wrong/i).count()) === 0,
        `the ${type} chart shows no error`,
      );
      if (type !== 'histogram' && type !== 'bigNumber') {
        const mark = marks.first();
        const field = await mark.getAttribute('data-mark-field');
        assert(field, `a ${type} mark carries data-mark-field`);
        assert(
          (await mark.getAttribute('data-mark-value')) !== null,
          `a ${type} mark carries data-mark-value`,
        );
        assert((await mark.getAttribute('tabindex')) === '0', `a ${type} mark is focusable`);
        assert(await mark.getAttribute('aria-label'), `a ${type} mark has an aria-label`);
      }
    }
    console.log(`  marks per type: ${JSON.stringify(counts)}`);

    // Legends never overlap: entries do not touch each other and end above the plot, also with
    // 12 series (the stacked area), where the rest folds into "+N more".
    for (const { type } of CHARTS) {
      const block = chartBlock(page, type);
      const items = await block.locator('svg.chart .legend > *').evaluateAll((nodes) =>
        nodes.map((n) => {
          const r = (
            n as unknown as {
              getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
            }
          ).getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      for (let a = 0; a < items.length; a++)
        for (let b = a + 1; b < items.length; b++) {
          const [p, q] = [items[a]!, items[b]!];
          const overlap =
            p.left < q.right - 0.5 &&
            q.left < p.right - 0.5 &&
            p.top < q.bottom - 0.5 &&
            q.top < p.bottom - 0.5;
          assert(!overlap, `${type}: legend entries ${a} and ${b} overlap`);
        }
      if (items.length === 0 || type === 'pie' || type === 'donut') continue;
      const legendBottom = Math.max(...items.map((r) => r.bottom));
      const plotTop = await block
        .locator('svg.chart .axis-y')
        .evaluate(
          (n) => (n as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top,
        );
      assert(
        legendBottom <= plotTop + 6,
        `${type}: the legend (bottom ${legendBottom}) ends above the plot (top ${plotTop})`,
      );
    }
    const more = await chartBlock(page, 'stackedArea').locator('svg.chart .legend-more').count();
    const shown = await chartBlock(page, 'stackedArea').locator('svg.chart .legend-item').count();
    assert(shown === 12 || more === 1, `12 series: all shown or the rest as "+N more" (shown ${shown})`);
    assert(counts.funnel === 4, `the funnel has 4 steps, found ${counts.funnel}`);
    assert(counts.pie === 5, `the pie folds its tail into Other (top 5), found ${counts.pie}`);
    assert(counts.horizontalBar === 4, `top-4 horizontal bars (3 + Other), found ${counts.horizontalBar}`);
    assert(counts.pivot === 4 * 3, `the pivot has 4 regions × 3 segments, found ${counts.pivot}`);
    assert(counts.boxPlot === 3, `one box per channel, found ${counts.boxPlot}`);
    assert(counts.combo === 12, `combo: 6 bars + 6 line points, found ${counts.combo}`);
    const pivotTotal = await chartBlock(page, 'pivot').locator('tfoot td.pivot-total').last().textContent();
    assert(pivotTotal && /\$/.test(pivotTotal), `the pivot shows a grand total in currency: ${pivotTotal}`);
    const stackedSeries = await chartBlock(page, 'stackedBar')
      .locator('svg.chart .mark[data-mark-series-field="segment"]')
      .count();
    assert(stackedSeries === counts.stackedBar, 'stacked bars carry their series field');

    // Screenshots: each chart block in light and dark, and the canvas at 1440 and 1024 px.
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(500);
        await chartBlock(page, CHARTS[0]!.type).scrollIntoViewIfNeeded();
        await shot(page, `canvas-${width}-${theme}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.waitForTimeout(400);
      for (const { type } of CHARTS) {
        const block = chartBlock(page, type);
        await block.scrollIntoViewIfNeeded();
        await page.waitForTimeout(120);
        await block.screenshot({ path: path.join(SCREENSHOTS, `chart-vocabulary-${type}-${theme}.png`) });
      }
      // the 1024 px layout of a few dense types
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForTimeout(400);
      for (const type of ['combo', 'stackedBar', 'heatmap', 'pivot']) {
        const block = chartBlock(page, type);
        await block.scrollIntoViewIfNeeded();
        // nothing in the block is wider than the block (a wide pivot scrolls inside it)
        const sideways = await block.evaluate((n) => {
          const el = n as unknown as { scrollWidth: number; clientWidth: number };
          return el.scrollWidth - el.clientWidth;
        });
        assert(sideways <= 1, `${type} at 1024 px: the block does not widen (${sideways} px)`);
        await page.waitForTimeout(120);
        await block.screenshot({
          path: path.join(SCREENSHOTS, `chart-vocabulary-${type}-1024-${theme}.png`),
        });
      }
    }

    // Narrow charts fit their block at 1440 and 1024 px: the toolbar wraps instead of widening the
    // body, the plot ends inside the block, and the dates on the x axis do not overlap.
    await page.evaluate(`document.documentElement.dataset.theme = 'light'`);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(400);
      for (const [title] of NARROW) {
        const block = blockTitled(page, 'CHART', title);
        await block.scrollIntoViewIfNeeded();
        await block.locator('svg.chart .mark').first().waitFor(SLOW);
        const fit = await narrowFit(block);
        assert(
          fit.sideways <= 1 && fit.plotPastBody <= 1,
          `${title} at ${width} px: the chart fits its block (body scrolls ${fit.sideways} px sideways, the chart ends ${fit.plotPastBody} px past it)`,
        );
        assert(
          fit.actionsPastBlock <= 0,
          `${title} at ${width} px: the Block actions button is in view (${fit.actionsPastBlock} px past the block)`,
        );
        assert(
          fit.overlappingTicks === 0,
          `${title} at ${width} px: x-axis labels overlap (${fit.ticks.join(' | ')})`,
        );
      }
      for (const [title, type] of [
        ['Narrow metric', 'METRIC'],
        ['Narrow text', 'TEXT'],
      ] as const) {
        const block = blockTitled(page, type, title);
        const fit = await narrowFit(block);
        assert(
          fit.sideways <= 1 && fit.actionsPastBlock <= 0,
          `${title} at ${width} px: the block fits (body scrolls ${fit.sideways} px sideways, Block actions ${fit.actionsPastBlock} px past the block)`,
        );
      }
      await shot(page, `narrow-${width}-light`);
    }

    // A mark reached with Tab shows its label as a tooltip.
    const grouped = chartBlock(page, 'groupedBar');
    await grouped.scrollIntoViewIfNeeded();
    const focused = grouped.locator('svg.chart .mark').first();
    await focused.focus();
    const label = await focused.getAttribute('aria-label');
    const tooltip = grouped.locator('.chart-tooltip');
    assert((await tooltip.textContent()) === label, `the focused mark's tooltip reads "${label}"`);
    assert(
      (await tooltip.evaluate((n) => (n as unknown as { style: { opacity: string } }).style.opacity)) === '1',
      'the tooltip shows',
    );
    await page.keyboard.press('Tab');
    assert(
      await grouped
        .locator('svg.chart .mark')
        .nth(1)
        .evaluate(
          (n) =>
            n === (n as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
        ),
      'Tab moves to the next mark',
    );
    await grouped.screenshot({ path: path.join(SCREENSHOTS, 'chart-vocabulary-focus-dark.png') });

    // Chart settings, by keyboard: every type is offered; switching the bar chart to Bar + line
    // and clearing its line says that a second measure is needed.
    await page.evaluate(`document.documentElement.dataset.theme = 'light'`);
    await page.setViewportSize({ width: 1440, height: 900 });
    const bar = chartBlock(page, 'bar');
    await bar.scrollIntoViewIfNeeded();
    await bar.getByRole('button', { name: '⚙ Chart' }).click();
    const picker = bar.getByRole('group', { name: 'Chart type' });
    await picker.waitFor();
    assert((await picker.getByRole('button').count()) === CHARTS.length, 'the settings offer every type');
    await picker.getByRole('button', { name: 'Bar + line' }).focus();
    await page.keyboard.press('Enter');
    await bar.locator('svg.chart[data-chart-type="combo"]').waitFor();
    await bar.getByLabel('Line (right axis)').selectOption({ label: '(choose)' });
    const problem = bar.getByRole('alert');
    await problem.waitFor();
    assert(/second measure/.test((await problem.textContent()) ?? ''), 'a combo without a line says so');
    await bar.screenshot({ path: path.join(SCREENSHOTS, 'chart-vocabulary-settings-light.png') });
    await bar.getByLabel('Line (right axis)').selectOption({ label: 'orders' });
    await problem.waitFor({ state: 'detached' });
    // the options, opened by keyboard: a top-N of 3 folds the rest into "Other" (3 bars + 3 points)
    await bar.getByText('Format, sorting and labels').focus();
    await page.keyboard.press('Enter');
    await bar.getByLabel('Top N (rest as “Other”)').fill('3');
    const comboMarks = bar.locator('svg.chart .mark');
    const deadline = Date.now() + 20_000;
    while ((await comboMarks.count()) !== 6 && Date.now() < deadline) await page.waitForTimeout(200);
    assert(
      (await comboMarks.count()) === 6,
      `top 3: 3 bars and 3 line points, found ${await comboMarks.count()}`,
    );
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      await page.waitForTimeout(300);
      await bar.screenshot({ path: path.join(SCREENSHOTS, `chart-vocabulary-options-${theme}.png`) });
    }

    assert(errors.length === 0, `no page errors: ${errors.join('\n')}`);
  },
};
