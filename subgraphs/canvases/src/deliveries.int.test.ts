// Schedules, alerts and deliveries against real parts: the job queue on PostgreSQL, an SMTP sink
// (smtp-server), an HTTP sink that verifies Standard Webhooks signatures and downloads the file.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createJobQueue, type JobQueue } from '@tessera/jobs';
import { captureLogger, createTestDatabase } from '@tessera/testing';
import type { CanvasRecord, ExportFormat } from './data/index.ts';
import { registerDeliveryJobs } from './jobs/delivery-jobs.ts';
import { verifyWebhook } from './services/deliveries/senders/standard-webhooks.ts';
import type { Renderer } from './services/deliveries/renderer.ts';
import {
  errorOf,
  newProject,
  ok,
  startHarness,
  succeededRun,
  user,
  type Harness,
} from './testing/harness.ts';
import {
  ADD_BLOCK,
  CREATE_CANVAS,
  UPDATE_BLOCK,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A renderer standing in for Chromium: real bytes behind a real, expiring URL served over HTTP. */
function fileRenderer(): Renderer & { origin: string; server: http.Server; renders: number } {
  const files = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const bytes = files.get(req.url ?? '');
    if (!bytes) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
  });
  const renderer = {
    origin: '',
    server,
    renders: 0,
    async render(canvas: CanvasRecord, format: ExportFormat) {
      renderer.renders++;
      const path = `/exports/${randomUUID()}`;
      files.set(path, PDF);
      return {
        bytes: PDF,
        url: `${renderer.origin}${path}`,
        expiresAt: new Date(Date.now() + 3600_000),
        contentType: format === 'PDF' ? 'application/pdf' : 'image/png',
        filename: `${canvas.name}.pdf`,
      };
    },
    async read(url: string) {
      return files.get(new URL(url).pathname) ?? null;
    },
  };
  return renderer;
}

interface Mail {
  to: string;
  raw: string;
}
interface Hook {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let h: Harness;
let jobLog: ReturnType<typeof captureLogger>;
let queue: JobQueue;
let db: { url: string; drop(): Promise<void> };
let smtp: SMTPServer;
let sink: http.Server;
let sinkUrl: string;
let sinkStatus = 200;
const mails: Mail[] = [];
const hooks: Hook[] = [];
const renderer = fileRenderer();
const owner = user([]);
let organizationId: string;
let projectId: string;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  sink = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(sinkStatus).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
  await new Promise<void>((resolve) => renderer.server.listen(0, '127.0.0.1', resolve));
  renderer.origin = `http://127.0.0.1:${(renderer.server.address() as AddressInfo).port}`;

  jobLog = captureLogger('jobs', 'info');
  const logger = jobLog.logger;
  queue = createJobQueue({ connectionString: db.url, logger, pollingIntervalSeconds: 0.5 });
  await queue.start();
  h = await startHarness({
    jobs: queue,
    renderer,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      DELIVERY_MAX_ATTEMPTS: '2',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
    },
  });
  await registerDeliveryJobs(queue, h.server.services(), logger);
  ({ organizationId, projectId } = newProject(h));
  owner.principal = { ...user([[organizationId, 'OWNER']]).principal };
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  console.log(jobLog.text().slice(-4000), h.log.text().slice(-4000));
  const all = await h.server.services().repos.deliveries.listForOrganization([organizationId], 'SCHEDULE', 5);
  console.log(JSON.stringify(all, null, 1));
  for (const d of all) console.log(await queue.getJob('canvas-delivery-run', d.id));
});

afterAll(async () => {
  await queue?.stop({ timeoutMs: 2_000 }).catch(() => undefined);
  await h?.stop();
  await db?.drop();
  smtp?.close();
  sink?.close();
  renderer.server.close();
});

const CREATE_SCHEDULE = `mutation($input: CreateScheduleInput!) { createSchedule(input: $input) {
  id cron timezone format nextRunAt paused destinations { id kind target secret } } }`;
const CREATE_ALERT = `mutation($input: CreateAlertInput!) { createAlert(input: $input) {
  id op value triggered destinations { id kind target secret } } }`;
const DELIVERY_FIELDS = `id status attempts error type trigger value summary createdAt finishedAt
  targets { kind target status attempts error }`;
