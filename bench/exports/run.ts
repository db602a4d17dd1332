// bench/exports: PDF export time of a published 20-block canvas (10 SQL blocks + 10 charts reading
// them) through the API — exportCanvas queues a job, the worker's headless Chromium opens the
// report page on the gateway, waits until every block has rendered and prints it, the file is
// stored in PostgreSQL and the link downloaded — against a baseline in the same run and the same
// Chromium: a bare HTML page printed to PDF.
// Usage: node --import tsx bench/exports/run.ts   (BENCH_RUNS, default 5; starts `npm start` on free ports,
// or measures the platform already running at BENCH_BASE_URL)
import os from 'node:os';
import { launchBrowser, startPlatform, type Platform } from '@tessera/testing/browser';
import { gql } from '../support/twenty-blocks.ts';
import { createBenchCanvas } from './canvas.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const external = process.env.BENCH_BASE_URL;
const platform: Pick<Platform, 'baseUrl' | 'stop'> = external
  ? { baseUrl: external.replace(/\/$/, ''), stop: async () => undefined }
  : await startPlatform();
try {
  const base = platform.baseUrl;
  const { canvasId, token } = await createBenchCanvas(base);

  // Baseline: the same Chromium printing a bare page (launch excluded, as the worker keeps one open).
  const browser = await launchBrowser();
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<h1>Bench</h1><p>A bare page.</p>');
    await page.pdf({ format: 'A4' });
    await context.close();
    bare.push(Math.round(performance.now() - started));
  }
  await browser.close();

  const exportPdf = async () => {
    const started = performance.now();
    const { exportCanvas } = await gql<{ exportCanvas: { url: string } }>(
      base,
      'mutation($i: ExportCanvasInput!) { exportCanvas(input: $i) { url } }',
      { i: { canvasId, format: 'PDF' } },
      token,
    );
    const file = await fetch(new URL(new URL(exportCanvas.url).pathname, base));
    const bytes = Buffer.from(await file.arrayBuffer());
    if (file.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('no PDF');
    return { ms: Math.round(performance.now() - started), bytes: bytes.length };
  };
  const first = await exportPdf(); // Chromium starts in the worker, the demo data warms up
  const timings: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await exportPdf();
    timings.push(result.ms);
    size = result.bytes;
  }
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`baseline, bare page → PDF in Chromium: median ${median(bare)} ms (${bare.join(', ')})`);
  console.log(
    `20-block canvas exportCanvas(PDF) → file downloaded: first ${first.ms} ms, median ${median(timings)} ms, best ${Math.min(...timings)} ms over ${RUNS} runs (${(size / 1024).toFixed(0)} KiB)`,
  );
  console.log(`runs: ${timings.join(', ')} ms; target ≤ 3000 ms`);
} finally {
  await platform.stop();
}
