// bench/schedules: 200 schedules due at the same minute, drained by one worker (the canvases
// subgraph's delivery handlers on the pg-boss queue: cron → run (refresh + render) → one send per
// destination → outbox), against a baseline in the same run: 200 no-op jobs through the same queue
// with the same concurrency. Rendering is a stand-in returning a fixed PDF (bench/exports measures
// Chromium); SQL runs are the test harness's instant fake; emails go to the outbox (no SMTP).
// A second reference in the same run: the same no-op jobs through pg-boss's own worker loop (one job
// per fetch, then a sleep of the polling interval), which is how @tessera/jobs drained a queue before
// its workers fetched again at once (--no-before skips it: it takes about count ÷ 4 seconds).
// Usage: node --import tsx bench/schedules/run.ts [--schedules 200] [--no-before]
// Needs PostgreSQL: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { createJobQueue } from '@tessera/jobs';
import { captureLogger } from '@tessera/testing';
import { registerDeliveryJobs } from '../../subgraphs/canvases/src/jobs/delivery-jobs.ts';
import type { Renderer } from '../../subgraphs/canvases/src/services/deliveries/renderer.ts';
import { newProject, ok, startHarness, user } from '../../subgraphs/canvases/src/testing/harness.ts';
import { ADD_BLOCK, CREATE_CANVAS } from '../../subgraphs/canvases/src/testing/operations.ts';

const args = process.argv.slice(2);
const count = args.includes('--schedules') ? Number(args[args.indexOf('--schedules') + 1]) || 200 : 200;
const before = !args.includes('--no-before');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `bench_schedules_${randomUUID().slice(0, 8)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const files = new Map<string, Buffer>();
const renderer: Renderer = {
  async render(canvas) {
    const id = randomUUID();
    files.set(id, PDF);
    return {
      bytes: PDF,
      url: `https://bench.invalid/exports/${id}`,
      expiresAt: new Date(Date.now() + 3600_000),
      contentType: 'application/pdf',
      filename: `${canvas.name}.pdf`,
    };
  },
  async read(link) {
    return files.get(link.split('/').at(-1)!) ?? null;
  },
};

