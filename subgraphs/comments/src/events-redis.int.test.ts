import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus, type EventBus } from '@tessera/events';
import { redisAvailable } from '@tessera/testing';
import { TOPICS } from './services/events.ts';
import { ADD_COMMENT, makeUser, startHarness, type Harness } from './testing/harness.ts';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await redisAvailable(redisUrl); // on CI (CI=true) an absent Redis fails this file

describe.skipIf(!redisUp)('events through Redis (REDIS_URL set)', () => {
  let h: Harness;
  let listener: EventBus;
  beforeAll(async () => {
    h = await startHarness({ REDIS_URL: redisUrl });
    listener = createEventBus({ redisUrl, databaseUrl: h.databaseUrl });
  });
  afterAll(async () => {
    await listener?.close();
    await h?.stop();
  });

  it('publishes commentAdded on Redis pub/sub', async () => {
    const org = randomUUID();
    const canvas = h.directories.addCanvas(org);
    const alice = makeUser(h.directories, 'Alice', [[org, 'OWNER']]);
    const received: unknown[] = [];
    const stop = await listener.subscribe(TOPICS.commentAdded(canvas), (payload) => received.push(payload));
    const added = await h.gql<{ addComment: { id: string } }>(alice.identity, ADD_COMMENT, {
      input: { canvasId: canvas, body: 'over redis' },
    });
    await expect
      .poll(() => received, { timeout: 5_000 })
      .toEqual([{ id: added.data!.addComment.id, canvasId: canvas, organizationId: org }]);
    await stop();
  });
});
