// Per-person views (issue 22): Alice and Bob edit one Sales overview canvas. Alice picks a region:
// her view changes (the SQL block's parameters, her "your view" badge), Bob's does not; Alice
// clicks "Share my view" and Bob's Region and the blocks it feeds change; Bob's own choice stays
// his until "Reset to shared view". Alice's cross-filter chip is hers alone until she shares it. Screenshots in light
// and dark at 1440 and 1024 px.
import type { Locator, Page } from 'playwright-core';
import { LIVE, twoEditorsOnOneCanvas } from './support/collab.ts';
import { assert, type Scenario } from './support/scenario.ts';

const SLOW = { timeout: 60_000 };

/** The first result cell of the "Revenue by month" SQL block (its revenue for the first month). */
function firstRevenue(page: Page): Locator {
  return page
    .locator('[data-block-type="SQL"]', {
      has: page.locator('.block-title', { hasText: 'Revenue by month' }),
    })
    .locator('[role="gridcell"]')
    .nth(1);
}

async function textChanges(page: Page, cell: Locator, from: string, what: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const now = (await cell.textContent().catch(() => null)) ?? '';
    if (now && now !== from) return now;
    await page.waitForTimeout(250);
  }
  throw new Error(`${what}: the value stayed ${from}`);
}

export const scenario: Scenario = {
  id: 'per-person-view',
  title: "one user's filter change does not change another's view until Share my view",
  requires: ['mutation.createCanvas', 'mutation.inviteMember', 'query.runCanvasBlock'],
  async run({ platform, browser, shot, track }) {
    const pair = await twoEditorsOnOneCanvas(
      { platform, browser, track },
      { owner: 'Alice', guest: 'Bob', template: 'Sales overview', canvasName: 'Regions', skipTour: true },
    );
    if ('skip' in pair) return pair;
    const { owner: alice, guest: bob, errors } = pair;

    const aliceRegion = alice.getByRole('combobox', { name: 'Region' });
    const bobRegion = bob.getByRole('combobox', { name: 'Region' });
    await firstRevenue(alice).waitFor(SLOW);
    await firstRevenue(bob).waitFor(SLOW);
    const allRegions = (await firstRevenue(bob).textContent())!;
    assert((await bobRegion.inputValue()) === 'All', 'Bob starts on the shared default (All)');

    // Alice picks Europe: her blocks re-run; Bob's Region and numbers stay.
    await aliceRegion.selectOption('Europe');
    const europe = await textChanges(alice, firstRevenue(alice), allRegions, "Alice's revenue for Europe");
    await alice.getByText('your view').first().waitFor();
    await alice.getByRole('button', { name: 'Share my view' }).waitFor();
    await bob.waitForTimeout(3_000);
    assert((await bobRegion.inputValue()) === 'All', "Alice's choice must not change Bob's Region");
    assert(
      (await firstRevenue(bob).textContent()) === allRegions,
      "Alice's choice must not change Bob's numbers",
    );
    await shot(alice, '1-alice-picked-europe');
    await shot(bob, '2-bob-unchanged');

    // Alice shares her view: Bob's Region and numbers follow.
    await alice.getByRole('button', { name: 'Share my view' }).click();
    const deadline = Date.now() + 15_000;
    while ((await bobRegion.inputValue()) !== 'Europe' && Date.now() < deadline)
      await bob.waitForTimeout(200);
    assert((await bobRegion.inputValue()) === 'Europe', "Share my view sets Bob's Region to Europe");
    const bobEurope = await textChanges(bob, firstRevenue(bob), allRegions, "Bob's revenue after the share");
    assert(bobEurope === europe, `Bob sees Alice's shared numbers (${europe}), got ${bobEurope}`);
    await alice.getByRole('button', { name: 'Share my view' }).waitFor({ state: 'detached' });
    await shot(bob, '3-bob-after-share');

    // Bob's own choice is his until he resets to the shared view.
    await bobRegion.selectOption('Asia Pacific');
    await bob.getByText('your view').first().waitFor();
    await alice.waitForTimeout(2_000);
    assert((await aliceRegion.inputValue()) === 'Europe', "Bob's choice must not change Alice's Region");
    await bob.getByRole('button', { name: 'Reset to shared view' }).click();
    assert((await bobRegion.inputValue()) === 'Europe', 'Reset to shared view brings back the shared Region');

    // A cross-filter is the person's own too.
    const chart = alice.locator('[data-block-type="CHART"]', {
      has: alice.locator('.block-title', { hasText: 'Revenue by category' }),
    });
    await chart.locator('svg.chart [data-mark-field]').first().waitFor(SLOW);
    await chart.locator('svg.chart [data-mark-field]').first().click();
    await alice.getByTestId('xf-chip').waitFor();
    await bob.waitForTimeout(2_000);
    assert((await bob.getByTestId('xf-chip').count()) === 0, "Alice's cross-filter is not on Bob's canvas");
    // Until Alice shares her view: then Bob sees her cross-filter too, and can drop it for himself.
    await alice.getByRole('button', { name: 'Share my view' }).click();
    const chipValue = (await alice.getByTestId('xf-chip').textContent())!.replace('×', '').trim();
    await bob.getByTestId('xf-chip').filter({ hasText: chipValue }).waitFor(LIVE);
    await shot(bob, '3b-bob-sees-shared-cross-filter');
    await bob.getByRole('button', { name: /^Remove filter/ }).click();
    await bob.getByTestId('xf-chip').waitFor({ state: 'detached' });
    await bob.getByText('cross-filters only in your view').waitFor();
    await alice.waitForTimeout(1_000);
    assert((await alice.getByTestId('xf-chip').count()) === 1, "Bob's removal is his own");
    await bob.getByRole('button', { name: 'Reset to shared view' }).click();
    await bob.getByTestId('xf-chip').waitFor();

    await alice.getByRole('combobox', { name: 'Region' }).selectOption('Latin America');
    for (const theme of ['light', 'dark'] as const) {
      for (const page of [alice, bob]) {
        await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      }
      for (const width of [1440, 1024]) {
        await alice.setViewportSize({ width, height: 900 });
        await bob.setViewportSize({ width, height: 900 });
        await alice.waitForTimeout(300);
        await shot(alice, `4-alice-own-view-${width}-${theme}`);
        await shot(bob, `5-bob-shared-view-${width}-${theme}`);
      }
    }
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
