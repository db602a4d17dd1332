// bench/exports/profile.ts: where a canvas export's render time goes. Opens the benchmark canvas's
// print page (a share link, `?print=1`) in Chromium as the export worker does and prints when each
// step happened (one browser context for all runs, as the worker keeps): navigation, the app
// bundle, the publication, the block runs, the report's
// `data-report-ready` signal, and the PDF. Not a benchmark (no baseline): a profile to read.
// Usage: BENCH_BASE_URL=http://localhost:4000 node --import tsx bench/exports/profile.ts  (PROFILE_RUNS, default 3)
import { launchBrowser } from '@tessera/testing/browser';
import { gql } from '../support/twenty-blocks.ts';
import { createBenchCanvas } from './canvas.ts';

const base = (process.env.BENCH_BASE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

const { canvasId, token } = await createBenchCanvas(base);
const { createShareLink } = await gql<{ createShareLink: { token: string } }>(
  base,
  'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token } }',
  { i: { canvasId } },
  token,
);
const url = `${base}/embed/${createShareLink.token}?print=1`;
const browser = await launchBrowser();
// One context for every run, as the worker keeps one (its HTTP and code caches stay warm).
const context = await browser.newContext({ viewport: { width: 718, height: 900 }, colorScheme: 'light' });
try {
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const marks: [string, number][] = [];
    const mark = (name: string) => marks.push([name, Math.round(performance.now() - t0)]);
    const page = await context.newPage();
    mark('context + page');
    let runs = 0;
    let answered = 0;
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (body.includes('RunSharedBlock') && runs++ === 0) mark('first block run sent');
    });
    page.on('requestfinished', (request) => {
      const body = request.postData() ?? '';
      if (body.includes('SharedCanvas') && !body.includes('RunSharedBlock')) mark('publication answered');
      if (body.includes('RunSharedBlock') && ++answered === 10) mark('10th block run answered');
    });
    await page.emulateMedia({ media: 'print' });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    mark('DOMContentLoaded');
    await page.waitForSelector('[data-report-ready]', { state: 'attached', timeout: 30_000 });
    mark(`data-report-ready=${await page.getAttribute('[data-report-ready]', 'data-report-ready')}`);
    await page.pdf({ format: 'A4', printBackground: true });
    mark('pdf');
    await page.close();
    console.log(`run ${run + 1}: ${marks.map(([n, ms]) => `${n} ${ms}`).join(' · ')}`);
  }
} finally {
  await browser.close();
}
