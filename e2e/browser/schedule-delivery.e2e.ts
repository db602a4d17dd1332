// 9. Keeping it fresh (T4): an editor publishes the Sales overview, schedules it by email with a
//    cron preset and a time zone, runs it now, sees the delivery reach Sent in the history, and
//    finds the email with the PDF attached under Settings · Outbox (the platform has no SMTP_URL).
import { createCanvas, newContext, newUser, signUp, watchErrors } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

export const scenario: Scenario = {
  id: 'schedule-delivery',
  title: 'schedule a published canvas by email, run it now, see it delivered and in the outbox',
  requires: [
    'mutation.publishCanvas',
    'mutation.createSchedule',
    'mutation.runScheduleNow',
    'query.canvasDeliveries',
    'query.mailOutbox',
  ],
  async run({ platform, browser, shot, track }) {
    const errors: string[] = [];
    const user = newUser('Sam');
    const page = await (await newContext(browser)).newPage();
    track(page, 'editor');
    watchErrors(page, 'editor', errors);
    await signUp(page, platform.baseUrl, user);
    await createCanvas(page, 'Sales overview', 'Weekly sales');
    await page.locator('[data-block-type="CHART"]').first().waitFor({ timeout: 30_000 });

    const toolbar = page.getByRole('toolbar', { name: 'Canvas' });
    await toolbar.getByRole('button', { name: 'Publish', exact: true }).click();
    const publish = page.getByRole('dialog');
    await publish.getByRole('button', { name: 'Publish', exact: true }).click();
    await publish.getByText(/Version 1 is live/).waitFor({ timeout: 30_000 });
    await publish.getByRole('button', { name: 'Done' }).click();

    await toolbar.getByRole('button', { name: 'Schedules', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedules and alerts' });
    await dialog.getByText('No schedules yet').waitFor({ timeout: 15_000 });
    const form = dialog.getByRole('form', { name: 'New schedule' });
    await form.getByLabel('Runs').selectOption('0 9 * * 1');
    await form.getByLabel('Time zone').fill('Europe/Paris');
    // A bad address is refused by the server, on its row.
    await form.getByLabel('Destination 1 email address').fill('not-an-email');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    await form.getByText(/is not an email address/).waitFor({ timeout: 15_000 });
    await form.getByLabel('Destination 1 email address').fill(user.email);
    await shot(page, '1-schedule-form');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    const item = dialog.getByRole('list', { name: 'Schedules' }).getByRole('listitem');
    await item.filter({ hasText: 'Mondays at 09:00' }).waitFor({ timeout: 15_000 });
    assert((await item.innerText()).includes('Europe/Paris'), 'the schedule shows its time zone');

    await item.getByRole('button', { name: 'Run now' }).click();
    await dialog.getByRole('tab', { name: 'Deliveries' }).click();
    const row = dialog.getByTestId('delivery-row').first();
    await row.waitFor({ timeout: 15_000 });
    await row.getByText('Sent', { exact: true }).first().waitFor({ timeout: 120_000 });
    assert((await row.innerText()).includes(user.email.toLowerCase()), 'the delivery names its destination');
    await shot(page, '2-delivery-sent');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Settings · Outbox' }).click();
    const message = page.getByTestId('outbox-message').filter({ hasText: 'Weekly sales' }).first();
    await message.waitFor({ timeout: 15_000 });
    const text = await message.innerText();
    assert(text.includes(user.email.toLowerCase()), `the outbox email is to the destination: ${text}`);
    assert(/\.pdf/.test(text), `the outbox email has the PDF attached: ${text}`);
    await shot(page, '3-outbox');
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
