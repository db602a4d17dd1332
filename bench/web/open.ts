// One measured open of a canvas in a fresh browser context: navigation → every block rendered with
// data (a CHART with its marks, an SQL block with its row count), timed inside the page from the
// navigation start, with the phases before it and the GraphQL round-trips the page made.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { cpuBetween, processCpu } from './process-cpu.ts';
import { browserSettled } from './settle.ts';

export interface OpenTiming {
  /** Every figure in ms from the navigation start. */
  shellLoaded: number;
  session: number;
  /** The canvas header (stored blocks: what the runs are prefetched from) answered. */
  header: number;
  /** The first runQuery was sent. */
  firstRunSent: number;
  documentSynced: number;
  firstBlock: number;
  allRendered: number;
  /** GraphQL HTTP requests the page made until every block was rendered. */
  requests: number;
  /** runQuery / runCanvasBlock round-trips (ms, request sent → response read). */
  runRoundTrip: { median: number; max: number };
  /** graphql-ws subscriptions started (queryRunUpdated follows). */
  subscriptions: number;
  /** GraphQL HTTP requests by operation name. */
  operations: Record<string, number>;
  /** Renderer main-thread time (CDP Performance metrics), ms, until every block was rendered. */
  mainThread: { script: number; layoutAndStyle: number; tasks: number };
  /** CPU ms of the machine's processes by kind (Chromium's by process type, node, postgres) during the open. */
  processCpu: Record<string, number>;
  /** The page's files (not its GraphQL requests): how many, their bodies' bytes as sent and decoded. */
  fileBytes: { files: number; wire: number; decoded: number };
  /** What the page fetched and when (ms from the navigation start), in start order. */
  waterfall: { name: string; start: number; end: number }[];
}

/** Records, in the page, when the document synced and when each block first had its data. */
const WATCH = `(() => {
  const marks = { synced: 0, blocks: {} };
  window.__benchMarks = marks;
  const tick = () => {
    const now = performance.now();
    if (!marks.synced && document.querySelector('[data-testid="canvas"][data-synced="true"]')) marks.synced = now;
    for (const block of document.querySelectorAll('[data-block-id]')) {
      const id = block.getAttribute('data-block-id');
      if (marks.blocks[id]) continue;
      const type = block.getAttribute('data-block-type');
      const done = type === 'CHART' ? block.querySelector('svg.chart .mark') : type === 'SQL' ? block.querySelector('[data-testid="row-count"]') : block;
      if (done) marks.blocks[id] = now;
    }
  };
  setInterval(tick, 10);
})()`;

/**
 * BENCH_NETWORK=<kbit/s>,<round trip ms> (e.g. 10000,40): every open over a link that slow, as
 * Chromium's network emulation makes it (its downloads, uploads and added latency), instead of
 * loopback.
 */
function emulatedNetwork(): { latency: number; downloadThroughput: number; uploadThroughput: number } | null {
  const [kbit, rtt] = (process.env.BENCH_NETWORK ?? '').split(',').map(Number);
  if (!kbit || !(rtt! >= 0)) return null;
  const bytesPerSecond = (kbit * 1000) / 8;
  return { latency: rtt!, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond };
}

interface Session {
  take(): Promise<string>;
  give(refreshToken: string): void;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const operationOf = (body: string) => {
  try {
    const parsed = JSON.parse(body) as { operationName?: string; query?: string };
    return parsed.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(parsed.query ?? '')?.[1] ?? 'anonymous';
  } catch {
    return 'unreadable';
  }
};

/** What a trace records: the renderer's tasks and what runs in them (trace-summary.ts reads it). */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
];

/**
 * Opens `url` in a fresh context and measures it; with `reload`, then reloads the page in the same
 * tab (its sessionStorage kept: the blocks' last results) and measures that too. With `profile`, the
 * renderer's CPU profile of the first open is written to that file (.cpuprofile, DevTools); with
 * `trace`, Chromium's trace of it (trace-summary.ts says where the renderer's main thread went).
 */
