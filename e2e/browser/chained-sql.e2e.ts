// Chained SQL in the editor (issue 21, canvas-model R33–R36): on the Sales overview template, a
// block b reads {{revenue_by_category}} (a) and a block c reads b. b and c show "Runs on block
// results" instead of a data source; each header links what it uses and what uses it (a link
// selects and focuses the block, by mouse or keyboard); re-running a re-runs b then c; renaming b
// in its header rewrites c's reference, and c still runs. Screenshots light and dark, 1440 and 1024.
import type { Locator, Page } from 'playwright-core';
import { addBlock, blockTitled, waitForRows } from './support/blocks.ts';
import { createCanvas, newUser, signUp, skipTour, watchedPage } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

const SLOW = { timeout: 60_000 };

/** Adds an SQL block, types `sql` and runs it; the new block's locator (by id) and name. */
async function addSqlBlock(page: Page, sql: string): Promise<{ block: Locator; id: string; name: string }> {
  const before = await page
    .locator('[data-block-type="SQL"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-id')));
  await addBlock(page, 'SQL');
  let id: string | null = null;
  for (let i = 0; i < 40 && !id; i++) {
    const now = await page
      .locator('[data-block-type="SQL"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-id')));
    id = now.find((x) => !before.includes(x)) ?? null;
    if (!id) await page.waitForTimeout(100);
  }
  assert(id, 'a new SQL block appears');
  const block = page.locator(`[data-block-id="${id}"]`);
  await block.locator('.cm-content').click();
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
  const name = (await block.locator('.block-name').textContent())!.trim();
  return { block, id, name };
}

export const scenario: Scenario = {
  id: 'chained-sql',
  title: 'a → b → c: "runs on block results", uses/used-by links, re-run cascades, rename rewrites',
  requires: ['mutation.createCanvas', 'query.runCanvasBlock'],
  async run({ platform, browser, shot, track }) {
    const { page, errors } = await watchedPage({ browser, track }, 'analyst');
    const chained: string[] = [];
    // runCanvasBlock calls, in order (urql sends queries as GET or POST).
    page.on('request', (request) => {
      if (!request.url().includes('/graphql')) return;
      const url = new URL(request.url());
      const body = request.postData();
      const payload = body
        ? (JSON.parse(body) as { operationName?: string; query?: string; variables?: { blockId?: string } })
        : {
            operationName: url.searchParams.get('operationName') ?? '',
            query: url.searchParams.get('query') ?? '',
            variables: JSON.parse(url.searchParams.get('variables') ?? '{}') as { blockId?: string },
          };
      const named = payload.operationName === 'RunCanvasBlock' || payload.query?.includes('runCanvasBlock');
      if (named && payload.variables?.blockId) chained.push(payload.variables.blockId);
    });
    await signUp(page, platform.baseUrl, newUser('Chain'));
    const canvasId = await createCanvas(page, 'Sales overview', 'Chained SQL');
    await skipTour(page);

    const a = blockTitled(page, 'SQL', 'Revenue by category');
    await a.getByTestId('row-count').waitFor(SLOW);
    await waitForRows(page, a, 6, 'revenue_by_category');

    const b = await addSqlBlock(
      page,
      'SELECT category, revenue FROM {{revenue_by_category}} ORDER BY revenue DESC LIMIT 3',
    );
    await waitForRows(page, b.block, 3, 'b, reading {{revenue_by_category}}');
    const c = await addSqlBlock(page, `SELECT count(*) AS categories FROM {{${b.name}}}`);
    await waitForRows(page, c.block, 1, 'c, reading b');

    // b and c run on block results: no data source picker.
    for (const [label, block] of [
      ['b', b.block],
      ['c', c.block],
    ] as const) {
      await block.getByText('Runs on block results').waitFor();
      assert((await block.getByLabel('Data source').count()) === 0, `${label} has no data source picker`);
    }
    assert((await a.getByLabel('Data source').count()) === 1, 'a keeps its data source picker');

    // uses / used by links in the headers.
    const links = (block: Locator, group: string) =>
      block.locator('.block-header').getByRole('group', { name: new RegExp(`^${group} `) });
    await links(b.block, 'Uses').getByRole('button', { name: 'revenue_by_category' }).waitFor();
    await links(b.block, 'Used by').getByRole('button', { name: c.name }).waitFor();
    await links(a, 'Used by').getByRole('button', { name: b.name }).waitFor();
    // Following a link (keyboard) focuses the block it names.
    await links(c.block, 'Uses').getByRole('button', { name: b.name }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      `document.activeElement && document.activeElement.getAttribute('data-block-id') === '${b.id}'`,
    );
    await shot(page, '1-links');

    // Re-running a re-runs b, then c.
    chained.length = 0;
    await a.getByRole('button', { name: '▶ Run' }).click();
    // The progress shows in a while its dependents run (too brief to wait for on an idle machine).
    await a
      .locator('.dependents-progress')
      .waitFor({ timeout: 5_000 })
      .then(
        () => shot(page, '1b-dependents-progress'),
        () => undefined,
      );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(chained.includes(b.id) && chained.includes(c.id)))
      await page.waitForTimeout(100);
    assert(
      chained.indexOf(b.id) >= 0 && chained.indexOf(c.id) > chained.indexOf(b.id),
      `re-running a re-runs b then c (runCanvasBlock calls: ${JSON.stringify(chained)})`,
    );
    await waitForRows(page, c.block, 1, 'c after the cascade');
    // c runs on one source through its chain: one stored run, so its rows can be exported.
    await c.block
      .getByRole('button', { name: /Export/ })
      .and(c.block.locator(':enabled'))
      .waitFor(SLOW);

    // Renaming b in its header rewrites c's reference; c still runs.
    await b.block.getByRole('button', { name: 'Block actions' }).click();
    await page.getByRole('menu', { name: 'Block actions' }).waitFor();
    await shot(page, '1c-block-actions');
    await page.getByRole('menu', { name: 'Block actions' }).getByRole('menuitem', { name: 'Rename' }).click();
    const nameInput = b.block.getByLabel('Block name');
    await nameInput.fill('top_categories');
    await nameInput.press('Enter');
    await c.block.locator('.cm-content', { hasText: '{{top_categories}}' }).waitFor();
    await links(c.block, 'Uses').getByRole('button', { name: 'top_categories' }).waitFor();
    await c.block.getByRole('button', { name: '▶ Run' }).click();
    await c.block
      .locator('.run-badge.failed')
      .waitFor({ state: 'detached', timeout: 1_000 })
      .catch(() => undefined);
    await waitForRows(page, c.block, 1, 'c after b was renamed');
    assert(
      (await c.block.locator('[role="gridcell"]').first().textContent())?.trim() === '3',
      'c counts b’s 3 rows after the rename',
    );

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
      await page.goto(`${platform.baseUrl}/canvas/${canvasId}?theme=${theme}#block-${b.id}`);
      await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      await waitForRows(page, c.block, 1, `c after a reload (${theme})`);
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await b.block.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await shot(page, `2-chain-${width}-${theme}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