const DELIVERIES = `query($canvasId: ID!) { canvasDeliveries(canvasId: $canvasId) { ${DELIVERY_FIELDS} } }`;
const SCHEDULES = `query($canvasId: ID!) { canvasSchedules(canvasId: $canvasId) { id paused nextRunAt destinations { kind secret } lastDelivery { id status } } }`;

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  error: string | null;
  type: string;
  value: number | null;
  targets: { kind: string; target: string; status: string; attempts: number; error: string | null }[];
}

async function publishedCanvas(): Promise<{ canvasId: string; metricId: string }> {
  const canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
      input: { projectId, name: `Weekly ${randomUUID().slice(0, 6)}` },
    }),
  ).createCanvas;
  const sql = ok(
    await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'SQL',
        position: { x: 0, y: 0, w: 4, h: 3 },
        content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS value' },
      },
    }),
  ).addBlock;
  const metric = ok(
    await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'METRIC',
        position: { x: 4, y: 0, w: 2, h: 2 },
        content: { title: 'Open incidents', sourceBlockId: sql.id, field: 'value' },
      },
    }),
  ).addBlock;
  ok(
    await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId: canvas.id },
    }),
  );
  return { canvasId: canvas.id, metricId: metric.id };
}

async function settled(canvasId: string, id: string): Promise<Delivery> {
  let found: Delivery | undefined;
  await expect
    .poll(
      async () => {
        const list = ok(await h.gql<{ canvasDeliveries: Delivery[] }>(owner, DELIVERIES, { canvasId }));
        found = list.canvasDeliveries.find((d) => d.id === id);
        return found?.status;
      },
      { timeout: 30_000, interval: 250 },
    )
    .not.toBe('PENDING');
  return found!;
}

/** The harness's clock signs webhook timestamps. */
const nowSeconds = () => Math.floor(h.clock.now().getTime() / 1000);

const runValue = (value: number) => () => Promise.resolve({ ...succeededRun(), rows: [[value]] });

