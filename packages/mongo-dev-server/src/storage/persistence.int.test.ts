import { appendFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal128, MongoClient, MongoServerError, ObjectId } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start } from '../server.ts';
import type { StartOptions } from '../server.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mongo-dev-server-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withServer<T>(options: StartOptions, fn: (client: MongoClient) => Promise<T>): Promise<T> {
  const server = await start({ port: 0, ...options });
  const client = new MongoClient(server.uri);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.close();
    await server.stop();
  }
}

describe('data directory', () => {
  it('keeps documents, indexes and collections across a restart', async () => {
    const ownerId = new ObjectId();
    await withServer({ dbPath: dir }, async (client) => {
      const db = client.db('app');
      const canvases = db.collection('canvases');
      await canvases.createIndex({ slug: 1 }, { unique: true });
      await canvases.insertMany([
        { slug: 'a', ownerId, price: Decimal128.fromString('9.99'), at: new Date(5) },
        { slug: 'b', ownerId },
        { slug: 'c', ownerId },
      ]);
      await canvases.updateOne({ slug: 'a' }, { $set: { title: 'A' } });
      await canvases.deleteOne({ slug: 'c' });
      await db.collection('scratch').insertOne({ x: 1 });
      await db.collection('scratch').drop();
      await db.collection('old').insertOne({ y: 1 });
      await db.renameCollection('old', 'renamed');
      await client.db('gone').collection('x').insertOne({});
      await client.db('gone').dropDatabase();
    });
    await withServer({ dbPath: dir }, async (client) => {
      const db = client.db('app');
      const docs = await db
        .collection('canvases')
        .find({}, { projection: { _id: 0 } })
        .sort({ slug: 1 })
        .toArray();
      expect(docs).toHaveLength(2);
      expect(docs[0]).toMatchObject({ slug: 'a', title: 'A' });
      expect(docs[0]?.ownerId.equals(ownerId)).toBe(true);
      expect(docs[0]?.price.toString()).toBe('9.99');
      expect(docs[0]?.at.getTime()).toBe(5);
      const names = (await db.listCollections().toArray()).map((c) => c.name).sort();
      expect(names).toEqual(['canvases', 'renamed']);
      const dbs = (await client.db('admin').admin().listDatabases()).databases.map((d) => d.name);
      expect(dbs).not.toContain('gone');
      const err = await db
        .collection('canvases')
        .insertOne({ slug: 'a' })
        .catch((e: unknown) => e);
      expect((err as MongoServerError).code).toBe(11000);
    });
  });

  it('compacts the journal into a snapshot in the background', async () => {
    await withServer({ dbPath: dir, compactThresholdBytes: 4096 }, async (client) => {
      const coll = client.db('app').collection('many');
      for (let i = 0; i < 20; i++) {
        await coll.insertMany(Array.from({ length: 50 }, (_, k) => ({ i, k, pad: 'p'.repeat(40) })));
        await coll.updateMany({ i }, { $inc: { k: 1000 } });
      }
    });
    const files = await readdir(dir);
    expect(files).toContain('snapshot.bson');
    expect(files.filter((f) => f.startsWith('journal.'))).toHaveLength(1);
    const journal = files.find((f) => f.startsWith('journal.')) as string;
    expect((await stat(join(dir, journal))).size).toBe(0);
    await withServer({ dbPath: dir }, async (client) => {
      const coll = client.db('app').collection('many');
      expect(await coll.countDocuments()).toBe(1000);
      expect(await coll.countDocuments({ k: { $lt: 1000 } })).toBe(0);
    });
  });

  it('cuts a torn tail off the journal and opens the rest', async () => {
    const server = await start({ port: 0, dbPath: dir });
    const client = new MongoClient(server.uri);
    await client.connect();
    await client
      .db('app')
      .collection('t')
      .insertMany([{ n: 1 }, { n: 2 }]);
    await client.close();
    // Simulate a crash: copy the live journal aside before the clean shutdown compacts it.
    const journal = (await readdir(dir)).find((f) => f.startsWith('journal.')) as string;
    const { readFile, writeFile } = await import('node:fs/promises');
    const content = await readFile(join(dir, journal));
    await server.stop();
    await rm(join(dir, 'snapshot.bson'));
    for (const f of await readdir(dir)) if (f.startsWith('journal.')) await rm(join(dir, f));
    await writeFile(join(dir, 'journal.0'), content);
    await appendFile(join(dir, 'journal.0'), Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 5, 6]));
    const warnings: string[] = [];
    await withServer({ dbPath: dir, log: (level, m) => level === 'warn' && warnings.push(m) }, async (c) => {
      expect(await c.db('app').collection('t').countDocuments()).toBe(2);
    });
    expect(warnings.join('\n')).toMatch(/cut 10 bytes/);
  });

  it('refuses a data directory that another live server holds', async () => {
    const server = await start({ port: 0, dbPath: dir });
    try {
      await expect(start({ port: 0, dbPath: dir })).rejects.toThrow(/already open|in use/);
    } finally {
      await server.stop();
    }
    const again = await start({ port: 0, dbPath: dir });
    await again.stop();
  });
});
