// Follow mode, live pointers, the activity feed and a block's history (issue 22). Maya and Ben
// edit one Sales overview canvas. Ben clicks Maya's avatar: "Following Maya"; Maya adds a block at
// the bottom and scrolls to it, and Ben's canvas scrolls with her; Maya's pointer shows on Ben's
// canvas with her name. Maya saves a version, edits the SQL of "Revenue by month"; the activity
// feed says "Maya edited Revenue by month"; the block's History (Block actions) shows the changed
// SQL as a line diff; "Restore block" brings the old SQL back. Escape stops following.
// Screenshots in light and dark at 1440 and 1024 px.
import type { Locator, Page } from 'playwright-core';
import { LIVE, twoEditorsOnOneCanvas } from './support/collab.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

const SLOW = { timeout: 60_000 };
const MARK = '-- reviewed by Maya';

const scrollTop = (page: Page) =>
  page.evaluate(`document.querySelector('.canvas-scroll').scrollTop`) as Promise<number>;

async function until(page: Page, what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`${what} (waited ${ms / 1000} s)`);
}

function revenueBlock(page: Page): Locator {
  return page.locator('[data-block-type="SQL"]', {
    has: page.locator('.block-title', { hasText: 'Revenue by month' }),
  });
}

export const scenario: Scenario = {
  id: 'follow-mode',
  title: 'follow mode moves the follower, pointers show, the feed and block history follow edits',
  requires: ['mutation.createCanvas', 'mutation.inviteMember', 'mutation.restoreCanvasBlock'],
  async run({ platform, browser, shot, track }) {
    const pair = await twoEditorsOnOneCanvas(
      { platform, browser, track },
      { owner: 'Maya', guest: 'Ben', template: 'Sales overview', canvasName: 'Follow me', skipTour: true },
    );
    if ('skip' in pair) return pair;
    const { owner: maya, guest: ben, errors } = pair;
    for (const page of [maya, ben]) await page.setViewportSize({ width: 1440, height: 900 });

    // Ben follows Maya.
    await ben.getByRole('button', { name: 'Follow Maya' }).click(SLOW);
    await ben.getByTestId('follow-bar').filter({ hasText: 'Following Maya' }).waitFor();
    await ben.waitForTimeout(1000);
    const benBefore = await scrollTop(ben);

    // Maya adds a block at the bottom and scrolls down to it: Ben's viewport moves with hers.
    await addBlock(maya, 'Text');
    await maya.keyboard.type('Notes far below');
    // Every key reached the new block, whether its editor's code had loaded yet or not.
    await maya.getByTestId('markdown').filter({ hasText: 'Notes far below' }).waitFor(LIVE);
    await maya.evaluate(
      `(() => { const s = document.querySelector('.canvas-scroll'); s.scrollTop = s.scrollHeight; })()`,
    );
    const mayaTop = await scrollTop(maya);
    assert(mayaTop > benBefore + 300, `Maya scrolled down (${mayaTop}px, Ben at ${benBefore}px)`);
    await until(
      ben,
      `Ben's viewport did not follow Maya's (Ben at ${benBefore}px, Maya at ${mayaTop}px)`,
      async () => (await scrollTop(ben)) > Math.max(benBefore + 150, mayaTop / 2),
    );

    // Maya's pointer shows on Ben's canvas, with her name.
    const box = (await maya.locator('.canvas-grid').boundingBox())!;
    await maya.mouse.move(box.x + box.width / 2, box.y + mayaTop + 200);
    await maya.mouse.move(box.x + box.width / 2 + 40, box.y + mayaTop + 230, { steps: 5 });
    const pointer = ben.locator('[data-testid="remote-pointer"][data-user="Maya"]');
    await pointer.waitFor(LIVE);
    await shot(ben, '1-ben-follows-maya');

    // Escape stops following: Maya scrolls back up, Ben stays.
    await ben.keyboard.press('Escape');
    await ben.getByTestId('follow-bar').waitFor({ state: 'detached' });
    const benTop = await scrollTop(ben);
    await maya.evaluate(`document.querySelector('.canvas-scroll').scrollTop = 0`);
    await ben.waitForTimeout(1500);
    const benAfter = await scrollTop(ben);
    assert(
      Math.abs(benAfter - benTop) < 5,
      `after Escape Ben no longer follows Maya (Ben at ${benTop}px, then ${benAfter}px; Maya at 0)`,
    );

    // Maya saves a version, then edits the SQL of "Revenue by month".
    await maya.getByRole('button', { name: 'History', exact: true }).click();
    await maya.getByLabel('Version name').fill('Before review');
    await maya.getByRole('button', { name: 'Save version' }).click();
    await maya.getByRole('button', { name: /Before review/ }).waitFor();
    await maya.getByRole('button', { name: 'Close panel' }).click();
    const editor = revenueBlock(maya).locator('.cm-content');
    await editor.click();
    await maya.keyboard.press('Control+End');
    await maya.keyboard.type(`\n${MARK}`);
    await until(maya, 'the SQL edit did not land', async () =>
      ((await editor.textContent()) ?? '').includes(MARK),
    );

    // The activity feed (Ben's) says so, once the edit is stored.
    await ben.getByRole('button', { name: 'Activity' }).click();
    const feed = ben.getByTestId('activity-feed');
    await feed.getByText('edited Revenue by month').waitFor(SLOW);
    assert(
      (
        (await feed.locator('li', { hasText: 'edited Revenue by month' }).first().textContent()) ?? ''
      ).includes('Maya'),
      'the feed names Maya as the editor',
    );
    await shot(ben, '2-activity-feed');

    // The block's History (Block actions → History) shows the changed SQL as a line diff.
    await revenueBlock(maya).getByRole('button', { name: 'Block actions' }).click();
    await maya.getByRole('menuitem', { name: 'History' }).click();
    await maya.getByTestId('block-history').filter({ hasText: 'Revenue by month' }).waitFor();
    await maya.getByRole('button', { name: /Before review/ }).click();
    const diff = maya.getByTestId('version-diff');
    await diff.waitFor();
    const added = diff.locator('.diff-added', { hasText: MARK });
    await added.waitFor();
    await shot(maya, '3-block-history-diff');

    // Restoring the block brings the old SQL back (for Ben too).
    await diff.getByRole('button', { name: /Restore Revenue by month from version/ }).click();
    await until(
      maya,
      'the restore did not bring back the old SQL',
      async () => !((await editor.textContent()) ?? '').includes(MARK),
    );
    const benEditor = revenueBlock(ben).locator('.cm-content');
    await until(
      ben,
      "Ben still sees Maya's edit",
      async () => !((await benEditor.textContent()) ?? '').includes(MARK),
    );
    await feed.getByText(/restored Revenue by month from version/).waitFor(SLOW);

    // Screens: Ben following Maya (pointer, bar) and Maya's history, light and dark, 1440 and 1024.
    await maya.getByRole('button', { name: 'All blocks' }).click();
    await ben.getByRole('button', { name: 'Follow Maya' }).click();
    await ben.getByTestId('follow-bar').waitFor();
    for (const theme of ['light', 'dark'] as const) {
      for (const page of [maya, ben])
        await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      for (const width of [1440, 1024]) {
        await maya.setViewportSize({ width, height: 900 });
        await ben.setViewportSize({ width, height: 900 });
        const view = (await maya.locator('.canvas-scroll').boundingBox())!;
        await maya.mouse.move(view.x + view.width / 3, view.y + 200, { steps: 3 });
        await maya.mouse.move(view.x + view.width / 3 + 30, view.y + 230, { steps: 3 });
        await pointer.waitFor(LIVE);
        await ben.waitForTimeout(400);
        await shot(ben, `4-ben-following-${width}-${theme}`);
        await shot(maya, `5-maya-history-${width}-${theme}`);
      }
    }
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
