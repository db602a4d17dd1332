// Two people on one live canvas: the setup the collaboration scenarios share (live-collaboration,
// follow-mode, per-person-view) and the checks around it (is the canvas live).
import type { Page } from 'playwright-core';
import { createCanvas, newUser, signUp, skipTour, watchedPage } from './browser.ts';
import { assert, type ScenarioContext } from './scenario.ts';

/** How long a live change (presence, a Y.Doc update, a subscription) may take to show. */
export const LIVE = { timeout: 15_000 };

/** True once the canvas is connected to the collab server and synced; false after `LIVE`. */
export async function isLive(page: Page): Promise<boolean> {
  return page
    .locator('[data-testid="canvas"][data-live="true"][data-synced="true"]')
    .waitFor(LIVE)
    .then(
      () => true,
      () => false,
    );
}

/** From an open canvas, invites `email` to the whole organization as an editor (the share dialog). */
export async function inviteEditorToOrganization(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Share' }).click();
  // The share dialog gives people this canvas; inviting to the whole organization is folded below it.
  await page.getByText('Invite someone to the whole organization instead').click();
  const invite = page.locator('.share-invite');
  await invite.getByLabel('Invite to the organization by email').fill(email);
  await invite.getByLabel('Role').selectOption('EDITOR');
  await invite.getByRole('button', { name: 'Invite' }).click();
  await page.getByRole('status').filter({ hasText: 'invited' }).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
}

export interface TwoEditors {
  /** The one who signs up first, creates the canvas and invites the guest. */
  owner: Page;
  /** Signed up with the invited email, an editor, on the same canvas. */
  guest: Page;
  canvasId: string;
  /** Page errors of both pages (labelled with the names), for the scenario to assert empty. */
  errors: string[];
}

/**
 * `owner` signs up, creates a canvas from `template` named `canvasName` and, once it is live,
 * invites `guest` as an editor; `guest` signs up with that email and opens the same canvas, which
 * must be live for them too. Both pages are tracked (screenshots on failure) under the lower-case
 * names. Returns a skip when the owner's canvas never goes live (no collab server).
 */
export async function twoEditorsOnOneCanvas(
  { platform, browser, track }: Pick<ScenarioContext, 'platform' | 'browser' | 'track'>,
  opts: { owner: string; guest: string; template: string; canvasName: string; skipTour?: boolean },
): Promise<TwoEditors | { skip: string }> {
  const { page: owner, errors } = await watchedPage({ browser, track }, opts.owner.toLowerCase());
  const { page: guest } = await watchedPage({ browser, track }, opts.guest.toLowerCase(), errors);
  const guestUser = newUser(opts.guest);
  await signUp(owner, platform.baseUrl, newUser(opts.owner));
  const canvasId = await createCanvas(owner, opts.template, opts.canvasName);
  if (!(await isLive(owner)))
    return { skip: 'the collab server is not reachable at ws /collab through the gateway' };
  if (opts.skipTour) await skipTour(owner);

  await inviteEditorToOrganization(owner, guestUser.email);
  await signUp(guest, platform.baseUrl, guestUser);
  await guest.goto(`${platform.baseUrl}/canvas/${canvasId}`);
  assert(
    await isLive(guest),
    `${opts.guest} could not open the canvas live (is the invitation accepted on sign-up?)`,
  );
  if (opts.skipTour) await skipTour(guest);
  return { owner, guest, canvasId, errors };
}
