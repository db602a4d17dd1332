// 4. A share link opened in a fresh context (through its short link) shows the published canvas
// read-only and offers no editing; the owner then sees that view in the embed usage.
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

export const scenario: Scenario = {
  id: 'share-link',
  title: 'a share link shows the canvas read-only in a fresh context',
  requires: ['mutation.createShareLink', 'query.sharedCanvas', 'query.runSharedBlock'],
  async run({ platform, browser, shot, track }) {
    const owner = await (await newContext(browser)).newPage();
    track(owner, 'owner');
    await signUp(owner, platform.baseUrl, newUser('Olga'));
    await createCanvas(owner, 'Sales overview', 'Shared overview');
    // Links serve the latest publication (T3): publish first.
    await owner
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
    await owner
      .getByRole('dialog')
      .getByText(/Version 1 is live/)
      .waitFor();
    await owner.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await owner.getByRole('button', { name: 'Share' }).click();
    await owner.getByRole('button', { name: 'Create link' }).click();
    const url = await owner.getByLabel('Share link URL').inputValue();
    assert(/\/embed\/[^/]+$/.test(url), `unexpected share URL ${url}`);
    const short = await owner.getByLabel('Short link').inputValue();
    assert(/\/s\/[0-9A-Za-z]{12}$/.test(short), `unexpected short link ${short}`);
    const snippet = await owner.getByLabel('Embed snippet').inputValue();
    assert(
      snippet.includes('<iframe') && snippet.includes(new URL(short).pathname),
      'the embed snippet is an iframe of the short link',
    );
    await shot(owner, '1-share-dialog');

    // The short link opens the same embed (the gateway redirects /s/<code> to /embed/<token>).
    const viewer = await (await newContext(browser)).newPage();
    track(viewer, 'viewer');
    await viewer.goto(`${platform.baseUrl}${new URL(short).pathname}`);
    assert(
      new URL(viewer.url()).pathname === new URL(url).pathname,
      `the short link lands on the embed, got ${viewer.url()}`,
    );
    await viewer.locator('[data-block-type="CHART"] svg.chart .mark').first().waitFor({ timeout: 60_000 });
    assert((await viewer.locator('.topbar').count()) === 0, 'the embed shows no app chrome');
    assert(
      (await viewer.getByRole('button', { name: /^Add( .*)? block$/ }).count()) === 0,
      'no add-block buttons',
    );
    assert((await viewer.locator('.block-resize').count()) === 0, 'no resize handles');
    assert((await viewer.locator('.cm-content[contenteditable="true"]').count()) === 0, 'no editable SQL');
    await shot(viewer, '2-embed-read-only');

    // The owner sees that view in the share dialog's embed usage.
    const usage = owner.getByRole('region', { name: 'Embed usage per viewer' });
    for (let i = 0; i < 10 && !(await usage.isVisible()); i++) {
      await owner.getByRole('button', { name: 'Refresh' }).click();
      await owner.waitForTimeout(500);
    }
    await usage.getByRole('rowheader', { name: /Share link of/ }).waitFor();
    await shot(owner, '3-embed-usage');
  },
};
