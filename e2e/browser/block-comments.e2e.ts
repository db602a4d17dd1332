// 11. Comments on blocks (issue 22): Alice comments on a block through its "Block actions" menu and
//     mentions Bob, who sees the block's comment pin appear live and the mention in his inbox; the
//     chosen mention is a chip (never the raw `@[Name](id)` markup) in the box and in the comment;
//     Bob's reply threads under Alice's comment on her screen live; Bob's resolve shows on Alice's
//     panel without a reload, and her reopen on his. Screenshots in light and dark at 1440 and 1024 px.
import type { Page } from 'playwright-core';
import {
  createCanvas,
  newContext,
  newUser,
  signUp,
  skipTour,
  watchErrors,
  type TestUser,
} from './support/browser.ts';
import { LIVE, isLive } from './support/collab.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

async function graphql<T>(page: Page, baseUrl: string, query: string, variables: object, token?: string) {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  assert(body.data, `${query.slice(0, 40)}… failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function inviteByApi(page: Page, baseUrl: string, owner: TestUser, email: string): Promise<void> {
  const { logIn } = await graphql<{
    logIn: { accessToken: string; user: { memberships: { organization: { id: string } }[] } };
  }>(
    page,
    baseUrl,
    'mutation($i: LogInInput!) { logIn(input: $i) { accessToken user { memberships { organization { id } } } } }',
    { i: { email: owner.email, password: owner.password } },
  );
  const organizationId = logIn.user.memberships[0]!.organization.id;
  await graphql(
    page,
    baseUrl,
    'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status } }',
    { i: { organizationId, email, role: 'EDITOR' } },
    logIn.accessToken,
  );
}

export const scenario: Scenario = {
  id: 'block-comments',
  title: 'a comment on a block reaches another user live; replies thread; mentions are chips and notify',
  requires: [
    'mutation.addComment',
    'mutation.resolveComment',
    'mutation.reopenComment',
    'mutation.markCommentsRead',
    'query.commentStats',
    'query.notifications',
    'subscription.commentAdded',
    'subscription.commentUpdated',
    'subscription.notificationAdded',
  ],
  async run({ platform, browser, shot, track }) {
    const alice = await (await newContext(browser)).newPage();
    const bob = await (await newContext(browser)).newPage();
    track(alice, 'alice');
    track(bob, 'bob');
    const errors: string[] = [];
    watchErrors(alice, 'alice', errors);
    watchErrors(bob, 'bob', errors);
    const bobUser = newUser('Bob');
    const aliceUser = newUser('Alice');
    await signUp(alice, platform.baseUrl, aliceUser);
    const canvasId = await createCanvas(alice, 'Blank', 'Review');
    if (!(await isLive(alice)))
      return { skip: 'the collab server is not reachable at ws /collab through the gateway' };
    await addBlock(alice, 'SQL');
    const aliceBlock = alice.locator('[data-block-type="SQL"]').first();
    await aliceBlock.waitFor();
    const blockId = await aliceBlock.getAttribute('data-block-id');
    assert(blockId, 'the SQL block has an id');

    // Alice invites Bob to the organization (through the API: the share dialog has its own
    // scenario); Bob signs up with the invited email and opens the canvas.
    await inviteByApi(alice, platform.baseUrl, aliceUser, bobUser.email);
    await signUp(bob, platform.baseUrl, bobUser);
    await bob.goto(`${platform.baseUrl}/canvas/${canvasId}`);
    assert(await isLive(bob), 'Bob could not open the canvas live');
    const bobBlock = bob.locator(`[data-block-id="${blockId}"]`);
    await bobBlock.waitFor();
    // Bob's subscriptions (graphql-ws) connect with the page; let them settle.
    await bob.waitForTimeout(1_500);

    // Alice: Block actions → Comment opens that block's thread.
    await aliceBlock.getByRole('button', { name: 'Block actions' }).click();
    await alice.getByRole('menuitem', { name: 'Comment' }).click();
    const alicePanel = alice.getByRole('complementary', { name: 'Comments' });
    await alicePanel.getByRole('button', { name: 'This block', pressed: true }).waitFor();

    // A chosen mention is a chip, never raw markup.
    const box = alicePanel.getByLabel('New comment');
    await box.click();
    await alice.keyboard.type('Can you check the join, @Bo', { delay: 15 });
    await alicePanel.getByRole('option', { name: '@Bob' }).waitFor();
    await alice.keyboard.press('Enter');
    await alice.keyboard.type('please?', { delay: 15 });
    const typed = await box.inputValue();
    assert(
      typed === 'Can you check the join, @Bob please?',
      `the box shows the mention as "@Bob", not markup: ${JSON.stringify(typed)}`,
    );
    const inputChip = alicePanel.locator('.mention-input .mention-chip');
    assert((await inputChip.textContent()) === '@Bob', 'the chosen mention is drawn as a chip in the box');
    await shot(alice, '1-mention-chip-in-box');
    await alicePanel.getByRole('button', { name: 'Comment', exact: true }).click();
    const aliceThread = alicePanel.getByRole('article', { name: 'Thread by Alice' });
    await aliceThread.waitFor(LIVE);
    const shownChip = aliceThread.locator('.comment-body .mention-chip');
    assert((await shownChip.textContent()) === '@Bob', 'the shown comment draws the mention as a chip');
    assert(
      !(await aliceThread.textContent())?.includes('@['),
      'no raw @[Name](id) markup in the shown comment',
    );
    assert((await box.inputValue()) === '', 'the box is empty after sending (no leftover text or markup)');

    // Bob: the block's pin appears live, with the comment unread for him.
    const badge = bobBlock.getByTestId('block-comment-badge');
    await badge.waitFor(LIVE);
    const badgeLabel = await badge.getAttribute('aria-label');
    assert(badgeLabel === '1 open comment, 1 unread', `Bob's pin says one open, unread: ${badgeLabel}`);
    await shot(bob, '2-pin-appears-live');

    // Bob's inbox lists the mention (live: notificationAdded) and links to the block's thread.
    const inboxButton = bob.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await inboxButton.waitFor(LIVE);
    await inboxButton.click();
    const mentionItem = bob.getByRole('menuitem', { name: /Alice mentioned you/ });
    await mentionItem.waitFor();
    assert(
      (await mentionItem.textContent())?.includes('Can you check the join, @Bob please?'),
      'the inbox item quotes the comment with the mention as @Bob',
    );
    await shot(bob, '3-inbox-mention');
    await mentionItem.click();
    const bobPanel = bob.getByRole('complementary', { name: 'Comments' });
    const bobThread = bobPanel.getByRole('article', { name: 'Thread by Alice' });
    await bobThread.waitFor(LIVE);
    assert(
      (await bobThread.locator('.comment-body .mention-chip').textContent()) === '@Bob',
      'Bob sees the mention as a chip',
    );
    // Opening the thread read it: the pin keeps the open count, without "unread".
    await bobBlock.getByRole('button', { name: '1 open comment' }).waitFor(LIVE);
    await bob.getByRole('button', { name: 'Notifications', exact: true }).waitFor(LIVE);

    // Bob replies; the reply threads under Alice's comment on her screen, live.
    await bobThread.getByRole('button', { name: 'Reply' }).click();
    await bobThread.getByLabel('Reply').fill('Fixed: it was joining on the wrong key.');
    await bobThread.getByRole('button', { name: 'Send reply' }).click();
    await aliceThread
      .getByRole('list', { name: 'Replies' })
      .getByText('Fixed: it was joining on the wrong key.')
      .waitFor(LIVE);
    await shot(alice, '4-reply-threads-live');

    // Bob resolves; Alice's panel shows it without a reload. Alice reopens; Bob's shows that.
    await bobThread.getByRole('button', { name: 'Resolve' }).click();
    await aliceThread.getByText('Resolved', { exact: true }).waitFor(LIVE);
    await aliceThread.getByRole('button', { name: 'Reopen' }).waitFor(LIVE);
    await shot(alice, '5-resolved-by-bob-live');
    await aliceThread.getByRole('button', { name: 'Reopen' }).click();
    await bobThread.getByRole('button', { name: 'Resolve' }).waitFor(LIVE);
    await shot(bob, '6-reopened-by-alice-live');

    // Light and dark at 1440 and 1024 px: Alice's panel on the block, Bob's inbox.
    for (const theme of ['light', 'dark'] as const) {
      for (const page of [alice, bob]) {
        await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
        await page.goto(`${platform.baseUrl}/canvas/${canvasId}?comments=${blockId}`);
        await page
          .getByRole('complementary', { name: 'Comments' })
          .getByRole('article')
          .first()
          .waitFor(LIVE);
      }
      for (const width of [1440, 1024]) {
        await alice.setViewportSize({ width, height: 900 });
        await bob.setViewportSize({ width, height: 900 });
        await alice.waitForTimeout(300);
        await shot(alice, `7-panel-${width}-${theme}`);
        await bob.getByRole('button', { name: /^Notifications/ }).click();
        await bob.getByRole('menuitem', { name: /Alice/ }).first().waitFor();
        await shot(bob, `8-inbox-${width}-${theme}`);
        await bob.keyboard.press('Escape');
      }
    }
    // The mention reached Bob by email too: without SMTP_URL the platform keeps it in the
    // organization's outbox (Settings → Outbox), with a link to the block's thread.
    await alice.goto(`${platform.baseUrl}/settings/outbox`);
    const mail = alice.getByText(`Alice mentioned you on “Review”`).first();
    await mail.waitFor(LIVE);
    await shot(alice, '9-mention-email-in-outbox');

    // A comment on a chart's data point: select a bar, "Comment", the thread keeps field = value.
    await alice.goto(`${platform.baseUrl}/`);
    await alice.waitForURL(/\/p\//);
    await createCanvas(alice, 'Sales overview', 'Points');
    await skipTour(alice);
    const chart = alice
      .locator('[data-block-type="CHART"]', { has: alice.locator('svg.chart [data-mark-field]') })
      .first();
    const mark = chart.locator('svg.chart [data-mark-field]').nth(1);
    await mark.waitFor({ timeout: 90_000 });
    const field = (await mark.getAttribute('data-mark-field'))!;
    const value = (await mark.getAttribute('data-mark-value'))!;
    await mark.click();
    await chart
      .getByRole('group', { name: 'Selected mark' })
      .getByRole('button', { name: 'Comment' })
      .click();
    const pointPanel = alice.getByRole('complementary', { name: 'Comments' });
    await pointPanel.getByText(`${field} = ${value}`).first().waitFor();
    await pointPanel.getByLabel('New comment').fill('Why is this one so high?');
    await pointPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await pointPanel
      .getByRole('article', { name: 'Thread by Alice' })
      .locator('.comment-anchor', { hasText: `${field} = ${value}` })
      .waitFor(LIVE);
    await shot(alice, '10-comment-on-a-data-point');
    assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  },
};
