// `@tessera/testing/browser`: the platform as a process and Debian's Chromium through
// playwright-core, for the browser suite (e2e/browser) and the web benchmark (bench/web).
import { chromium, type Browser } from 'playwright-core';

export { ensureWebBuilt, root, startPlatform, type Platform } from './platform-process.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
