// Web benchmark: `node --import tsx bench/web/run.ts` (BENCH_RUNS=5; WEB_DIST_DIR to measure another
// build of web/; E2E_SKIP_BUILD=1 not to rebuild it).
//   1. initial JavaScript of the app shell (index.html's entry + modulepreloads), raw and gzip;
//   2. a 20-block canvas (10 SQL blocks + 10 charts reading them), navigation → every block rendered
//      with data, in headless Chromium, median of RUNS navigations each in a fresh browser context:
//      - cold: the results cache holds none of its statements (each cold run opens its own canvas,
//        whose statements differ by their LIMIT, so every block runs on the engine);
//      - warm: the same canvas again (every statement answered by the results cache);
//   3. baselines in the same run, so the ratios mean something on a loaded machine:
//      - shell: an empty canvas opened the same way (bundle, session, canvas document);
//      - API: the same 10 statements, cold, run directly through the API in parallel;
//   4. where the time of an open goes (medians): app shell, session, canvas document, first and last
//      block, and the GraphQL round-trips the page made; BENCH_WATERFALL=1 also prints what the last
//      open of each kind fetched and when (files, GraphQL operations, sockets: start → end, ms);
//      BENCH_PROFILE=<dir> writes the renderer's CPU profile of each warm open (fresh tab) there (.cpuprofile);
//      Each open starts once the new window's browser processes are quiet (settle.ts: Chromium's own
//      top-chrome set-up, ~2 s of CPU per window, is not the app's); BENCH_SETTLE=0 opens at once,
//      BENCH_SETTLE=ab measures both in the same run.
//      Also the CPU time each kind of process on the machine spent during the open (/proc: Chromium's
//      renderer, GPU and browser processes, the platform's node and postgres), medians.
//      BENCH_NETWORK=<kbit/s>,<round trip ms> opens every page over an emulated link that slow.
//      BENCH_TRACE=<dir> writes Chromium's trace of each warm open there (.json; bench/web/trace-summary.ts).
//   5. BENCH_AB=<dist>,<dist>[,…]: a same-run A/B of web builds (`vite build --outDir <dist>`) on one
//      platform: their files are served from one directory (hashed names do not collide), and each open
//      first puts its build's index.html in place; the builds take turns on every kind of open.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt, launchBrowser, root, startPlatform } from '@tessera/testing/browser';
import { openCanvas, type OpenTiming } from './open.ts';
import { ENCODINGS, gql, QUERIES } from '../support/twenty-blocks.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = { cold: 1500, warm: 600 };
const builds = (process.env.BENCH_AB ?? '').split(',').filter(Boolean);
const served = builds.length > 1 ? mkdtempSync(path.join(os.tmpdir(), 'bench-web-ab-')) : null;
if (served) {
  for (const build of builds) cpSync(build, served, { recursive: true });
  process.env.WEB_DIST_DIR = served;
}
const variants = served ? builds : [process.env.WEB_DIST_DIR ?? path.join(root, 'web/dist')];
// Each open starts once the new window's browser processes are quiet (settle.ts); BENCH_SETTLE=0
// opens at once, BENCH_SETTLE=ab measures both ways in the same run (the ways take turns).
const settleModes = process.env.BENCH_SETTLE === 'ab' ? [true, false] : [process.env.BENCH_SETTLE !== '0'];
/** What is measured: each build, each way of starting an open. */
const measured = variants.flatMap((build) =>
  settleModes.map((settle) => ({
    build,
    settle,
    label: [served ? build : '', settleModes.length > 1 ? (settle ? 'settled' : 'at once') : '']
      .filter(Boolean)
      .join(', '),
  })),
);
/** Serves `build`'s index.html from now on (A/B runs). */
const use = (build: string) => {
  if (served) copyFileSync(path.join(build, 'index.html'), path.join(served, 'index.html'));
};