const log = captureLogger('bench', 'warn');
const queue = createJobQueue({
  connectionString: url.toString(),
  logger: log.logger,
  pollingIntervalSeconds: 0.5,
  cronIntervalSeconds: 1,
});
await queue.start();
const h = await startHarness({ jobs: queue, renderer, env: { LOG_LEVEL: 'warn' } });
const services = h.server.services();
// The harness's clock starts in 2025: bring it to now, or the outbox's 30-day TTL removes the mails.
h.clock.advance(Date.now() - h.clock.now().getTime());
const RUN_CONCURRENCY = 2;
const SEND_CONCURRENCY = 8;
await registerDeliveryJobs(queue, services, log.logger, {
  runConcurrency: RUN_CONCURRENCY,
  sendConcurrency: SEND_CONCURRENCY,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => os.loadavg()[0]!.toFixed(1);

try {
  // Baseline: the same number of no-op jobs (the queue's floor for this concurrency).
  const NOOP = 'bench-noop';
  let done = 0;
  await queue.work(NOOP, { concurrency: RUN_CONCURRENCY }, async () => {
    done++;
  });
  const baselineStart = performance.now();
  await Promise.all(Array.from({ length: count }, (_, i) => queue.send(NOOP, { i })));
  while (done < count) await sleep(20);
  const baselineMs = performance.now() - baselineStart;

  // Before: pg-boss's own loop, as @tessera/jobs ran it (batchSize 1, a sleep after every fetch).
  let beforeMs: number | null = null;
  if (before) {
    const boss = new PgBoss({ connectionString: url.toString(), schema: 'bench_before', supervise: false });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue(NOOP);
    let ran = 0;
    for (let i = 0; i < RUN_CONCURRENCY; i++)
      await boss.work(NOOP, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async () => {
        ran++;
      });
    const beforeStart = performance.now();
    await Promise.all(Array.from({ length: count }, (_, i) => boss.send(NOOP, { i })));
    while (ran < count) await sleep(20);
    beforeMs = performance.now() - beforeStart;
    await boss.stop({ graceful: true, wait: true, timeout: 2_000 });
  }

  // 200 schedules of published canvases (one SQL block each), each to one email address,
  // all on `* * * * *`: they fall due at the same minute.
  const { organizationId, projectId } = newProject(h);
  const owner = user([[organizationId, 'OWNER']]);
  // At most 20 schedules per canvas: 200 schedules are 10 published canvases × 20.
  const canvases: string[] = [];
  for (let c = 0; c < Math.ceil(count / 20); c++) {
    const canvas = ok(
      await h.gql<{ createCanvas: { id: string } }>(owner, CREATE_CANVAS, {
        input: { projectId, name: `Bench canvas ${c + 1}` },
      }),
    ).createCanvas;
    ok(
      await h.gql<{ addBlock: { id: string } }>(owner, ADD_BLOCK, {
        input: {
          canvasId: canvas.id,
          type: 'SQL',
          position: { x: 0, y: 0, w: 4, h: 3 },
          content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS value' },
        },
      }),
    );
    ok(
      await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
        i: { canvasId: canvas.id },
      }),
    );
    canvases.push(canvas.id);
  }
  // One cron minute for all, far enough ahead that every schedule is registered before it (a daily
  // cron, so that each fires once in the run even if draining takes longer than a minute).
  const due = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  const cron = `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
  for (let i = 0; i < count; i++) {
    ok(
      await h.gql<{ createSchedule: { id: string } }>(
        owner,
        'mutation($i: CreateScheduleInput!) { createSchedule(input: $i) { id } }',
        {
          i: {
            canvasId: canvases[Math.floor(i / 20)]!,
            cron,
            timezone: 'UTC',
            destinations: [{ kind: 'EMAIL', target: `team${i}@example.com` }],
          },
        },
      ),
    );
  }
  if (Date.now() >= due.getTime()) throw new Error('registering the schedules took past the due minute');
  console.log(`${count} schedules registered (cron ${cron}); due at ${due.toISOString()} (load ${load()})`);
  while (Date.now() < due.getTime()) await sleep(100);
  const start = performance.now();
  // One aggregate a second (deliveries by status), so that the bench is not the bottleneck.
  let counts = { PENDING: 0, SENT: 0, FAILED: 0 };
  let lastPrint = 0;
  for (;;) {
    counts = await services.repos.deliveries.countByStatus(organizationId);
    if (counts.SENT + counts.FAILED >= count) break;
    const elapsed = performance.now() - start;
    if (elapsed - lastPrint >= 10_000) {
      lastPrint = elapsed;
      console.log(
        `  ${(elapsed / 1000).toFixed(0)} s: ${counts.SENT} SENT, ${counts.PENDING} PENDING, ${counts.FAILED} FAILED (load ${load()})`,
      );
    }
    if (elapsed > 600_000) throw new Error(`only ${counts.SENT}/${count} delivered after 10 minutes`);
    await sleep(1000);
  }
  const sent = counts.SENT;
  const firstCreated = counts.SENT + counts.FAILED + counts.PENDING;
  const drainMs = performance.now() - start;
  const outbox = await services.repos.outbox.list(organizationId, 1000);
  console.log(
    `\nschedules: ${count} due at the same minute → ${sent} deliveries SENT (${firstCreated} opened), ` +
      `${outbox.length} emails in the outbox`,
  );
  console.log(`  drain, from the minute to the last SENT: ${(drainMs / 1000).toFixed(1)} s`);
  console.log(`  per delivery (run + send, 3 jobs each): ${(drainMs / count).toFixed(0)} ms`);
  console.log(
    `baseline: ${count} no-op jobs, concurrency ${RUN_CONCURRENCY}: ${(baselineMs / 1000).toFixed(1)} s ` +
      `(${(baselineMs / count).toFixed(0)} ms per job)`,
  );
  if (beforeMs !== null)
    console.log(
      `before (pg-boss's own loop, polling 0.5 s, concurrency ${RUN_CONCURRENCY}): ${count} no-op jobs in ` +
        `${(beforeMs / 1000).toFixed(1)} s (${(beforeMs / count).toFixed(0)} ms per job); ` +
        `the baseline drains ${(beforeMs / baselineMs).toFixed(1)} × faster`,
    );
  console.log(`ratio: ${(drainMs / baselineMs).toFixed(1)} × the baseline; load average ${load()}`);
} finally {
  await queue.stop({ timeoutMs: 2_000 }).catch(() => undefined);
  await h.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}
