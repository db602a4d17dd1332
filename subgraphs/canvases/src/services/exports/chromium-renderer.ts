import type { Logger } from '@tessera/logger';
import { chromium, type Browser, type Page } from 'playwright-core';

export type RenderFormat = 'PDF' | 'PNG';

export interface PageRenderer {
  /** Opens `url` (a viewer's report page), waits until every block has rendered, returns the file. */
  render(url: string, format: RenderFormat): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ChromiumRendererOptions {
  executablePath: string;
  logger: Logger;
  /** Whole render budget per file. */
  timeoutMs: number;
  /** PDF paper size. */
  paper?: 'A4' | 'Letter';
}

// Evaluated in the page (strings: this package has no DOM types). The report is ready when no
// skeleton is left (runs answered, lazy charts loaded) — or when the page shows a final state.
const RENDERED = `(() => {
  if (window.__tesseraPending !== 0 || Date.now() - window.__tesseraLastFetch < 250) return false;
  const root = document.querySelector('main.report-page');
  if (!root || root.getAttribute('role') === 'status') return false;
  if (root.querySelector('.report-state')) return 'state';
  if (!root.querySelector('[data-testid="report"]')) return root.querySelector('.empty-state') ? 'empty' : false;
  if (root.querySelector('.skeleton, [aria-busy="true"]')) return false;
  return 'report';
})()`;
// Counts the page's fetches in flight (GraphQL: the publication, then each block's run).
const COUNT_FETCHES = `(() => {
  let pending = 0;
  window.__tesseraLastFetch = Date.now();
  const original = window.fetch.bind(window);
  window.fetch = (...args) => {
    pending++;
    return original(...args).finally(() => { pending--; window.__tesseraLastFetch = Date.now(); });
  };
  Object.defineProperty(window, '__tesseraPending', { get: () => pending });
})()`;
const SETTLED = `document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))`;

/** Waits until every block of the report has rendered, its fonts loaded and a frame painted. */
async function waitUntilRendered(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(RENDERED, undefined, { timeout: timeoutMs, polling: 100 });
  await page.evaluate(SETTLED);
}

export function createChromiumRenderer(options: ChromiumRendererOptions): PageRenderer {
  const log = options.logger.child({ component: 'export-renderer' });
  let browser: Promise<Browser> | undefined;

  function browserOnce(): Promise<Browser> {
    browser ??= chromium
      .launch({
        executablePath: options.executablePath,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
      })
      .then((b) => {
        b.on('disconnected', () => {
          browser = undefined;
        });
        return b;
      })
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  }

  return {
    async render(url, format) {
      const started = Date.now();
      const context = await (
        await browserOnce()
      ).newContext({
        viewport: { width: 1280, height: 900 },
        deviceScaleFactor: format === 'PNG' ? 2 : 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      try {
        const page = await context.newPage();
        await page.addInitScript(COUNT_FETCHES);
        page.setDefaultTimeout(options.timeoutMs);
        if (format === 'PDF') await page.emulateMedia({ media: 'print' });
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
        await waitUntilRendered(page, Math.max(1_000, options.timeoutMs - (Date.now() - started)));
        const file =
          format === 'PDF'
            ? await page.pdf({
                format: options.paper ?? 'A4',
                printBackground: true,
                margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' },
                displayHeaderFooter: true,
                headerTemplate: '<span></span>',
                footerTemplate:
                  '<div style="font-size:8px;width:100%;text-align:right;padding-right:10mm;color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
              })
            : await page.screenshot({ fullPage: true, type: 'png' });
        log.info({ format, ms: Date.now() - started, bytes: file.length }, 'publication rendered');
        return file;
      } finally {
        await context.close().catch(() => undefined);
      }
    },

    async close() {
      const b = browser;
      browser = undefined;
      if (b) await (await b).close().catch(() => undefined);
    },
  };
}