describe('schedules', () => {
  it('refuses bad crons, time zones, targets and too many destinations (BAD_USER_INPUT)', async () => {
    const { canvasId } = await publishedCanvas();
    const base = { canvasId, cron: '0 8 * * 1', destinations: [{ kind: 'EMAIL', target: 'a@example.com' }] };
    const cases: [Record<string, unknown>, string][] = [
      [{ cron: '61 * * * *' }, 'cron'],
      [{ cron: '* * * *' }, 'cron'],
      [{ cron: '@hourly' }, 'cron'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ timezone: '+02:00' }, 'timezone'],
      [{ destinations: [{ kind: 'EMAIL', target: 'not-an-email' }] }, 'destinations.0.target'],
      [{ destinations: [{ kind: 'WEBHOOK', target: 'ftp://example.com/x' }] }, 'destinations.0.target'],
      [{ destinations: [{ kind: 'SLACK', target: 'http://169.254.169.254/latest' }] }, 'target'],
      // The platform's own ports are never a target, even with private networks allowed.
      [{ destinations: [{ kind: 'WEBHOOK', target: 'http://127.0.0.1:4001/graphql' }] }, 'target'],
      [{ destinations: [] }, 'destinations'],
      [
        {
          destinations: Array.from({ length: 11 }, (_, i) => ({
            kind: 'EMAIL',
            target: `u${i}@example.com`,
          })),
        },
        'destinations',
      ],
    ];
    for (const [patch, field] of cases) {
      const error = errorOf(await h.gql(owner, CREATE_SCHEDULE, { input: { ...base, ...patch } }));
      expect(error.extensions.code, JSON.stringify(patch)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions), JSON.stringify(patch)).toContain(field);
    }
    expect(
      ok(await h.gql<{ canvasSchedules: unknown[] }>(owner, SCHEDULES, { canvasId })).canvasSchedules,
    ).toEqual([]);
  });

  it('is for editors of the canvas: a VIEWER is FORBIDDEN, another tenant gets NOT_FOUND', async () => {
    const { canvasId } = await publishedCanvas();
    const input = { canvasId, cron: '0 8 * * *', destinations: [{ kind: 'EMAIL', target: 'a@example.com' }] };
    const viewer = user([[organizationId, 'VIEWER']]);
    expect(errorOf(await h.gql(viewer, CREATE_SCHEDULE, { input })).extensions.code).toBe('FORBIDDEN');
    const stranger = user([[randomUUID(), 'OWNER']]);
    expect(errorOf(await h.gql(stranger, CREATE_SCHEDULE, { input })).extensions.code).toBe('NOT_FOUND');
    const created = ok(
      await h.gql<{ createSchedule: { id: string } }>(owner, CREATE_SCHEDULE, { input }),
    ).createSchedule;
    for (const who of [viewer, stranger]) {
      const run = errorOf(
        await h.gql(who, 'mutation($id: ID!) { runScheduleNow(id: $id) { id } }', { id: created.id }),
      );
      expect(run.extensions.code).toBe(who === viewer ? 'FORBIDDEN' : 'NOT_FOUND');
    }
  });

  it('runs now: refreshes the SQL without the cache, emails the PDF and signs the webhook, whose link returns the PDF', async () => {
    const { canvasId } = await publishedCanvas();
    const email = `team-${randomUUID().slice(0, 6)}@example.com`;
    const created = ok(
      await h.gql<{
        createSchedule: {
          id: string;
          nextRunAt: string;
          destinations: { kind: string; secret: string | null }[];
        };
      }>(owner, CREATE_SCHEDULE, {
        input: {
          canvasId,
          cron: '30 7 * * 1-5',
          timezone: 'Europe/Paris',
          destinations: [
            { kind: 'EMAIL', target: email },
            { kind: 'WEBHOOK', target: sinkUrl },
          ],
        },
      }),
    ).createSchedule;
    const secret = created.destinations.find((d) => d.kind === 'WEBHOOK')!.secret!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.nextRunAt).toMatch(/T0[56]:30:00/); // 07:30 Paris is 05:30 or 06:30 UTC
    // The secret is shown once: listing never returns it.
    const listed = ok(
      await h.gql<{ canvasSchedules: { destinations: { secret: string | null }[] }[] }>(owner, SCHEDULES, {
        canvasId,
      }),
    );
    expect(listed.canvasSchedules[0]!.destinations.map((d) => d.secret)).toEqual([null, null]);
    // Its cron is registered on the queue, keyed by the schedule.
    const crons = await queue.schedules('canvas-delivery-cron');
    expect(crons.find((c) => c.key === created.id)).toMatchObject({
      cron: '30 7 * * 1-5',
      tz: 'Europe/Paris',
    });

    const runsBefore = h.runs.length;
    const hooksBefore = hooks.length;
    const started = ok(
      await h.gql<{ runScheduleNow: Delivery }>(
        owner,
        `mutation($id: ID!) { runScheduleNow(id: $id) { ${DELIVERY_FIELDS} } }`,
        {
          id: created.id,
        },
      ),
    ).runScheduleNow;
    expect(started.status).toBe('PENDING');
    const done = await settled(canvasId, started.id);
    expect(done).toMatchObject({ status: 'SENT', type: 'schedule.delivered', error: null });
    expect(done.targets.map((t) => [t.kind, t.status, t.attempts])).toEqual([
      ['EMAIL', 'SENT', 1],
      ['WEBHOOK', 'SENT', 1],
    ]);
    expect(h.runs.slice(runsBefore).every((run) => run.fresh === true)).toBe(true);
    expect(h.runs.length).toBeGreaterThan(runsBefore);

    const mail = mails.filter((m) => m.to === email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.raw).toMatch(/Content-Type: application\/pdf/i);
    expect(mail[0]!.raw.replace(/\r?\n/g, '')).toContain(PDF.toString('base64').slice(0, 40));

    const hook = hooks.slice(hooksBefore);
    expect(hook).toHaveLength(1);
    expect(
      verifyWebhook(secret, hook[0]!.headers as Record<string, string>, hook[0]!.body, nowSeconds()),
    ).toBe(true);
    expect(
      verifyWebhook(
        `whsec_${Buffer.alloc(32).toString('base64')}`,
        hook[0]!.headers as Record<string, string>,
        hook[0]!.body,
        nowSeconds(),
      ),
    ).toBe(false);
    const body = JSON.parse(hook[0]!.body) as {
      type: string;
      canvasId: string;
      deliveryId: string;
      attachment: { format: string; url: string };
    };
    expect(body).toMatchObject({
      type: 'schedule.delivered',
      canvasId,
      deliveryId: started.id,
      attachment: { format: 'PDF' },
    });
    const download = await fetch(body.attachment.url);
    expect(download.status).toBe(200);
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('retries a failing destination with backoff, then marks it FAILED with the error', async () => {
    const { canvasId } = await publishedCanvas();
    const created = ok(
      await h.gql<{ createSchedule: { id: string } }>(owner, CREATE_SCHEDULE, {
        input: {
          canvasId,
          cron: '0 9 * * *',
          destinations: [{ kind: 'WEBHOOK', target: `${sinkUrl}?failing` }],
        },
      }),
    ).createSchedule;
    sinkStatus = 503;
    try {
      const started = ok(
        await h.gql<{ runScheduleNow: { id: string } }>(
          owner,
          'mutation($id: ID!) { runScheduleNow(id: $id) { id } }',
          { id: created.id },
        ),
      ).runScheduleNow;
      const done = await settled(canvasId, started.id);
      expect(done.status).toBe('FAILED');
      expect(done.attempts).toBe(2);
      expect(done.targets[0]).toMatchObject({ status: 'FAILED', attempts: 2 });
      expect(done.error).toContain('HTTP 503');
    } finally {
      sinkStatus = 200;
    }
  });

  it('sends once when a job runs again after a crash (same run and send jobs retried)', async () => {
    const { canvasId } = await publishedCanvas();
    const email = `once-${randomUUID().slice(0, 6)}@example.com`;
    const created = ok(
      await h.gql<{ createSchedule: { id: string } }>(owner, CREATE_SCHEDULE, {
        input: { canvasId, cron: '0 9 * * *', destinations: [{ kind: 'EMAIL', target: email }] },
      }),
    ).createSchedule;
    const services = h.server.services();
    const rule = (await services.repos.rules.find(created.id))!;
    // The cron job fires, then "crashes" and is delivered again with the same job id.
    const jobId = randomUUID();
    await services.deliveries!.fire(rule.id, jobId);
    await services.deliveries!.fire(rule.id, jobId);
    const list = await services.repos.deliveries.listForRule(rule.id, 10);
    expect(list).toHaveLength(1);
    const delivery = await settled(canvasId, list[0]!.id);
    expect(delivery.status).toBe('SENT');
    // The run and the send are executed again (a worker died after doing them): nothing new goes out.
    await services.deliveries!.run(delivery.id, 1);
    await services.deliveries!.send(
      delivery.id,
      (await services.repos.deliveries.find(delivery.id))!.sends[0]!.destinationId,
      1,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mails.filter((m) => m.to === email)).toHaveLength(1);
  });
});

