import { afterAll, describe, expect, it } from 'vitest';
import { captureLogger } from '@tessera/testing';
import { CHROMIUM } from '@tessera/testing/browser';
import { createChromiumRenderer } from './chromium-renderer.ts';

// The renderer against Debian's Chromium, on pages that stand for the report: it prints once the
// page signals `data-report-ready`, and refuses pages that never do or that cannot show a report.
const renderer = createChromiumRenderer({
  executablePath: CHROMIUM,
  logger: captureLogger('canvases', 'warn').logger,
  timeoutMs: 4_000,
});
afterAll(() => renderer.close());

const page = (body: string) => `data:text/html,${encodeURIComponent(`<!doctype html><body>${body}</body>`)}#`;

describe('Chromium export renderer', () => {
  it('prints a page once it signals ready — signalled late, after a first frame without it', async () => {
    const late = page(
      `<h1>Quarterly</h1><main id="m">loading</main><script>setTimeout(() => { const m = document.getElementById('m'); m.textContent = 'every block'; m.setAttribute('data-report-ready', 'true'); }, 300)</script>`,
    );
    const pdf = await renderer.render(late, 'PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await renderer.render(late, 'PNG');
    expect(png.readUInt32BE(16)).toBe(2560); // 1280 px at 2×
  }, 60_000);

  it('refuses a page that says it cannot show the report', async () => {
    await expect(
      renderer.render(page('<div data-report-ready="unavailable">No</div>'), 'PDF'),
    ).rejects.toThrow(/could not show the publication \(unavailable\)/);
  }, 60_000);

  it('names what is still pending when the page never signals', async () => {
    await expect(
      renderer.render(page('<div class="skeleton"></div><svg class="chart"></svg>'), 'PDF'),
    ).rejects.toThrow(/never signalled.*"skeletons":1.*"chartsNotDrawn":1/);
  }, 60_000);
});
