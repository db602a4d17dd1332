// 5. Ask turns "revenue by month in 2025" into SQL that runs and charts; the usage page then
//    counts the accepted suggestion.
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

export const scenario: Scenario = {
  id: 'ask-sql',
  title: 'Ask: "revenue by month in 2025" → SQL that runs and charts',
  requires: ['mutation.generateSql', 'mutation.createCanvas'],
  async run({ platform, browser, shot, track }) {
    const page = await (await newContext(browser)).newPage();
    track(page, 'user');
    await signUp(page, platform.baseUrl, newUser('Alan'));
    await createCanvas(page, 'Blank', 'Ask');
    await addBlock(page, 'SQL');
    await page.getByRole('button', { name: '✦ Ask' }).click();
    await page.getByLabel('Question').fill('revenue by month in 2025');
    await page.getByRole('button', { name: 'Generate SQL' }).click();
    await page.getByTestId('sql-diff').waitFor({ timeout: 60_000 });
    await page.getByTestId('ai-confidence').waitFor();
    await shot(page, '1-proposal');
    await page.getByRole('button', { name: 'Accept & run' }).click();
    const rows = page.locator('[data-block-type="SQL"]').getByTestId('row-count');
    await rows.waitFor({ timeout: 60_000 });
    assert(Number((await rows.textContent())!.replace(/\D/g, '')) === 12, 'twelve months of 2025');
    await addBlock(page, 'Chart');
    await page.locator('[data-block-type="CHART"] svg.chart .mark').first().waitFor({ timeout: 30_000 });
    await shot(page, '2-charted');

    // The owner's usage page: the suggestion just accepted is counted.
    await page.getByRole('link', { name: 'Usage' }).click();
    const accepted = page.locator('.tile', { hasText: 'AI suggestions accepted' });
    await accepted.getByText('1 of 1 (100%)').waitFor({ timeout: 30_000 });
    await shot(page, '3-usage');
  },
};