export async function openCanvas(
  browser: Browser,
  session: Session,
  url: string,
  blocks: number,
  options: { reload?: boolean; profile?: string; trace?: string; settle?: boolean } = {},
): Promise<{ first: OpenTiming; reload: OpenTiming | null }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const handoff = await session.take();
    // A stored session, handed over once per tab (a reload keeps the page's rotated token).
    await context.addInitScript(
      `if (!sessionStorage.getItem('bench.session')) { sessionStorage.setItem('bench.session', '1'); localStorage.setItem('tessera.refreshToken', ${JSON.stringify(handoff)}); }`,
    );
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    // Unless told not to, measured once Chromium has set up the new window (settle.ts).
    if (options.settle !== false) await browserSettled();
    let requests: { body: string; start: number; end: number }[] = [];
    const pending = new Map<Request, { body: string; start: number; end: number }>();
    let subscriptions = 0;
    let sockets: { name: string; start: number; end: number }[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const entry = { body: request.postData() ?? '', start: Date.now(), end: 0 };
      pending.set(request, entry);
      requests.push(entry);
    });
    const ended = (request: Request) => {
      const entry = pending.get(request);
      if (entry) entry.end = Date.now();
    };
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    page.on('websocket', (socket) => {
      const entry = { name: `ws ${new URL(socket.url()).pathname}`, start: Date.now(), end: 0 };
      sockets.push(entry);
      socket.on('framereceived', () => (entry.end ||= Date.now()));
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"type":"subscribe"'))
          subscriptions++;
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const network = emulatedNetwork();
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    }
    const readMetrics = async () => {
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return {
        script: metric('ScriptDuration'),
        layoutAndStyle: metric('LayoutDuration') + metric('RecalcStyleDuration'),
        tasks: metric('TaskDuration'),
      };
    };

    const measure = async (
      navigate: () => Promise<unknown>,
      profile?: string,
      trace?: string,
    ): Promise<OpenTiming> => {
      if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      requests = [];
      sockets = [];
      subscriptions = 0;
      const before = await readMetrics();
      const cpuBefore = processCpu();
      await navigate();
      await page
        .waitForFunction(
          `(() => { const m = window.__benchMarks; return m && m.synced > 0 && Object.keys(m.blocks).length >= ${blocks} && document.querySelectorAll('[data-block-id]').length === ${blocks}; })()`,
          undefined,
          { timeout: 120_000, polling: 50 },
        )
        .catch(async (error: Error) => {
          // What the page showed when it never finished (which build, which blocks).
          const state = await page
            .evaluate(
              `JSON.stringify({ url: location.href, preloads: document.querySelectorAll('link[rel="modulepreload"]').length, marks: window.__benchMarks, blocks: [...document.querySelectorAll('[data-block-id]')].map((b) => b.getAttribute('data-block-type') + ':' + (b.textContent || '').slice(0, 80)), body: document.body.innerText.slice(0, 500) })`,
            )
            .catch(() => 'unreadable');
          throw new Error(`${error.message}\npage: ${String(state)}`);
        });
      const cpuAfter = processCpu();
      const after = await readMetrics();
      if (profile) {
        mkdirSync(path.dirname(profile), { recursive: true });
        writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      }
      if (trace) await browser.stopTracing();
      const marks = (await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const files = performance.getEntriesByType('resource').filter((e) => !e.name.endsWith('/graphql')).map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, wire: e.encodedBodySize, decoded: e.decodedBodySize }));
        return { origin: performance.timeOrigin, loaded: nav ? nav.loadEventEnd || nav.domContentLoadedEventEnd : 0, synced: window.__benchMarks.synced, blocks: Object.values(window.__benchMarks.blocks), files };
      })()`)) as {
        origin: number;
        loaded: number;
        synced: number;
        blocks: number[];
        files: { name: string; start: number; end: number; wire: number; decoded: number }[];
      };
      const refresh = requests.find((r) => r.body.includes('RefreshSession'));
      const header = requests.find((r) => operationOf(r.body) === 'CanvasHeader');
      const runStarts = requests.filter((r) => operationOf(r.body) === 'RunQuery').map((r) => r.start);
      const runs = requests
        .filter((r) => /^(RunQuery|RunCanvasBlock)$/.test(operationOf(r.body)) && r.end > 0)
        .map((r) => r.end - r.start);
      const operations: Record<string, number> = {};
      for (const r of requests) operations[operationOf(r.body)] = (operations[operationOf(r.body)] ?? 0) + 1;
      const since = (t: number) => (t ? t - marks.origin : 0);
      const waterfall = [
        ...marks.files.map(({ name, start, end }) => ({ name, start, end })),
        ...requests.map((r) => ({ name: operationOf(r.body), start: since(r.start), end: since(r.end) })),
        // A socket's end: its first frame received.
        ...sockets.map((s) => ({ name: s.name, start: since(s.start), end: since(s.end) })),
        { name: 'document synced', start: marks.synced, end: marks.synced },
        { name: 'first block', start: Math.min(...marks.blocks), end: Math.min(...marks.blocks) },
        { name: 'last block', start: Math.max(...marks.blocks), end: Math.max(...marks.blocks) },
      ]
        .map((e) => ({ name: e.name, start: Math.round(e.start), end: Math.round(e.end) }))
        .sort((a, b) => a.start - b.start);
      return {
        waterfall,
        processCpu: cpuBetween(cpuBefore, cpuAfter),
        fileBytes: {
          files: marks.files.length,
          wire: marks.files.reduce((sum, f) => sum + f.wire, 0),
          decoded: marks.files.reduce((sum, f) => sum + f.decoded, 0),
        },
        shellLoaded: marks.loaded,
        session: refresh && refresh.end ? refresh.end - marks.origin : 0,
        header: (header?.end ?? marks.origin) - marks.origin,
        firstRunSent: runStarts.length ? Math.min(...runStarts) - marks.origin : 0,
        documentSynced: marks.synced,
        firstBlock: blocks === 0 ? marks.synced : Math.min(...marks.blocks),
        allRendered: blocks === 0 ? marks.synced : Math.max(...marks.blocks),
        requests: requests.length,
        runRoundTrip: { median: median(runs), max: runs.length ? Math.max(...runs) : 0 },
        subscriptions,
        operations,
        // A navigation may start a new renderer (its counters start again at zero).
        mainThread: {
          script: after.script - (after.tasks >= before.tasks ? before.script : 0),
          layoutAndStyle: after.layoutAndStyle - (after.tasks >= before.tasks ? before.layoutAndStyle : 0),
          tasks: after.tasks - (after.tasks >= before.tasks ? before.tasks : 0),
        },
      };
    };

    const first = await measure(() => page.goto(url), options.profile, options.trace);
    const reload = options.reload ? await measure(() => page.reload()) : null;
    // The page's newest refresh token (the session rotated in the page) for the next open.
    session.give((await page.evaluate(`localStorage.getItem('tessera.refreshToken')`)) as string);
    return { first, reload };
  } finally {
    await context.close();
  }
}