describe('alerts', () => {
  it('delivers alert.triggered with the value once on the transition, not again while it stays triggered', async () => {
    const { canvasId, metricId } = await publishedCanvas();
    const services = h.server.services();
    h.runSql = runValue(3);
    const created = ok(
      await h.gql<{ createAlert: { id: string; destinations: { kind: string; secret: string }[] } }>(
        owner,
        CREATE_ALERT,
        {
          input: {
            canvasId,
            blockId: metricId,
            op: '>',
            value: 0,
            cron: '*/5 * * * *',
            destinations: [{ kind: 'WEBHOOK', target: sinkUrl }],
          },
        },
      ),
    ).createAlert;
    const secret = created.destinations[0]!.secret;
    const hooksBefore = hooks.length;
    await services.deliveries!.fire(created.id, randomUUID());
    await services.deliveries!.fire(created.id, randomUUID());
    const deliveries = await services.repos.deliveries.listForRule(created.id, 10);
    expect(deliveries).toHaveLength(1);
    const done = await settled(canvasId, deliveries[0]!.id);
    expect(done).toMatchObject({ status: 'SENT', type: 'alert.triggered', value: 3 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const sent = hooks.slice(hooksBefore);
    expect(sent).toHaveLength(1);
    expect(
      verifyWebhook(secret, sent[0]!.headers as Record<string, string>, sent[0]!.body, nowSeconds()),
    ).toBe(true);
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ type: 'alert.triggered', canvasId, value: 3 });

    // Back under the threshold: no delivery, state reset; over it again: a second delivery.
    h.runSql = runValue(0);
    await services.deliveries!.fire(created.id, randomUUID());
    expect(await services.repos.deliveries.listForRule(created.id, 10)).toHaveLength(1);
    const alert = ok(
      await h.gql<{ canvasAlerts: { triggered: boolean; lastValue: number }[] }>(
        owner,
        'query($c: ID!) { canvasAlerts(canvasId: $c) { triggered lastValue } }',
        { c: canvasId },
      ),
    );
    expect(alert.canvasAlerts[0]).toEqual({ triggered: false, lastValue: 0 });
    h.runSql = runValue(5);
    await services.deliveries!.fire(created.id, randomUUID());
    expect(await services.repos.deliveries.listForRule(created.id, 10)).toHaveLength(2);
  });

  it('runAlertNow answers null when the condition does not hold, a delivery when it does', async () => {
    const { canvasId, metricId } = await publishedCanvas();
    const created = ok(
      await h.gql<{ createAlert: { id: string } }>(owner, CREATE_ALERT, {
        input: {
          canvasId,
          blockId: metricId,
          op: '>=',
          value: 10,
          cron: '0 * * * *',
          destinations: [{ kind: 'EMAIL', target: 'ops@example.com' }],
        },
      }),
    ).createAlert;
    const RUN = `mutation($id: ID!) { runAlertNow(id: $id) { id status value } }`;
    h.runSql = runValue(9);
    expect(ok(await h.gql<{ runAlertNow: unknown }>(owner, RUN, { id: created.id })).runAlertNow).toBeNull();
    h.runSql = runValue(10);
    const delivery = ok(
      await h.gql<{ runAlertNow: { id: string; value: number } }>(owner, RUN, { id: created.id }),
    ).runAlertNow;
    expect(delivery.value).toBe(10);
    expect((await settled(canvasId, delivery.id)).status).toBe('SENT');
  });

  it('watches METRIC blocks only, with one of > >= < <= = !=', async () => {
    const { canvasId, metricId } = await publishedCanvas();
    const base = {
      canvasId,
      blockId: metricId,
      op: '>',
      value: 1,
      cron: '0 * * * *',
      destinations: [{ kind: 'EMAIL', target: 'a@example.com' }],
    };
    expect(errorOf(await h.gql(owner, CREATE_ALERT, { input: { ...base, op: '=>' } })).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorOf(await h.gql(owner, CREATE_ALERT, { input: { ...base, blockId: randomUUID() } })).extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it("reads its cron in its time zone and states the value in the metric's number format everywhere", async () => {
    const { canvasId, metricId } = await publishedCanvas();
    ok(
      await h.gql(owner, UPDATE_BLOCK, {
        input: { canvasId, blockId: metricId, content: { format: 'percent' } },
      }),
    );
    h.runSql = runValue(0.1234);
    const email = `rate-${randomUUID().slice(0, 6)}@example.com`;
    const input = {
      canvasId,
      blockId: metricId,
      op: '>',
      value: 0.1,
      cron: '0 8 * * *',
      timezone: 'Asia/Tokyo',
      destinations: [
        { kind: 'EMAIL', target: email },
        { kind: 'WEBHOOK', target: sinkUrl },
      ],
    };
    expect(
      errorOf(await h.gql(owner, CREATE_ALERT, { input: { ...input, timezone: 'Mars/Olympus' } })).extensions
        .code,
    ).toBe('BAD_USER_INPUT');
    const created = ok(
      await h.gql<{ createAlert: { id: string } }>(owner, CREATE_ALERT, { input }),
    ).createAlert;
    const listed = ok(
      await h.gql<{ canvasAlerts: { id: string; timezone: string; nextRunAt: string }[] }>(
        owner,
        'query($c: ID!) { canvasAlerts(canvasId: $c) { id timezone nextRunAt } }',
        { c: canvasId },
      ),
    ).canvasAlerts.find((a) => a.id === created.id)!;
    expect(listed.timezone).toBe('Asia/Tokyo');
    expect(listed.nextRunAt).toMatch(/T23:00:00/); // 08:00 in Tokyo (UTC+9, no summer time)

    const hooksBefore = hooks.length;
    const RUN = `mutation($id: ID!) { runAlertNow(id: $id) { id value valueText summary } }`;
    const delivery = ok(
      await h.gql<{ runAlertNow: { id: string; value: number; valueText: string; summary: string } }>(
        owner,
        RUN,
        { id: created.id },
      ),
    ).runAlertNow;
    expect(delivery).toMatchObject({
      value: 0.1234,
      valueText: '12.3%',
      summary: 'Open incidents is 12.3% (> 10%)',
    });
    expect((await settled(canvasId, delivery.id)).status).toBe('SENT');
    const hook = hooks.slice(hooksBefore).find((x) => x.body.includes(delivery.id))!;
    expect(JSON.parse(hook.body)).toMatchObject({
      type: 'alert.triggered',
      value: 0.1234,
      valueText: '12.3%',
      summary: expect.stringContaining('Open incidents is 12.3% (> 10%)'),
    });
    const mail = mails.find((m) => m.to === email)!;
    expect(mail.raw).toMatch(/Subject: Alert: .*Open incidents is 12\.3% \(> 10%\)/);
  });
});

describe('chained blocks (a SQL block reading other blocks by name, no data source)', () => {
  /** A published canvas: `base` on the demo source, `total` reading {{base}}, a METRIC over `total`. */
  async function chainedCanvas(): Promise<{ canvasId: string; metricId: string }> {
    const canvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
        input: { projectId, name: `Chained ${randomUUID().slice(0, 6)}` },
      }),
    ).createCanvas;
    const add = async (type: string, content: Record<string, unknown>) =>
      ok(
        await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
          input: { canvasId: canvas.id, type, position: { x: 0, y: 0, w: 4, h: 3 }, content },
        }),
      ).addBlock;
    await add('SQL', { name: 'base', dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS value' });
    const total = await add('SQL', { name: 'total', sql: 'SELECT sum(value) AS total FROM {{base}}' });
    const metric = await add('METRIC', { title: 'Chained total', sourceBlockId: total.id, field: 'total' });
    ok(
      await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
        i: { canvasId: canvas.id },
      }),
    );
    return { canvasId: canvas.id, metricId: metric.id };
  }

  it('a scheduled delivery refreshes the chained block too (its chain run without the cache)', async () => {
    h.runSql = async () => succeededRun();
    const { canvasId } = await chainedCanvas();
    const created = ok(
      await h.gql<{ createSchedule: { id: string } }>(owner, CREATE_SCHEDULE, {
        input: { canvasId, cron: '0 6 * * *', destinations: [{ kind: 'WEBHOOK', target: sinkUrl }] },
      }),
    ).createSchedule;
    const runsBefore = h.runs.length;
    const started = ok(
      await h.gql<{ runScheduleNow: { id: string } }>(
        owner,
        'mutation($id: ID!) { runScheduleNow(id: $id) { id } }',
        {
          id: created.id,
        },
      ),
    ).runScheduleNow;
    expect((await settled(canvasId, started.id)).status).toBe('SENT');
    const runs = h.runs.slice(runsBefore);
    // `total` ran as the editor runs it: compiled with `base` as a CTE, on base's source, fresh.
    const chained = runs.filter((r) => r.sql.includes('"base" AS ('));
    expect(chained).toHaveLength(1);
    expect(chained[0]).toMatchObject({ dataSourceId: h.demoSourceId, fresh: true, dialect: 'duckdb' });
    expect(runs.every((r) => r.fresh === true)).toBe(true);
  });

  it('an alert on a METRIC over a chained block evaluates it and delivers alert.triggered with its value', async () => {
    const { canvasId, metricId } = await chainedCanvas();
    h.runSql = async (input) =>
      input.sql.includes('"base" AS (')
        ? { ...succeededRun(), columns: [{ name: 'total', type: 'INTEGER' }], rows: [[42]] }
        : succeededRun();
    const created = ok(
      await h.gql<{ createAlert: { id: string } }>(owner, CREATE_ALERT, {
        input: {
          canvasId,
          blockId: metricId,
          op: '>',
          value: 40,
          cron: '0 * * * *',
          destinations: [{ kind: 'WEBHOOK', target: sinkUrl }],
        },
      }),
    ).createAlert;
    const hooksBefore = hooks.length;
    const delivery = ok(
      await h.gql<{ runAlertNow: { id: string; value: number; summary: string } | null }>(
        owner,
        'mutation($id: ID!) { runAlertNow(id: $id) { id value summary } }',
        { id: created.id },
      ),
    ).runAlertNow;
    expect(delivery).toMatchObject({ value: 42, summary: 'Chained total is 42 (> 40)' });
    expect((await settled(canvasId, delivery!.id)).status).toBe('SENT');
    const hook = hooks.slice(hooksBefore).find((x) => x.body.includes(delivery!.id));
    expect(JSON.parse(hook!.body)).toMatchObject({ type: 'alert.triggered', canvasId, value: 42 });
  });
});
