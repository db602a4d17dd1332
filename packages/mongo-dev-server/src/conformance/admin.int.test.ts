import { MongoServerError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
beforeAll(async () => {
  t = await openTarget('admin');
});
afterAll(async () => {
  await t.close();
});

describe('server and database commands', () => {
  it('answers ping, hello, buildInfo and serverStatus', async () => {
    const admin = t.client.db('admin');
    expect((await admin.command({ ping: 1 })).ok).toBe(1);
    const hello = await admin.command({ hello: 1 });
    expect(hello.isWritablePrimary).toBe(true);
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect(hello.maxBsonObjectSize).toBe(16777216);
    expect(hello.maxMessageSizeBytes).toBe(48000000);
    expect(hello.maxWriteBatchSize).toBe(100000);
    const legacy = await admin.command({ isMaster: 1 });
    expect(legacy.ismaster).toBe(true);
    const info = await admin.command({ buildInfo: 1 });
    expect(info.version).toMatch(/^\d+\.\d+/);
    expect(Array.isArray(info.versionArray)).toBe(true);
    const status = await admin.command({ serverStatus: 1 });
    expect(status.ok).toBe(1);
    expect(status.connections.current).toBeGreaterThan(0);
    expect((await admin.command({ connectionStatus: 1 })).ok).toBe(1);
    expect((await admin.command({ whatsmyuri: 1 })).you).toMatch(/:\d+$/);
    expect((await admin.command({ hostInfo: 1 })).ok).toBe(1);
    expect((await admin.command({ getLog: 'startupWarnings' })).ok).toBe(1);
  });

  it('answers an unknown command with CommandNotFound immediately', async () => {
    const err = await t.db.command({ definitelyNotACommand: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    const e = err as MongoServerError;
    expect(e.code).toBe(59);
    expect(e.codeName).toBe('CommandNotFound');
    expect(e.message).toBe("no such command: 'definitelyNotACommand'");
  });

  it('creates, lists, renames and drops collections', async () => {
    await t.db.createCollection('alpha');
    await t.db.collection('beta').insertOne({ x: 1 });
    const names = (await t.db.listCollections().toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['alpha', 'beta']);
    const filtered = await t.db.listCollections({ name: 'beta' }, { nameOnly: true }).toArray();
    expect(filtered.map((c) => c.name)).toEqual(['beta']);
    const full = await t.db.listCollections({ name: 'alpha' }).toArray();
    expect(full[0]?.type).toBe('collection');
    expect((full[0] as { info?: { uuid?: unknown } } | undefined)?.info?.uuid).toBeDefined();
    await t.db.renameCollection('beta', 'gamma');
    expect(await t.db.collection('gamma').countDocuments()).toBe(1);
    const clash = await t.db.renameCollection('gamma', 'alpha').catch((e: unknown) => e);
    expect((clash as MongoServerError).code).toBe(48);
    await t.db.renameCollection('gamma', 'alpha', { dropTarget: true });
    expect(await t.db.collection('alpha').countDocuments()).toBe(1);
    expect(await t.db.collection('alpha').drop()).toBe(true);
    expect((await t.db.listCollections().toArray()).map((c) => c.name)).toEqual([]);
  });

  it('lists databases', async () => {
    await t.db.collection('present').insertOne({ x: 1 });
    const res = await t.client.db('admin').admin().listDatabases();
    expect(res.databases.map((d) => d.name)).toContain(t.dbName);
    const stats = await t.db.stats();
    expect(stats.objects).toBeGreaterThanOrEqual(1);
  });

  it('accepts sessions, and handles transactions like the deployment does', async () => {
    const hello = await t.client.db('admin').command({ hello: 1 });
    const coll = t.db.collection('tx');
    const session = t.client.startSession();
    try {
      await coll.insertOne({ outside: true }, { session });
      expect(await coll.countDocuments({}, { session })).toBe(1);
      const run = session.withTransaction(async () => {
        await coll.insertOne({ inside: true }, { session });
      });
      if (hello.setName || hello.msg === 'isdbgrid') {
        await run;
        expect(await coll.countDocuments({ inside: true })).toBe(1);
      } else {
        // A standalone answers code 20; the driver re-wraps it with a retryWrites hint.
        const err = (await run.catch((e: unknown) => e)) as MongoServerError & {
          originalError?: MongoServerError;
        };
        expect(err).toBeInstanceOf(MongoServerError);
        const server = err.originalError ?? err;
        expect(server.code).toBe(20);
        expect(server.message).toBe('Transaction numbers are only allowed on a replica set member or mongos');
        expect(await coll.countDocuments({ inside: true })).toBe(0);
      }
    } finally {
      await session.endSession();
    }
  });
});
