// Every screen of the web app, for looking at: `node --import tsx e2e/browser/screens.ts [filter]`.
// Starts the real platform (as the browser suite does), signs up a new user, creates a canvas from
// the Sales overview template, and saves each screen at 1440 and 1024 px in light and dark to
// e2e/screenshots/screens/<screen>-<width>-<theme>.png. Not a test: it fails only when a screen
// cannot be reached, and prints any page error it saw.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createCanvas, launchBrowser, newUser, SCREENSHOTS, signUp, skipTour } from './support/browser.ts';
import { startPlatform } from './support/platform.ts';

const OUT = path.join(SCREENSHOTS, 'screens');
const WIDTHS = [1440, 1024] as const;
const THEMES = ['light', 'dark'] as const;
const filter = process.argv[2];

interface Screen {
  name: string;
  path: string;
  /** Waited for before the picture is taken. */
  ready?: (page: Page) => Promise<unknown>;
}

mkdirSync(OUT, { recursive: true });
const platform = await startPlatform();
const browser = await launchBrowser();
const errors: string[] = [];
let saved = 0;

async function capture(page: Page, screen: Screen): Promise<void> {
  if (filter && !screen.name.includes(filter)) return;
  for (const theme of THEMES) {
    await page.evaluate(`localStorage.setItem('tessera.theme', '${theme}')`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${platform.baseUrl}${screen.path}`);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await screen.ready?.(page).catch((e: Error) => errors.push(`${screen.name}: ${e.message}`));
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${screen.name}-${width}-${theme}.png`) });
      saved++;
    }
  }
}

try {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(platform.baseUrl);
  for (const screen of [
    { name: 'landing', path: '/' },
    { name: 'login', path: '/login' },
    { name: 'signup', path: '/signup' },
  ]) {
    await capture(page, screen);
  }

  await page.setViewportSize({ width: 1440, height: 900 });
  await signUp(page, platform.baseUrl, newUser('Screens'));
  const project = new URL(page.url()).pathname;
  const canvasId = await createCanvas(page, 'Sales overview', 'Screens tour');
  await page.goto(`${platform.baseUrl}${project}/data`);
  await page.getByText('Acme Commerce').first().click();
  await page.waitForURL(/\/data\/[^/]+$/, { timeout: 10_000 }).catch(() => undefined);
  const sourcePath = new URL(page.url()).pathname;
  const sourceHref = /\/data\/(?!upload$)[^/]+$/.test(sourcePath) ? sourcePath : null;

  const blocks = (p: Page) =>
    p.locator('.canvas-block, [data-block-id]').first().waitFor({ timeout: 20_000 });
  // A canvas with a panel, dialog or menu open: the canvas toolbar's button of that name.
  const canvasWith = (button: string) => async (p: Page) => {
    await blocks(p);
    await skipTour(p, 1_000);
    await p.getByRole('button', { name: button, exact: true }).first().click();
    await p.waitForTimeout(600);
  };

  // Publish every block and make a share link, as the publish-report scenario does.
  await page.goto(`${platform.baseUrl}/canvas/${canvasId}`);
  await blocks(page);
  await skipTour(page, 3_000);
  await page
    .getByRole('toolbar', { name: 'Canvas' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await dialog.getByText(/Version 1 is live/).waitFor({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Create a share link' }).click();
  const reportHref = await dialog.getByTestId('published-link').getAttribute('href');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const report = reportHref ? new URL(reportHref).pathname : null;
  const reportReady = (p: Page) => p.getByTestId('report').waitFor({ timeout: 30_000 });
  const screens: Screen[] = [
    { name: 'project-home', path: project },
    { name: 'canvas', path: `/canvas/${canvasId}`, ready: blocks },
    ...['Comments', 'History', 'Activity', 'Schedules', 'Publish', 'Share', 'Block actions'].map(
      (button) => ({
        name: `canvas-${button.toLowerCase().replace(/\W+/g, '-')}`,
        path: `/canvas/${canvasId}`,
        ready: canvasWith(button),
      }),
    ),
    ...(report
      ? [
          { name: 'report', path: report, ready: reportReady },
          { name: 'report-print', path: `${report}?print=1`, ready: reportReady },
        ]
      : []),
    { name: 'query-editor', path: `${project}/query` },
    { name: 'data-sources', path: `${project}/data` },
    { name: 'data-upload', path: `${project}/data/upload` },
    ...(sourceHref ? [{ name: 'data-source', path: sourceHref }] : []),
    { name: 'saved-queries', path: `${project}/saved` },
    { name: 'query-history', path: `${project}/history` },
    { name: 'usage', path: '/usage' },
    { name: 'members', path: '/members' },
    { name: 'outbox', path: '/settings/outbox' },
    { name: 'canvas-not-found', path: '/canvas/00000000-0000-4000-8000-000000000000' },
    { name: 'page-not-found', path: '/no-such-page' },
  ];
  for (const screen of screens) await capture(page, screen);
  await context.close();
  console.log(`${saved} screenshots in ${path.relative(process.cwd(), OUT)}`);
  if (errors.length) console.log(`page errors:\n${errors.map((e) => `  ${e}`).join('\n')}`);
} finally {
  await browser.close();
  await platform.stop();
}
