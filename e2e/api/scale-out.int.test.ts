import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openCanvasStore } from '@tessera/canvases/live';
import {
  createCollabAuthorize,
  createServer as createCollab,
  loadConfig as loadCollabConfig,
  type CollabServer,
} from '@tessera/collab-server';
import { addBlock, blocksOf } from '@tessera/canvas-model';
import { collabProviderOptions } from '@tessera/canvas-model/collab';
import { silentLogger } from '@tessera/logger';
import { configuredEngineAvailable, redisAvailable, TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLICKHOUSE_URL = process.env.CLICKHOUSE_URL;
// On CI (CI=true) an absent Redis or ClickHouse fails this file instead of skipping.
const redisUp = await redisAvailable(REDIS_URL);
const clickhouseUp = await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', CLICKHOUSE_URL);

let stack: Stack;
let owner: SignedUpUser;
const collabs: CollabServer[] = [];
const providers: WebsocketProvider[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  // The services run natively (no Docker); usage telemetry goes to ClickHouse when it is configured.
  stack = await startStack(CLICKHOUSE_URL ? { CLICKHOUSE_URL } : {});
  owner = await signUp(stack, 'scale');
}, 180_000);
afterAll(async () => {
  for (const provider of providers) provider.destroy();
  for (const collab of collabs) await collab.stop();
  for (const close of closers) await close();
  await stack.stop();
});

describe.skipIf(!redisUp)('scale-out with Redis: two collab-server instances', () => {
  it('an edit made through one instance reaches a client of the other', async () => {
    const canvasId = (
      await stack.gql<{ createCanvas: { id: string } }>(
        'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
        { i: { projectId: owner.projectId, name: 'Shared' } },
        owner.accessToken,
      )
    ).data!.createCanvas.id;
    const mongodbUrl = stack.mongodbUrl;
    const urls: string[] = [];
    for (let i = 0; i < 2; i++) {
      const store = await openCanvasStore({ mongodbUrl });
      closers.push(() => store.close());
      const collab = createCollab({
        config: loadCollabConfig({
          ...TEST_SECRETS,
          NODE_ENV: 'test',
          COLLAB_PORT: '0',
          REDIS_URL,
          COLLAB_REDIS_PREFIX: `tessera:test:${canvasId}:`,
        }),
        logger: silentLogger,
        authorize: createCollabAuthorize({
          accountsUrl: stack.accountsUrl,
          internalSecret: TEST_SECRETS.INTERNAL_SECRET,
          store,
        }),
        persistence: store.persistence,
        redis: { url: REDIS_URL, channelPrefix: `tessera:test:${canvasId}:` },
      });
      collabs.push(collab);
      urls.push(`ws://127.0.0.1:${(await collab.start()).port}/collab`);
    }
    const clients = urls.map((url) => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(url, canvasId, doc, {
        WebSocketPolyfill: WebSocket as never,
        ...collabProviderOptions(owner.accessToken),
      });
      providers.push(provider);
      return { doc, provider };
    });
    await Promise.all(
      clients.map(
        ({ provider }) =>
          new Promise<void>((resolve) =>
            provider.synced ? resolve() : provider.once('sync', () => resolve()),
          ),
      ),
    );
    const blockId = addBlock(clients[0]!.doc, {
      type: 'TEXT',
      position: { x: 0, y: 0, w: 4, h: 2 },
      content: { markdown: 'through instance one' },
    });
    await expect.poll(() => blocksOf(clients[1]!.doc).has(blockId), { timeout: 5_000 }).toBe(true);
  });
});

describe.skipIf(!clickhouseUp)('usage telemetry in ClickHouse (CLICKHOUSE_URL)', () => {
  it('lands query runs in ClickHouse and serves the per-day usage from there', async () => {
    const sourceId = await demoSourceId(stack, owner);
    for (let i = 0; i < 3; i++)
      await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: `SELECT ${i} AS i` });
    const count = async () => {
      const response = await fetch(
        `${CLICKHOUSE_URL}/?query=${encodeURIComponent(`SELECT count() FROM tessera_usage.query_events WHERE organization_id = '${owner.organizationId}'`)}`,
      );
      return Number((await response.text()).trim());
    };
    await expect.poll(count, { timeout: 5_000 }).toBe(3);
    const today = new Date().toISOString().slice(0, 10);
    const usage = await stack.gql<{ usage: { day: string; queries: number }[] }>(
      'query($o: ID!, $f: DateTime!, $t: DateTime!) { usage(organizationId: $o, from: $f, to: $t) { day queries } }',
      { o: owner.organizationId, f: `${today}T00:00:00Z`, t: `${today}T23:59:59Z` },
      owner.accessToken,
    );
    expect(usage.errors, JSON.stringify(usage.errors)).toBeUndefined();
    expect(usage.data?.usage).toEqual([{ day: today, queries: 3 }]);
  });
});
