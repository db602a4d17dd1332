import { MongoBulkWriteError, MongoServerError, ObjectId } from 'mongodb';
import type { WriteError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
beforeAll(async () => {
  t = await openTarget('indexes');
});
afterAll(async () => {
  await t.close();
});

async function failure(p: Promise<unknown>): Promise<MongoServerError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MongoServerError);
  return err as MongoServerError;
}

describe('indexes', () => {
  it('creates, lists and drops indexes', async () => {
    const coll = t.db.collection('listing');
    expect(await coll.createIndex({ name: 1 })).toBe('name_1');
    expect(await coll.createIndex({ a: 1, b: -1 }, { name: 'ab' })).toBe('ab');
    expect(await coll.createIndex({ name: 1 })).toBe('name_1');
    const names = (await coll.listIndexes().toArray()).map((i) => i.name);
    expect(names).toEqual(['_id_', 'name_1', 'ab']);
    expect(await coll.indexExists('ab')).toBe(true);
    await coll.dropIndex('ab');
    expect((await coll.indexes()).map((i) => i.name)).toEqual(['_id_', 'name_1']);
    await coll.dropIndexes();
    expect((await coll.indexes()).map((i) => i.name)).toEqual(['_id_']);
    const missing = await failure(coll.dropIndex('nope'));
    expect(missing.code).toBe(27);
  });

  it('enforces a unique index with the E11000 error shape', async () => {
    const users = t.db.collection('users');
    await users.createIndex({ name: 1 }, { unique: true });
    await users.insertOne({ name: 'x' });
    const err = await failure(users.insertOne({ name: 'x' }));
    expect(err.code).toBe(11000);
    expect(err.message).toBe(
      `E11000 duplicate key error collection: ${t.dbName}.users index: name_1 dup key: { name: "x" }`,
    );
    expect(err.keyPattern).toEqual({ name: 1 });
    expect(err.keyValue).toEqual({ name: 'x' });
    const viaUpdate = await failure(
      users.insertOne({ name: 'y' }).then(() => users.updateOne({ name: 'y' }, { $set: { name: 'x' } })),
    );
    expect(viaUpdate.code).toBe(11000);
    expect(await users.countDocuments({ name: 'y' })).toBe(1);
    const viaUpsert = await failure(
      users.findOneAndUpdate({ name: 'x', other: 1 }, { $set: { z: 1 } }, { upsert: true }),
    );
    expect(viaUpsert.code).toBe(11000);
    expect(viaUpsert.keyValue).toEqual({ name: 'x' });
  });

  it('enforces the _id index', async () => {
    const coll = t.db.collection('ids');
    const _id = new ObjectId();
    await coll.insertOne({ _id });
    const err = await failure(coll.insertOne({ _id }));
    expect(err.code).toBe(11000);
    expect(err.message).toBe(
      `E11000 duplicate key error collection: ${t.dbName}.ids index: _id_ dup key: { _id: ObjectId('${_id.toHexString()}') }`,
    );
    expect(err.keyValue).toEqual({ _id });
    await coll.insertOne({ _id: 'str' as never });
    expect((await failure(coll.insertOne({ _id: 'str' as never }))).message).toContain(
      'dup key: { _id: "str" }',
    );
  });

  it('enforces compound unique indexes', async () => {
    const coll = t.db.collection('compound');
    await coll.createIndex({ tenant: 1, slug: 1 }, { unique: true });
    await coll.insertMany([
      { tenant: 'a', slug: 'home' },
      { tenant: 'b', slug: 'home' },
      { tenant: 'a', slug: 'about' },
    ]);
    const err = await failure(coll.insertOne({ tenant: 'a', slug: 'home' }));
    expect(err.message).toBe(
      `E11000 duplicate key error collection: ${t.dbName}.compound index: tenant_1_slug_1 dup key: { tenant: "a", slug: "home" }`,
    );
    expect(err.keyPattern).toEqual({ tenant: 1, slug: 1 });
    expect(err.keyValue).toEqual({ tenant: 'a', slug: 'home' });
  });

  it('treats missing fields as null in a unique index unless sparse', async () => {
    const coll = t.db.collection('nulls');
    await coll.createIndex({ email: 1 }, { unique: true });
    await coll.insertOne({ a: 1 });
    const err = await failure(coll.insertOne({ b: 1 }));
    expect(err.keyValue).toEqual({ email: null });
    const sparse = t.db.collection('sparse');
    await sparse.createIndex({ email: 1 }, { unique: true, sparse: true });
    await sparse.insertMany([{ a: 1 }, { b: 1 }]);
    expect(await sparse.countDocuments()).toBe(2);
  });

  it('refuses a unique index over duplicated data', async () => {
    const coll = t.db.collection('dupdata');
    await coll.insertMany([{ k: 1 }, { k: 1 }]);
    const err = await failure(coll.createIndex({ k: 1 }, { unique: true }));
    expect(err.code).toBe(11000);
    expect((await coll.indexes()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('reports unique violations inside insertMany as writeErrors', async () => {
    const coll = t.db.collection('batch');
    await coll.createIndex({ code: 1 }, { unique: true });
    const err = await coll
      .insertMany([{ code: 1 }, { code: 2 }, { code: 1 }, { code: 3 }], { ordered: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    const bulk = err as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(3);
    const writeErrors = (
      Array.isArray(bulk.writeErrors) ? bulk.writeErrors : [bulk.writeErrors]
    ) as WriteError[];
    expect(writeErrors.map((e) => [e.index, e.code])).toEqual([[2, 11000]]);
  });
});
