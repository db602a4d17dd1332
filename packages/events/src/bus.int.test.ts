import { describe, expect, inject, it } from 'vitest';
import {
  createTestDatabase,
  freePort,
  redisAvailable,
  tcpForwarder,
  type TcpForwarder,
} from '@tessera/testing';
import { createPostgresBus } from './postgres-bus.ts';
import { createRedisBus } from './redis-bus.ts';
import type { EventBus } from './types.ts';

async function roundTrip(a: EventBus, b: EventBus) {
  const received: unknown[] = [];
  const unsubscribe = await b.subscribe('run:1', (payload) => received.push(payload));
  await b.subscribe('run:2', () => received.push('wrong topic'));
  await a.publish('run:1', { status: 'RUNNING' });
  await a.publish('run:1', { status: 'SUCCEEDED' });
  await expect.poll(() => received.length, { timeout: 3_000 }).toBe(2);
  expect(received).toEqual([{ status: 'RUNNING' }, { status: 'SUCCEEDED' }]);
  await unsubscribe();
  // Events from one publisher arrive in order: once a later one on another topic is here, the
  // late one would have been too (a readiness signal instead of waiting a while).
  const later: unknown[] = [];
  await b.subscribe('run:barrier', (payload) => later.push(payload));
  await a.publish('run:1', { status: 'late' });
  await a.publish('run:barrier', { status: 'after' });
  await expect.poll(() => later.length, { timeout: 3_000 }).toBe(1);
  expect(received).toHaveLength(2);
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await redisAvailable(redisUrl); // on CI (CI=true) an absent Redis fails this file

describe('event bus', () => {
  it('delivers across connections through PostgreSQL LISTEN/NOTIFY', async () => {
    const db = await createTestDatabase(inject('adminDatabaseUrl'));
    const a = createPostgresBus(db.url);
    const b = createPostgresBus(db.url);
    try {
      await roundTrip(a, b);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });

  it('a listener that could not connect at first connects on a later subscribe (PostgreSQL back)', async () => {
    const db = await createTestDatabase(inject('adminDatabaseUrl'));
    const port = await freePort();
    const through = new URL(db.url);
    through.host = `127.0.0.1:${port}`;
    const late = createPostgresBus(through.href);
    const publisher = createPostgresBus(db.url);
    let forwarder: TcpForwarder | undefined;
    try {
      await expect(late.subscribe('run:1', () => undefined)).rejects.toThrow();
      // PostgreSQL reachable on that port now: a forwarder to the real server.
      forwarder = await tcpForwarder(new URL(db.url), { port });
      const received: unknown[] = [];
      await late.subscribe('run:1', (payload) => received.push(payload));
      await publisher.publish('run:1', { status: 'SUCCEEDED' });
      await expect.poll(() => received, { timeout: 3_000 }).toEqual([{ status: 'SUCCEEDED' }]);
    } finally {
      await late.close();
      await publisher.close();
      await forwarder?.close();
      await db.drop();
    }
  });

  it.skipIf(!redisUp)('delivers across connections through Redis pub/sub', async () => {
    const a = createRedisBus(redisUrl);
    const b = createRedisBus(redisUrl);
    try {
      await roundTrip(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
