// 8. Block anatomy: a one-line 300-character query wraps in its SQL block and leaves its result,
//    Run button and row count in view at 1440 and 1024 px (nothing scrolls sideways); the
//    "Block actions" menu renames, duplicates and deletes, with the mouse and with the keyboard
//    (menu-button pattern), and opens on right-click of the header. A text block typed into before
//    its editor's code has loaded keeps every key.
import type { Locator, Page } from 'playwright-core';
import { createCanvas, newUser, signUp, watchedPage } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

const LONG_SQL =
  'SELECT p.category, COUNT(DISTINCT oi.order_id) AS orders, SUM(oi.quantity) AS units, ' +
  'ROUND(SUM(oi.quantity * oi.unit_price * (1 - oi.discount)), 2) AS revenue FROM order_items oi ' +
  'JOIN products p ON p.product_id = oi.product_id WHERE oi.quantity > 0 AND oi.unit_price >= 0 ' +
  'GROUP BY p.category ORDER BY revenue DESC';

/** The element lies inside the window and inside the block (not clipped away, not scrolled off). */
async function inView(page: Page, block: Locator, target: Locator, what: string, width: number) {
  const [box, frame] = await Promise.all([target.boundingBox(), block.boundingBox()]);
  const viewport = page.viewportSize()!;
  assert(box && frame, `${what} should be on the page at ${width} px`);
  const inside =
    box.x >= frame.x - 1 &&
    box.y >= frame.y - 1 &&
    box.x + box.width <= frame.x + frame.width + 1 &&
    box.y + box.height <= frame.y + frame.height + 1 &&
    box.x + box.width <= viewport.width &&
    box.x >= 0;
  assert(
    inside,
    `${what} should be in view inside its block at ${width} px: ${JSON.stringify(box)} in block ${JSON.stringify(frame)}`,
  );
}

async function titles(page: Page): Promise<string[]> {
  return page.locator('[data-block-type="SQL"] .block-title').allTextContents();
}

