// 3. A comment added in one context appears in the other without a reload.
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import type { Scenario } from './support/scenario.ts';

export const scenario: Scenario = {
  id: 'live-comments',
  title: 'a comment appears in another context without a reload',
  requires: ['mutation.addComment', 'query.comments', 'subscription.commentAdded'],
  async run({ platform, browser, shot, track }) {
    const first = await (await newContext(browser)).newPage();
    const second = await (await newContext(browser)).newPage();
    track(first, 'first');
    track(second, 'second');
    const user = newUser('Ines');
    await signUp(first, platform.baseUrl, user);
    const canvasId = await createCanvas(first, 'Blank', 'Review');
    await second.goto(`${platform.baseUrl}/login`);
    await second.getByLabel('Email').fill(user.email);
    await second.getByLabel('Password').fill(user.password);
    await second.getByRole('button', { name: 'Log in' }).click();
    await second.waitForURL(/\/p\//);
    await second.goto(`${platform.baseUrl}/canvas/${canvasId}`);
    for (const page of [first, second]) await page.getByRole('button', { name: 'Comments' }).click();
    // The second page's subscription (graphql-ws) connects when its panel opens; let it settle so
    // the event is delivered live rather than racing the socket handshake.
    await second.waitForTimeout(1_500);
    const body = `Numbers look right ${Date.now()}`;
    await first.getByLabel('New comment').fill(body);
    await first.getByRole('button', { name: 'Comment', exact: true }).click();
    await second.getByText(body).waitFor({ timeout: 15_000 });
    await shot(first, '1-added');
    await shot(second, '2-appeared-live');
  },
};
