import type { Logger } from '@tessera/logger';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export type RenderFormat = 'PDF' | 'PNG';
export type PaperSize = 'A4' | 'Letter';

export interface PageRenderer {
  /** Opens `url` (a viewer's report page), waits until every block has rendered, returns the file. */
  render(url: string, format: RenderFormat, options?: { paper?: PaperSize }): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ChromiumRendererOptions {
  executablePath: string;
  logger: Logger;
  /** Whole render budget per file. */
  timeoutMs: number;
  /** PDF paper size when a render does not name one; default A4. */
  paper?: PaperSize;
}

/** What the report page says once it has settled (its `data-report-ready` attribute). */
const PRINTABLE = new Set(['true', 'empty']);
/** Layout width in CSS px: a PDF page's printable width (paper less the 10 mm side margins), so the
 * charts are drawn at the size they are printed; PNG at a laptop's width. */
const WIDTH = { A4: 718, Letter: 740, PNG: 1280 } as const;

// What is still loading on a page that never signalled (for the log: which part to look at).
const PENDING = `JSON.stringify({
  skeletons: document.querySelectorAll('.skeleton').length,
  busy: document.querySelectorAll('[aria-busy="true"]').length,
  chartsNotDrawn: document.querySelectorAll('svg.chart:not([data-marks])').length,
  visibility: document.visibilityState,
})`;

/**
 * Waits for the report's own signal that every block has settled (runs answered, charts drawn,
 * fonts loaded, a frame painted). A page that cannot show the report (link refused, nothing
 * published) is an error, not a file.
 */
async function waitUntilRendered(page: Page, timeoutMs: number): Promise<void> {
  const signal = await page
    .waitForSelector('[data-report-ready]', { state: 'attached', timeout: timeoutMs })
    .catch(async (error: unknown) => {
      const pending = await page.evaluate(PENDING).catch(() => 'unknown');
      throw new Error(`the report never signalled it was ready (still pending: ${String(pending)})`, {
        cause: error,
      });
    });
  const state = (await signal.getAttribute('data-report-ready')) ?? '';
  if (!PRINTABLE.has(state)) throw new Error(`the report page could not show the publication (${state})`);
}

/** Renders per context before it is replaced (bounds what a long-lived context accumulates). */
const RENDERS_PER_CONTEXT = 100;

interface Slot {
  context: Promise<BrowserContext>;
  renders: number;
  /** A page opened ahead of the next render. */
  spare: Promise<Page> | null;
}

/**
 * Headless Chromium kept open across renders, with one long-lived browser context per device
 * scale (PDF 1, PNG 2): the app's hashed, immutable bundle stays in the context's HTTP and code
 * caches, so a render does not download and compile it again, and a page is opened ahead of the
 * next render. Every render still gets a page of its own, closed afterwards. Renders open only
 * anonymous report pages (a share token in the URL), so they carry no session between them.
 */
export function createChromiumRenderer(options: ChromiumRendererOptions): PageRenderer {
  const log = options.logger.child({ component: 'export-renderer' });
  let browser: Promise<Browser> | undefined;
  const slots = new Map<number, Slot>();

  function browserOnce(): Promise<Browser> {
    browser ??= chromium
      .launch({
        executablePath: options.executablePath,
        // The service's shutdown closes Chromium (close()). Playwright's own handlers would close it
        // on the first signal and then exit the whole process with 130 mid-shutdown: `npm start`
        // stopped its parts halfway and left PostgreSQL and the Mongo dev server running.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-extensions',
          '--disable-component-update',
          '--no-first-run',
        ],
      })
      .then((b) => {
        b.on('disconnected', () => {
          browser = undefined;
          slots.clear();
        });
        return b;
      })
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  }

  function openSlot(scale: number): Slot {
    const context = browserOnce().then((b) =>
      b.newContext({
        viewport: { width: WIDTH.PNG, height: 900 },
        deviceScaleFactor: scale,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      }),
    );
    context.catch(() => slots.delete(scale));
    const slot: Slot = { context, renders: 0, spare: null };
    slots.set(scale, slot);
    return slot;
  }

  /** A fresh page of the context for `scale` (the spare one when there is one). */
  async function takePage(scale: number): Promise<{ page: Page; slot: Slot }> {
    let slot = slots.get(scale);
    if (!slot || slot.renders >= RENDERS_PER_CONTEXT) {
      const old = slot;
      slot = openSlot(scale);
      // The old context closes once its renders are done (their pages are closed by then).
      if (old) void retire(old);
    }
    slot.renders++;
    const spare = slot.spare;
    slot.spare = null;
    const page = spare ? await spare.catch(() => null) : null;
    if (page && !page.isClosed()) return { page, slot };
    return { page: await (await slot.context).newPage(), slot };
  }

  function prepareSpare(scale: number, slot: Slot): void {
    if (slots.get(scale) !== slot || slot.spare) return;
    const spare = slot.context.then((c) => c.newPage());
    spare.catch(() => undefined);
    slot.spare = spare;
  }

  async function retire(slot: Slot): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, options.timeoutMs).unref());
    await (await slot.context.catch(() => null))?.close().catch(() => undefined);
  }

  return {
    async render(url, format, { paper = options.paper ?? 'A4' } = {}) {
      const started = Date.now();
      const scale = format === 'PNG' ? 2 : 1;
      const { page, slot } = await takePage(scale);
      try {
        page.setDefaultTimeout(options.timeoutMs);
        await page.bringToFront(); // a page opened ahead may be in the background (no frames painted)
        await page.setViewportSize({ width: WIDTH[format === 'PDF' ? paper : 'PNG'], height: 900 });
        await page.emulateMedia({ media: format === 'PDF' ? 'print' : 'screen' });
        const target = format === 'PDF' && paper === 'Letter' ? `${url}&paper=letter` : url;
        const opened = Date.now();
        await page.goto(target, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
        const loaded = Date.now();
        await waitUntilRendered(page, Math.max(1_000, options.timeoutMs - (Date.now() - started)));
        const ready = Date.now();
        const file =
          format === 'PDF'
            ? await page.pdf({
                format: paper,
                printBackground: true,
                margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' },
                displayHeaderFooter: true,
                headerTemplate: '<span></span>',
                footerTemplate:
                  '<div style="font-size:8px;width:100%;text-align:right;padding-right:10mm;color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
              })
            : await page.screenshot({ fullPage: true, type: 'png' });
        // Where the time went: page ready, app loaded, blocks settled, file made.
        const steps = {
          page: opened - started,
          load: loaded - opened,
          blocks: ready - loaded,
          file: Date.now() - ready,
        };
        log.info(
          { format, paper, ms: Date.now() - started, steps, bytes: file.length },
          'publication rendered',
        );
        return file;
      } finally {
        await page.close().catch(() => undefined);
        prepareSpare(scale, slot);
      }
    },

    async close() {
      const b = browser;
      browser = undefined;
      slots.clear();
      if (b) await (await b).close().catch(() => undefined);
    },
  };
}
