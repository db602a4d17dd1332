// Debian's Chromium driven by playwright-core, plus the small helpers every scenario uses.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { root } from '@tessera/testing/browser';

export { CHROMIUM, launchBrowser } from '@tessera/testing/browser';
export const SCREENSHOTS = path.join(root, 'e2e/screenshots');

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
}

/** Saves `e2e/screenshots/<scenario>-<step>.png`. */
export async function shot(page: Page, scenario: string, step: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${scenario}-${step}.png`.replace(/[^\w.-]+/g, '-'));
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface TestUser {
  email: string;
  password: string;
  name: string;
}

let counter = 0;
export function newUser(name: string): TestUser {
  return {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '')}-${Date.now()}-${counter++}@example.com`,
    password: 'a-long-password-1',
  };
}

/** Signs up through the UI and waits for the project home. */
export async function signUp(
  page: Page,
  baseUrl: string,
  user: TestUser,
  organization = `${user.name}'s company`,
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('Work email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Organization').fill(organization);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL(/\/p\/[^/]+$/, { timeout: 30_000 });
}

/** Creates a canvas from the project home ("blank" or a template name) and waits for it to open. */
export async function createCanvas(page: Page, template: string, name?: string): Promise<string> {
  await page.getByRole('button', { name: '+ New canvas' }).click();
  await page.getByRole('radio', { name: template }).check();
  if (name) await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create canvas' }).click();
  await page.waitForURL(/\/canvas\/[^/]+$/, { timeout: 30_000 });
  return page.url().split('/canvas/')[1]!;
}

/** Closes the onboarding tour when it shows within `ms` (template canvases show it). */
export async function skipTour(page: Page, ms = 10_000): Promise<void> {
  const tour = page.getByRole('button', { name: 'Skip tour' });
  await tour.waitFor({ timeout: ms }).then(
    () => tour.click(),
    () => undefined,
  );
}

/** Collects page errors so a scenario can fail on them. */
export function watchErrors(page: Page, label: string, sink: string[]): void {
  page.on('pageerror', (error) => sink.push(`${label}: ${error.message}`));
}

/**
 * A page in a fresh context (1440×900), tracked for the runner's failure screenshots as `label`,
 * whose page errors go to `errors` (a new list unless one is shared between pages).
 */
export async function watchedPage(
  { browser, track }: { browser: Browser; track: (page: Page, label: string) => void },
  label: string,
  errors: string[] = [],
): Promise<{ page: Page; errors: string[] }> {
  const page = await (await newContext(browser)).newPage();
  track(page, label);
  watchErrors(page, label, errors);
  return { page, errors };
}
