// 1. A new user signs up, opens the Sales overview template, runs a SQL block, and sees a chart
//    drawn as SVG with one mark per row of the SQL block it reads.
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

export const scenario: Scenario = {
  id: 'template-chart',
  title: 'sign up, Sales overview template, run SQL, chart marks',
  requires: ['mutation.requestSignUp', 'mutation.createCanvas', 'query.canvasTemplates', 'mutation.runQuery'],
  async run({ platform, browser, shot, track }) {
    const page = await (await newContext(browser)).newPage();
    track(page, 'user');
    await signUp(page, platform.baseUrl, newUser('Grace'));
    await page.getByText('Acme Commerce').first().waitFor();
    await shot(page, '1-project-home');
    await createCanvas(page, 'Sales overview');
    const sqlBlock = page.locator('[data-block-type="SQL"]', {
      has: page.locator('.block-title', { hasText: 'Revenue by category' }),
    });
    await sqlBlock.waitFor();
    await shot(page, '2-template-opened');

    // Run the SQL block with Ctrl+Enter in its editor, and wait for its result.
    await sqlBlock.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    const rowBadge = sqlBlock.getByTestId('row-count');
    await rowBadge.waitFor({ timeout: 60_000 });
    const rows = Number((await rowBadge.textContent())!.replace(/\D/g, ''));
    assert(rows === 6, `Revenue by category should have one row per category (6), got ${rows}`);

    // The chart reading it draws one bar per row, as SVG.
    const chart = page.locator('[data-block-type="CHART"]', {
      has: page.locator('.block-title', { hasText: 'Revenue by category' }),
    });
    const marks = chart.locator('svg.chart .mark');
    await marks.first().waitFor({ timeout: 30_000 });
    const count = await marks.count();
    assert(count === rows, `expected ${rows} bars in the chart, found ${count}`);
    assert(
      (await chart.locator('svg.chart rect.mark').count()) === rows,
      'the category chart should draw bars (rect marks)',
    );

    const monthly = page.locator('[data-block-type="CHART"]', {
      has: page.locator('.block-title', { hasText: 'Revenue by month' }),
    });
    await monthly.locator('svg.chart .mark').first().waitFor({ timeout: 30_000 });
    const points = await monthly.locator('svg.chart .mark').count();
    assert(points === 24, `Revenue by month should plot 24 months (2024–2025), found ${points}`);
    await shot(page, '3-chart-drawn');
  },
};
