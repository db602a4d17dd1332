// The canvas assistant: in a canvas, ask a question that needs a clarification ("churned"), answer
// it, keep the answer, and see a chart drawn from data; then a SQL block with a broken query →
// "Fix with AI" → Apply → it runs.
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

export const scenario: Scenario = {
  id: 'ask-canvas',
  title: 'Ask the canvas: clarification → answer → chart with data; Fix with AI repairs a broken query',
  requires: ['mutation.askCanvas', 'mutation.fixSql', 'mutation.createCanvas'],
  async run({ platform, browser, shot, track }) {
    const page = await (await newContext(browser)).newPage();
    track(page, 'user');
    await signUp(page, platform.baseUrl, newUser('Ada'));
    await createCanvas(page, 'Blank', 'Ask the canvas');

    await page.getByRole('button', { name: 'Ask AI', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Ask the canvas assistant' });
    await panel
      .getByLabel('Question for the canvas')
      .fill('how many customers churned by country as a chart');
    await panel.getByRole('button', { name: 'Ask', exact: true }).click();
    const clarification = panel.getByTestId('ask-clarification');
    await clarification.waitFor({ timeout: 60_000 });
    assert((await clarification.textContent())!.includes('What does "churned" mean'), 'it asks about churn');
    assert((await page.locator('[data-block-type]').count()) === 0, 'a clarification adds nothing');
    await shot(page, '1-clarification');

    // The readings are in people's words; choose one that is a coded value (it can be saved).
    const reading = clarification.getByRole('button', { name: /whose segment is/ }).first();
    await reading.click();
    const answer = panel.getByTestId('ask-answer');
    await answer.waitFor({ timeout: 60_000 });
    assert((await answer.textContent())!.includes('Added an SQL block'), 'the answer says what it added');
    await page.locator('[data-block-type="CHART"] svg.chart .mark').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-block-type="SQL"]').first().waitFor();
    await shot(page, '2-answer');

    await panel.getByRole('button', { name: 'Save to glossary' }).click();
    await panel.getByText(/Saved: “churned” now means segment =/).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Keep' }).click();
    await panel.waitFor({ state: 'detached' });
    const marks = await page.locator('[data-block-type="CHART"] svg.chart .mark').count();
    assert(marks > 1, `the chart draws one mark per country (${marks})`);
    await page.getByRole('button', { name: 'Explain this chart' }).first().click();
    const explanation = page.getByTestId('chart-explanation').first();
    await explanation.waitFor({ timeout: 30_000 });
    assert(/bar chart of .* by /.test((await explanation.textContent()) ?? ''), 'the chart is explained');
    await shot(page, '3-chart-explained');

    // Fix with AI: a broken query in a new SQL block, repaired and run.
    const before = await page.locator('[data-block-type="SQL"]').count();
    await addBlock(page, 'SQL');
    const block = page.locator('[data-block-type="SQL"]').nth(before);
    await block.locator('.cm-content').click();
    await page.keyboard.insertText('SELECT categroy, count(*) FROM prodcts GROUP BY 1');
    await block.getByRole('button', { name: /Run/ }).click();
    await block.getByRole('button', { name: /Fix with AI/ }).click({ timeout: 60_000 });
    const fix = block.getByTestId('fix-with-ai');
    await fix.waitFor({ timeout: 60_000 });
    await shot(page, '4-fix-proposed');
    await fix.getByRole('button', { name: 'Apply' }).click();
    const rows = block.getByTestId('row-count');
    await rows.waitFor({ timeout: 60_000 });
    assert(Number((await rows.textContent())!.replace(/\D/g, '')) > 0, 'the repaired query returns rows');
    await shot(page, '5-fixed');
  },
};