export const scenario: Scenario = {
  id: 'block-anatomy',
  title: 'a 300-character query stays readable at 1440 and 1024 px; Block actions rename, duplicate, delete',
  requires: ['mutation.requestSignUp', 'mutation.createCanvas', 'mutation.runQuery'],
  async run({ platform, browser, shot, track }) {
    const { page, errors } = await watchedPage({ browser, track }, 'analyst');
    await signUp(page, platform.baseUrl, newUser('Ada'));
    await createCanvas(page, 'Blank', 'Block anatomy');
    await addBlock(page, 'SQL');
    const block = page.locator('[data-block-type="SQL"]').first();
    await block.waitFor();

    // One long line, run.
    assert(LONG_SQL.length >= 300 && !LONG_SQL.includes('\n'), 'the query is one line of 300+ characters');
    await block.locator('.cm-content').click();
    await page.keyboard.insertText(LONG_SQL);
    await page.keyboard.press('Control+Enter');
    const rowCount = block.getByTestId('row-count');
    await rowCount.waitFor({ timeout: 90_000 });

    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: width === 1440 ? 900 : 768 });
      await page.waitForTimeout(400);
      await block.scrollIntoViewIfNeeded();
      const sideways = await block.evaluate((el) =>
        [el, el.querySelector('.block-body'), el.querySelector('.cm-scroller')].map((e) =>
          e ? e.scrollWidth - e.clientWidth : 0,
        ),
      );
      assert(
        sideways.every((d) => d <= 1),
        `nothing in the block may scroll sideways at ${width} px (overflow ${sideways.join(', ')} px)`,
      );
      await inView(page, block, block.getByRole('button', { name: /Run/ }), 'the Run button', width);
      await inView(page, block, rowCount, 'the row count', width);
      await inView(page, block, block.getByRole('gridcell').first(), 'the first result cell', width);
      await shot(page, `1-long-query-${width}`);
      // The canvas toolbar keeps to one line (its actions behind one "Add" menu), and that menu works
      // from the keyboard: Enter opens it on its first item, Escape closes it back onto its button.
      const toolbarHeight = await page.locator('.canvas-toolbar').evaluate((el) => el.clientHeight);
      assert(toolbarHeight < 64, `the canvas toolbar is one line at ${width} px (${toolbarHeight} px high)`);
      const addMenu = page.getByRole('button', { name: 'Add block' });
      await addMenu.focus();
      await page.keyboard.press('Enter');
      const first = page.getByRole('menuitem', { name: 'SQL', exact: true });
      await first.waitFor();
      assert(
        await first.evaluate((el) => el.ownerDocument.activeElement === el),
        'Enter opens the Add menu on its first item',
      );
      await shot(page, `1-add-menu-${width}`);
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      assert(
        await addMenu.evaluate((el) => el.ownerDocument.activeElement === el),
        'Escape closes the Add menu onto its button',
      );
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    // Rename with the mouse: Block actions → Rename, type, Enter.
    await block.getByRole('button', { name: 'Block actions' }).click();
    const menu = page.getByRole('menu', { name: 'Block actions' });
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Rename' }).click();
    await block.getByLabel('Block title').fill('Orders by category');
    await page.keyboard.press('Enter');
    await block.locator('.block-title', { hasText: 'Orders by category' }).waitFor();
    assert(
      (await block.locator('.block-name').textContent()) === 'orders_by_category',
      'the block name follows its new title',
    );
    await shot(page, '2-renamed');

    // Duplicate by keyboard: focus the menu button, Enter opens on Rename, ArrowDown, Enter.
    const actions = block.getByRole('button', { name: 'Block actions' });
    await actions.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor();
    // Strings, not callbacks: this file is typed without the DOM library (they run in the page).
    const focused = async () => String(await page.evaluate("document.activeElement?.textContent ?? ''"));
    assert((await focused()).startsWith('Rename'), 'Enter opens the menu on its first item');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    assert(
      await actions.evaluate((el) => el.ownerDocument.activeElement === el),
      'Escape closes the menu and focus returns to the Block actions button',
    );
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.keyboard.press('ArrowDown');
    assert((await focused()).startsWith('Duplicate'), 'ArrowDown moves to Duplicate');
    await page.keyboard.press('Enter');
    await page.locator('[data-block-type="SQL"]').nth(1).waitFor();
    const afterDuplicate = await titles(page);
    assert(
      afterDuplicate.includes('Orders by category') && afterDuplicate.includes('Orders by category (copy)'),
      `Duplicate adds "Orders by category (copy)", found ${JSON.stringify(afterDuplicate)}`,
    );
    const copy = page.locator('[data-block-type="SQL"]', {
      has: page.locator('.block-title', { hasText: 'Orders by category (copy)' }),
    });
    assert(
      (await copy.locator('.block-name').textContent()) === 'orders_by_category_2',
      'the copy gets a name of its own',
    );
    assert(
      (await copy.locator('.cm-content').textContent())?.includes('GROUP BY p.category'),
      'the copy has the same SQL',
    );
    await shot(page, '3-duplicated');

    // Delete the copy by keyboard: ArrowUp opens the menu on its last item (Delete).
    await copy.getByRole('button', { name: 'Block actions' }).focus();
    await page.keyboard.press('ArrowUp');
    await menu.waitFor();
    assert((await focused()).startsWith('Delete'), 'ArrowUp opens the menu on Delete');
    await page.keyboard.press('Enter');
    await copy.waitFor({ state: 'detached' });
    assert((await titles(page)).length === 1, 'Delete removes the copy');
    // Undo brings it back; the mouse deletes it again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await copy.waitFor();
    await copy.locator('.block-header').click({ button: 'right' });
    await menu.waitFor();
    await shot(page, '4-context-menu');
    await menu.getByRole('menuitem', { name: 'Delete' }).click();
    await copy.waitFor({ state: 'detached' });
    const remaining = await titles(page);
    assert(
      remaining.length === 1 && remaining[0] === 'Orders by category',
      `only the renamed block remains, found ${JSON.stringify(remaining)}`,
    );
    await shot(page, '5-deleted');

    // A text block added and typed into before its editor's code has arrived keeps every key, and
    // the editor, once there, carries on at the caret.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/markdown-editor-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await addBlock(page, 'Text');
    await page.keyboard.type('Typed early');
    const text = page.locator('[data-block-type="TEXT"]');
    await text.getByTestId('markdown').filter({ hasText: 'Typed early' }).waitFor();
    assert((await text.locator('.cm-content').count()) === 0, "the editor's code was held back");
    await shot(page, '6-text-before-editor');
    release();
    await text.locator('.cm-content').waitFor();
    await page.keyboard.type(', then more');
    await text.getByTestId('markdown').filter({ hasText: 'Typed early, then more' }).waitFor();
    await page.unroute('**/assets/markdown-editor-*.js');
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  },
};
