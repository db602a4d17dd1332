// Schedules and alerts on chained blocks through the real gateway, queries service and worker
// (issues 20 and 21): a SQL block with no data source that reads another block by name
// ({{base}}) is refreshed by a scheduled delivery, and an alert on a METRIC over it evaluates.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../subgraphs/canvases/src/services/deliveries/senders/standard-webhooks.ts';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let canvasId: string;
let totalId: string;
let metricId: string;
let sink: http.Server;
let sinkUrl: string;
const hooks: { headers: http.IncomingHttpHeaders; body: string }[] = [];

function data<T>(result: GraphQLResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const gql = <T>(query: string, variables: Record<string, unknown>) =>
  stack.gql<T>(query, variables, owner.accessToken);

interface Delivery {
  id: string;
  status: string;
  type: string;
  value: number | null;
  error: string | null;
  targets: { kind: string; status: string; error: string | null }[];
}
const DELIVERY = 'id status type value error targets { kind status error }';

async function settled(id: string): Promise<Delivery> {
  let found: Delivery | undefined;
  await expect
    .poll(
      async () => {
        const list = data(
          await gql<{ canvasDeliveries: Delivery[] }>(
            `query($c: ID!) { canvasDeliveries(canvasId: $c) { ${DELIVERY} } }`,
            { c: canvasId },
          ),
        ).canvasDeliveries;
        found = list.find((d) => d.id === id);
        return found?.status;
      },
      { timeout: 120_000, interval: 500 },
    )
    .not.toBe('PENDING');
  return found!;
}

beforeAll(async () => {
  sink = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
  stack = await startStack({}, { worker: true });
  owner = await signUp(stack, 'chained-deliveries');
  const demo = await demoSourceId(stack, owner);
  canvasId = data(
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: owner.projectId, name: 'Chained customers' } },
    ),
  ).createCanvas.id;
  const add = async (type: string, content: Record<string, unknown>, y: number) =>
    data(
      await gql<{ addBlock: { id: string } }>('mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }', {
        i: { canvasId, type, position: { x: 0, y, w: 6, h: 4 }, content },
      }),
    ).addBlock.id;
  await add(
    'SQL',
    {
      name: 'base',
      title: 'Customers by region',
      dataSourceId: demo,
      sql: 'SELECT region, COUNT(*) AS customers FROM customers GROUP BY region',
    },
    0,
  );
  // No data source: it reads the block above by name.
  totalId = await add(
    'SQL',
    { name: 'total', title: 'All customers', sql: 'SELECT SUM(customers) AS customers FROM {{base}}' },
    4,
  );
  metricId = await add('METRIC', { title: 'Customers', sourceBlockId: totalId, field: 'customers' }, 8);
  data(
    await gql('mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId },
    }),
  );
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  sink?.close();
});

/** The chained block's value as the editor runs it. */
async function chainedTotal(): Promise<number> {
  const run = data(
    await gql<{ runCanvasBlock: { status: string; rows: unknown[][] } }>(
      'query($c: ID!, $b: ID!) { runCanvasBlock(canvasId: $c, blockId: $b) }',
      { c: canvasId, b: totalId },
    ),
  ).runCanvasBlock;
  expect(run.status).toBe('SUCCEEDED');
  return Number(run.rows[0]![0]);
}

describe('deliveries over a chained block', () => {
  it('runScheduleNow refreshes and renders a canvas with a chained block, and the signed webhook links the PDF', async () => {
    const created = data(
      await gql<{ createSchedule: { id: string; destinations: { secret: string | null }[] } }>(
        'mutation($i: CreateScheduleInput!) { createSchedule(input: $i) { id destinations { secret } } }',
        { i: { canvasId, cron: '0 7 * * 1', destinations: [{ kind: 'WEBHOOK', target: sinkUrl }] } },
      ),
    ).createSchedule;
    const secret = created.destinations[0]!.secret!;
    const started = data(
      await gql<{ runScheduleNow: Delivery }>(
        `mutation($id: ID!) { runScheduleNow(id: $id) { ${DELIVERY} } }`,
        {
          id: created.id,
        },
      ),
    ).runScheduleNow;
    const done = await settled(started.id);
    expect(done).toMatchObject({ status: 'SENT', type: 'schedule.delivered', error: null });
    const hook = hooks.find((x) => x.body.includes(started.id))!;
    expect(verifyWebhook(secret, hook.headers as Record<string, string>, hook.body)).toBe(true);
    const body = JSON.parse(hook.body) as { type: string; attachment: { url: string } };
    expect(body.type).toBe('schedule.delivered');
    const pdf = await fetch(new URL(new URL(body.attachment.url).pathname, stack.gatewayUrl));
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The worker refreshed every block, the chained one included: no refresh failed.
    expect(stack.logs()).not.toContain('a scheduled refresh failed');
  }, 180_000);

  it('an alert on a METRIC over the chained block evaluates it: alert.triggered with the value', async () => {
    const expected = await chainedTotal();
    expect(expected).toBeGreaterThan(0);
    const created = data(
      await gql<{ createAlert: { id: string; destinations: { secret: string | null }[] } }>(
        'mutation($i: CreateAlertInput!) { createAlert(input: $i) { id destinations { secret } } }',
        {
          i: {
            canvasId,
            blockId: metricId,
            op: '>',
            value: 0,
            cron: '0 * * * *',
            destinations: [{ kind: 'WEBHOOK', target: sinkUrl }],
          },
        },
      ),
    ).createAlert;
    const secret = created.destinations[0]!.secret!;
    const delivery = data(
      await gql<{ runAlertNow: Delivery | null }>(
        `mutation($id: ID!) { runAlertNow(id: $id) { ${DELIVERY} } }`,
        {
          id: created.id,
        },
      ),
    ).runAlertNow;
    expect(delivery).toMatchObject({ type: 'alert.triggered', value: expected });
    expect((await settled(delivery!.id)).status).toBe('SENT');
    const hook = hooks.find((x) => x.body.includes(delivery!.id))!;
    expect(verifyWebhook(secret, hook.headers as Record<string, string>, hook.body)).toBe(true);
    expect(JSON.parse(hook.body)).toMatchObject({ type: 'alert.triggered', canvasId, value: expected });
  }, 180_000);
});
