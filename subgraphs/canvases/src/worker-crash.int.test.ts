// Kill the worker mid-job (issue 20 acceptance): the real canvases worker runs as a child process,
// is killed with SIGKILL while a webhook delivery is in flight (the sink holds the request open),
// and a new worker finishes the job. The send job runs again once; each destination gets one
// delivery (one Standard Webhooks id), the same id on the retried request, so receivers dedupe.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createJobQueue, type JobQueue } from '@tessera/jobs';
import { captureLogger, createTestDatabase, TEST_SECRETS } from '@tessera/testing';
import { verifyWebhook } from './services/deliveries/senders/standard-webhooks.ts';
import { newProject, ok, PUBLIC_URL, startHarness, user, type Harness } from './testing/harness.ts';
import { ADD_BLOCK, CREATE_CANVAS, type BlockResult, type CanvasResult } from './testing/operations.ts';

interface Hook {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const JOB_TIMEOUT_SECONDS = 3;
/** The same delivery settings in the subgraph (which queues runs) and the workers (which queue sends). */
const DELIVERY_ENV = {
  DELIVERY_MAX_ATTEMPTS: '3',
  DELIVERY_RETRY_DELAY_SECONDS: '1',
  DELIVERY_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
};
let h: Harness;
let queue: JobQueue;
let db: { url: string; drop(): Promise<void> };
let sink: http.Server;
let sinkOrigin: string;
const hooks: Hook[] = [];
/** The first request to /slow is held open (never answered): the worker dies while it waits. */
const held: http.ServerResponse[] = [];
const workers: ChildProcess[] = [];
const owner = user([]);
let projectId: string;

/** Starts `src/testing/crash-worker.fixture.ts` (the real worker) on the test's databases. */
async function startWorker(...flags: string[]): Promise<ChildProcess & { said: string[] }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./testing/crash-worker.fixture.ts', import.meta.url)),
      ...flags,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.url,
        MONGODB_URL: h.mongoUrl,
        INTERNAL_SECRET: TEST_SECRETS.INTERNAL_SECRET,
        PUBLIC_URL,
        WORKER_PORT: '0',
        ALLOW_PRIVATE_NETWORKS: 'true',
        ...DELIVERY_ENV,
      },
    },
  );
  workers.push(child);
  const said: string[] = [];
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      said.splice(0, said.length, ...out.split('\n').filter(Boolean));
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code} before it was ready`)));
  });
  return Object.assign(child, { said });
}

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  sink = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      hooks.push({ path, headers: req.headers, body });
      if (path === '/slow' && held.length === 0) held.push(res);
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  sinkOrigin = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  // This process only enqueues (no handlers) and runs the queue's maintenance every second, which
  // notices the dead worker's job once it is held past its timeout.
  queue = createJobQueue({
    connectionString: db.url,
    logger: captureLogger('jobs', 'warn').logger,
    maintenanceIntervalSeconds: 1,
  });
  await queue.start();
  // The subgraph queues the run job (runScheduleNow): its timeout and retries are the subgraph's.
  h = await startHarness({ jobs: queue, env: { ALLOW_PRIVATE_NETWORKS: 'true', ...DELIVERY_ENV } });
  let organizationId: string;
  ({ organizationId, projectId } = newProject(h));
  owner.principal = { ...user([[organizationId, 'OWNER']]).principal };
}, 120_000);

// Each test starts its own workers: none of the last test's may take the next one's jobs.
afterEach(async () => {
  await Promise.all(
    workers
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        return exited;
      }),
  );
});

afterAll(async () => {
  for (const child of workers)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const res of held) res.destroy();
  await queue?.stop({ timeoutMs: 2_000 }).catch(() => undefined);
  await h?.stop();
  await db?.drop();
  sink?.closeAllConnections();
  sink?.close();
});

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  targets: { target: string; status: string; attempts: number }[];
}
const DELIVERIES = `query($canvasId: ID!) { canvasDeliveries(canvasId: $canvasId) {
  id status attempts targets { target status attempts } } }`;

/** A published canvas (one TEXT block: its refresh runs no SQL) with a schedule to these webhooks. */
async function webhookSchedule(targets: string[]) {
  const canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
      input: { projectId, name: `Crash ${randomUUID().slice(0, 6)}` },
    }),
  ).createCanvas;
  ok(
    await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'TEXT',
        position: { x: 0, y: 0, w: 4, h: 2 },
        content: { markdown: 'Weekly numbers' },
      },
    }),
  );
  ok(
    await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId: canvas.id },
    }),
  );
  const schedule = ok(
    await h.gql<{ createSchedule: { id: string; destinations: { target: string; secret: string }[] } }>(
      owner,
      `mutation($input: CreateScheduleInput!) { createSchedule(input: $input) {
        id destinations { target secret } } }`,
      {
        input: {
          canvasId: canvas.id,
          cron: '0 9 * * *',
          destinations: targets.map((target) => ({ kind: 'WEBHOOK', target })),
        },
      },
    ),
  ).createSchedule;
  return { canvasId: canvas.id, schedule };
}

const deliveriesOf = async (canvasId: string) =>
  ok(await h.gql<{ canvasDeliveries: Delivery[] }>(owner, DELIVERIES, { canvasId })).canvasDeliveries;

const runNow = async (scheduleId: string) =>
  ok(
    await h.gql<{ runScheduleNow: { id: string } }>(
      owner,
      'mutation($id: ID!) { runScheduleNow(id: $id) { id } }',
      {
        id: scheduleId,
      },
    ),
  ).runScheduleNow;

describe('a worker killed mid-job', () => {
  it('runs the send again once on another worker; each destination gets one webhook id, the delivery is not duplicated', async () => {
    const slow = `${sinkOrigin}/slow`;
    const fast = `${sinkOrigin}/fast`;
    const { canvasId, schedule } = await webhookSchedule([slow, fast]);
    const secretOf = (target: string) => schedule.destinations.find((d) => d.target === target)!.secret;
    const deliveries = () => deliveriesOf(canvasId);

    const first = await startWorker();
    const started = await runNow(schedule.id);
    // The fast destination is answered and recorded; the slow one is in flight, held by the sink.
    await expect
      .poll(async () => (await deliveries())[0]?.targets.find((t) => t.target === fast)?.status, {
        timeout: 30_000,
        interval: 200,
      })
      .toBe('SENT');
    await expect.poll(() => held.length, { timeout: 10_000, interval: 100 }).toBe(1);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    held[0]!.destroy();
    const during = (await deliveries())[0]!;
    expect(during).toMatchObject({ id: started.id, status: 'PENDING', attempts: 1 });
    expect(during.targets.find((t) => t.target === slow)).toMatchObject({ status: 'PENDING', attempts: 1 });

    await startWorker();
    await expect
      .poll(async () => (await deliveries())[0]?.status, { timeout: 60_000, interval: 500 })
      .toBe('SENT');
    // Past another job timeout and maintenance: nothing runs a third time.
    await new Promise((resolve) => setTimeout(resolve, (JOB_TIMEOUT_SECONDS + 3) * 1000));

    const list = await deliveries();
    expect(list).toHaveLength(1);
    // Attempts of a delivery are its most tried part: the slow destination's two.
    expect(list[0]).toMatchObject({ id: started.id, status: 'SENT', attempts: 2 });
    // The run (refresh + render) was not repeated: it had finished before the crash.
    expect((await h.server.services().repos.deliveries.find(started.id))?.attempts).toBe(1);
    expect(list[0]!.targets.find((t) => t.target === slow)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(list[0]!.targets.find((t) => t.target === fast)).toMatchObject({ status: 'SENT', attempts: 1 });

    const toSlow = hooks.filter((hook) => hook.path === '/slow');
    const toFast = hooks.filter((hook) => hook.path === '/fast');
    expect(toFast).toHaveLength(1);
    expect(toSlow).toHaveLength(2); // the request cut by the crash, then the retry
    for (const hook of toSlow) expect(verifyWebhook(secretOf(slow), hook.headers, hook.body)).toBe(true);
    expect(verifyWebhook(secretOf(fast), toFast[0]!.headers, toFast[0]!.body)).toBe(true);
    // One webhook id per destination: the retried request carries the id of the one it replaces.
    expect(toSlow[1]!.headers['webhook-id']).toBe(toSlow[0]!.headers['webhook-id']);
    expect(toSlow[1]!.body).toBe(toSlow[0]!.body);
    const ids = new Set(hooks.map((hook) => hook.headers['webhook-id']));
    expect(ids.size).toBe(2);
    expect(JSON.parse(toSlow[0]!.body)).toMatchObject({ type: 'schedule.delivered', deliveryId: started.id });
  }, 180_000);

  it('renders again once when the worker dies mid-render; each destination then gets exactly one request', async () => {
    const a = `${sinkOrigin}/render-a`;
    const b = `${sinkOrigin}/render-b`;
    const { canvasId, schedule } = await webhookSchedule([a, b]);
    const hanging = await startWorker('--hang-render');
    const started = await runNow(schedule.id);
    await expect
      .poll(() => hanging.said.includes('rendering'), { timeout: 30_000, interval: 100 })
      .toBe(true);
    hanging.kill('SIGKILL');
    await new Promise((resolve) => hanging.once('exit', resolve));
    expect((await deliveriesOf(canvasId))[0]).toMatchObject({
      id: started.id,
      status: 'PENDING',
      targets: [],
    });

    await startWorker();
    await expect
      .poll(async () => (await deliveriesOf(canvasId))[0]?.status, { timeout: 60_000, interval: 500 })
      .toBe('SENT');
    await new Promise((resolve) => setTimeout(resolve, (JOB_TIMEOUT_SECONDS + 3) * 1000));
    const list = await deliveriesOf(canvasId);
    expect(list).toHaveLength(1);
    // The run job ran twice (the killed attempt and this one); each destination was sent once.
    expect((await h.server.services().repos.deliveries.find(started.id))?.attempts).toBe(2);
    expect(list[0]!.targets.map((t) => t.attempts)).toEqual([1, 1]);
    const toA = hooks.filter((hook) => hook.path === '/render-a');
    const toB = hooks.filter((hook) => hook.path === '/render-b');
    expect([toA.length, toB.length]).toEqual([1, 1]);
    expect(toA[0]!.headers['webhook-id']).not.toBe(toB[0]!.headers['webhook-id']);
    expect(JSON.parse(toA[0]!.body)).toMatchObject({ deliveryId: started.id });
  }, 180_000);
});