function initialJs(dist: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

const statements = (variant: number | null) =>
  QUERIES.map((sql) => (variant === null ? sql : `${sql} LIMIT ${100_000 + variant}`));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const ensureBuilt = () => {
  if (!process.env.WEB_DIST_DIR) ensureWebBuilt();
};
ensureBuilt();
for (const build of variants) {
  const js = initialJs(build);
  console.log(
    `${served ? `[${build}] ` : ''}initial JS: ${js.files.length} files, ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`,
  );
}

const platform = await startPlatform();
try {
  if (!platform.fields.has('mutation.createCanvas'))
    throw new Error('canvases are not in the composed API: no canvas to render');
  const base = platform.baseUrl;
  const email = `bench-${Date.now()}@example.com`;
  const signUp = await gql<{
    signUp: {
      accessToken: string;
      refreshToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    base,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { memberships { organization { projects { id } } } } } }',
    { input: { email, password: 'a-long-password-1', name: 'Bench', organizationName: 'Bench Co' } },
  );
  const token = signUp.signUp.accessToken;
  const projectId = signUp.signUp.user.memberships[0]!.organization.projects[0]!.id;
  const project = await gql<{ project: { dataSources: { id: string }[] } }>(
    base,
    'query($id: ID!) { project(id: $id) { dataSources { id } } }',
    { id: projectId },
    token,
  );
  const dataSourceId = project.project.dataSources[0]!.id;

  async function createCanvas(name: string, sqls: string[]): Promise<string> {
    const canvas = await gql<{ createCanvas: { id: string } }>(
      base,
      'mutation($input: CreateCanvasInput!) { createCanvas(input: $input) { id } }',
      { input: { projectId, name } },
      token,
    );
    const canvasId = canvas.createCanvas.id;
    const add = 'mutation($input: AddBlockInput!) { addBlock(input: $input) { id } }';
    for (let i = 0; i < sqls.length; i++) {
      const y = Math.floor(i / 2) * 8;
      const x = (i % 2) * 6;
      const sql = await gql<{ addBlock: { id: string } }>(
        base,
        add,
        {
          input: {
            canvasId,
            type: 'SQL',
            position: { x, y, w: 3, h: 8 },
            content: { title: `Query ${i + 1}`, dataSourceId, sql: sqls[i] },
          },
        },
        token,
      );
      const [fx, fy] = ENCODINGS[i]!;
      const chart = {
        title: `Chart ${i + 1}`,
        sourceBlockId: sql.addBlock.id,
        chartType: 'bar',
        encodings: { x: { field: fx }, y: { field: fy } },
        aggregation: 'none',
      };
      await gql(
        base,
        add,
        { input: { canvasId, type: 'CHART', position: { x: x + 3, y, w: 3, h: 8 }, content: chart } },
        token,
      );
    }
    return canvasId;
  }

  // Every canvas is made before any is measured (no writes during the measurements).
  const warmCanvas = await createCanvas('Bench 20 blocks (warm)', statements(null));
  const coldCanvases: string[] = [];
  for (let run = 0; run < RUNS * measured.length; run++)
    coldCanvases.push(await createCanvas(`Bench 20 blocks (cold ${run + 1})`, statements(run + 1)));
  const emptyCanvas = await createCanvas('Bench empty', []);

  const browser = await launchBrowser();
  let refreshToken = signUp.signUp.refreshToken;
  const session = {
    take: async () => {
      // A stored session (the app restores it silently, as after a reload).
      const fresh = await gql<{ refreshSession: { refreshToken: string } }>(
        base,
        'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }',
        { t: refreshToken },
      );
      return fresh.refreshSession.refreshToken;
    },
    give: (next: string) => {
      refreshToken = next;
    },
  };
  const open = async (canvasId: string, blocks: number, settle = true) =>
    (await openCanvas(browser, session, `${base}/canvas/${canvasId}`, blocks, { settle })).first;

  /** The same statements, run directly through the API in parallel (a fresh variant: cold). */
  async function apiParallel(variant: number): Promise<number> {
    const started = performance.now();
    await Promise.all(
      statements(variant).map((sql) =>
        gql<{ runQuery: { status: string } }>(
          base,
          'mutation($input: RunQueryInput!) { runQuery(input: $input) { status rowCount } }',
          { input: { dataSourceId, sql, maxRows: 5000, waitSeconds: 30 } },
          token,
        ).then((r) => {
          if (r.runQuery.status !== 'SUCCEEDED') throw new Error(`run ${r.runQuery.status}`);
        }),
      ),
    );
    return performance.now() - started;
  }

  // One open of the warm canvas first: its statements reach the results cache.
  use(variants[0]!);
  const first = await open(warmCanvas, 20, measured[0]!.settle);
  type Results = Record<'cold' | 'warm' | 'reopen' | 'shell', OpenTiming[]>;
  const results = new Map<string, Results>(
    measured.map((m) => [m.label, { cold: [], warm: [], reopen: [], shell: [] }]),
  );
  const api: number[] = [];
  // Interleaved, so load on the machine falls on every kind (and every build) alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [index, { build: variant, settle, label }] of measured.entries()) {
      const into = results.get(label)!;
      use(variant);
      into.shell.push(await open(emptyCanvas, 0, settle));
      into.cold.push(await open(coldCanvases[run * measured.length + index]!, 20, settle));
      // Warm: a fresh tab (nothing stored in the browser), then a reload of that tab (the blocks'
      // last results shown at once while they refresh).
      const profile = process.env.BENCH_PROFILE
        ? `${process.env.BENCH_PROFILE}/warm-${served ? `${path.basename(variant)}-` : ''}${run + 1}.cpuprofile`
        : undefined;
      const trace = process.env.BENCH_TRACE
        ? `${process.env.BENCH_TRACE}/warm-${served ? `${path.basename(variant)}-` : ''}${run + 1}.json`
        : undefined;
      const warm = await openCanvas(browser, session, `${base}/canvas/${warmCanvas}`, 20, {
        reload: true,
        settle,
        ...(profile ? { profile } : {}),
        ...(trace ? { trace } : {}),
      });
      into.warm.push(warm.first);
      into.reopen.push(warm.reload!);
    }
    api.push(await apiParallel(1000 + run));
  }
  await browser.close();

  const ms = (n: number) => `${Math.round(n)} ms`;
  const apiMedian = median(api);
  console.log(`first open of the warm canvas (cold then): ${ms(first.allRendered)}`);
  console.log(`baseline API (10 cold statements in parallel, runQuery): median ${ms(apiMedian)}`);
  for (const [label, byKind] of results) {
    if (label) console.log(`[${label}]`);
    report(byKind, apiMedian);
  }

  function report(byKind: Results, apiMedian: number): void {
    const shell = median(byKind.shell.map((t) => t.allRendered));
    console.log(`baseline shell (empty canvas, navigation → document synced): median ${ms(shell)}`);
    const labels = {
      cold: 'cold (results cache empty)',
      warm: 'warm (results cache holds every statement)',
      reopen: 'warm, reload of the same tab (last results kept in the tab)',
    };
    const TARGETS = { ...TARGET, reopen: TARGET.warm };
    for (const kind of ['cold', 'warm', 'reopen'] as const) {
      const all = byKind[kind].map((t) => t.allRendered);
      const m = median(all);
      console.log(
        `${labels[kind]}: navigation → every block rendered with data: median ${ms(m)} ` +
          `(target ≤ ${TARGETS[kind]} ms: ${m <= TARGETS[kind] ? 'met' : 'NOT met'}), best ${ms(Math.min(...all))}, ` +
          `runs ${all.map(Math.round).join(', ')}; ${(m / shell).toFixed(2)}× shell, ${(m / apiMedian).toFixed(2)}× API`,
      );
      const phases = (pick: (t: OpenTiming) => number) => ms(median(byKind[kind].map(pick)));
      console.log(
        `  where it goes (medians): shell loaded ${phases((t) => t.shellLoaded)}, session ${phases((t) => t.session)}, ` +
          `canvas header ${phases((t) => t.header)}, first run sent ${phases((t) => t.firstRunSent)}, ` +
          `document synced ${phases((t) => t.documentSynced)}, first block ${phases((t) => t.firstBlock)}, ` +
          `last block ${phases((t) => t.allRendered)}; GraphQL requests ${median(byKind[kind].map((t) => t.requests))}, ` +
          `run round-trips median ${phases((t) => t.runRoundTrip.median)} max ${phases((t) => t.runRoundTrip.max)}, ` +
          `live follows ${median(byKind[kind].map((t) => t.subscriptions))}; renderer main thread: tasks ` +
          `${phases((t) => t.mainThread.tasks)}, script ${phases((t) => t.mainThread.script)}, ` +
          `layout+style ${phases((t) => t.mainThread.layoutAndStyle)}`,
      );
      console.log(`  requests of the last open: ${JSON.stringify(byKind[kind].at(-1)?.operations)}`);
      const kinds = [...new Set(byKind[kind].flatMap((t) => Object.keys(t.processCpu)))].sort();
      const cpu = kinds
        .map((k) => [k, median(byKind[kind].map((t) => t.processCpu[k] ?? 0))] as const)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${ms(v)}`);
      const last = byKind[kind].at(-1)?.fileBytes;
      if (last)
        console.log(
          `  files of the last open: ${last.files}, ${(last.wire / 1024).toFixed(1)} KiB sent, ${(last.decoded / 1024).toFixed(1)} KiB decoded`,
        );
      if (cpu.length)
        console.log(`  CPU of the machine's processes during the open (medians): ${cpu.join(', ')}`);
      if (process.env.BENCH_WATERFALL === '1')
        for (const e of byKind[kind].at(-1)?.waterfall ?? [])
          console.log(`    ${String(e.start).padStart(5)} → ${String(e.end).padStart(5)}  ${e.name}`);
    }
  }
} finally {
  await platform.stop();
  if (served) rmSync(served, { recursive: true, force: true });
}
