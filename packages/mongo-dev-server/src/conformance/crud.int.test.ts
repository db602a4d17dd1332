import { MongoBulkWriteError, MongoServerError, ObjectId } from 'mongodb';
import type { WriteError } from 'mongodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
beforeAll(async () => {
  t = await openTarget('crud');
});
afterAll(async () => {
  await t.close();
});

const errorIndexes = (err: MongoBulkWriteError): number[] =>
  (Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors as WriteError]).map(
    (e: WriteError) => e.index,
  );

interface Person {
  _id?: ObjectId;
  name: string;
  age: number;
  city?: string;
  tags?: string[];
}

describe('CRUD', () => {
  const coll = () => t.db.collection<Person>('people');

  beforeEach(async () => {
    await coll().deleteMany({});
    await coll().insertMany([
      { name: 'ada', age: 36, city: 'london', tags: ['math', 'code'] },
      { name: 'alan', age: 41, city: 'london', tags: ['code'] },
      { name: 'grace', age: 85, city: 'new york', tags: ['navy', 'code'] },
      { name: 'linus', age: 28, city: 'helsinki' },
    ]);
  });

  it('inserts and generates ObjectIds', async () => {
    const res = await coll().insertOne({ name: 'edsger', age: 72 });
    expect(res.insertedId).toBeInstanceOf(ObjectId);
    const doc = await coll().findOne({ _id: res.insertedId });
    expect(doc).toMatchObject({ name: 'edsger', age: 72 });
    expect(Object.keys(doc ?? {})[0]).toBe('_id');
  });

  it('finds with filter, projection, sort, skip and limit', async () => {
    const docs = await coll()
      .find({ age: { $gte: 30 } }, { projection: { _id: 0, name: 1, age: 1 } })
      .sort({ age: -1 })
      .skip(1)
      .limit(2)
      .toArray();
    expect(docs).toEqual([
      { name: 'alan', age: 41 },
      { name: 'ada', age: 36 },
    ]);
  });

  it('supports query operators on arrays, regexes and nested logic', async () => {
    expect(await coll().countDocuments({ tags: 'code' })).toBe(3);
    expect(await coll().countDocuments({ tags: { $all: ['code', 'math'] } })).toBe(1);
    expect(await coll().countDocuments({ name: /^a/ })).toBe(2);
    expect(await coll().countDocuments({ $or: [{ city: 'helsinki' }, { age: { $gt: 80 } }] })).toBe(2);
    expect(await coll().countDocuments({ tags: { $exists: false } })).toBe(1);
    expect(await coll().countDocuments({ city: { $in: ['london', 'paris'] } })).toBe(2);
    expect(await coll().countDocuments({ age: { $not: { $lt: 40 } } })).toBe(2);
  });

  it('updates one and many, reporting matched and modified counts', async () => {
    const one = await coll().updateOne({ name: 'ada' }, { $set: { city: 'paris' } });
    expect(one).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    const same = await coll().updateOne({ name: 'ada' }, { $set: { city: 'paris' } });
    expect(same).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    const many = await coll().updateMany({ city: 'london' }, { $inc: { age: 1 } });
    expect(many).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const none = await coll().updateMany({ city: 'nowhere' }, { $inc: { age: 1 } });
    expect(none).toMatchObject({ matchedCount: 0, modifiedCount: 0 });
  });

  it('replaces a document keeping its _id', async () => {
    const before = await coll().findOne({ name: 'linus' });
    const res = await coll().replaceOne({ name: 'linus' }, { name: 'linus', age: 29 });
    expect(res.modifiedCount).toBe(1);
    const after = await coll().findOne({ name: 'linus' });
    expect(after).toEqual({ _id: before?._id, name: 'linus', age: 29 });
  });

  it('upserts with updateOne and replaceOne', async () => {
    const res = await coll().updateOne(
      { name: 'barbara' },
      { $set: { age: 50 }, $setOnInsert: { city: 'boston' } },
      { upsert: true },
    );
    expect(res.upsertedCount).toBe(1);
    expect(res.upsertedId).toBeInstanceOf(ObjectId);
    expect(await coll().findOne({ name: 'barbara' }, { projection: { _id: 0 } })).toEqual({
      name: 'barbara',
      age: 50,
      city: 'boston',
    });
    const again = await coll().updateOne(
      { name: 'barbara' },
      { $set: { age: 51 }, $setOnInsert: { city: 'nowhere' } },
      { upsert: true },
    );
    expect(again).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect((await coll().findOne({ name: 'barbara' }))?.city).toBe('boston');
    const id = new ObjectId();
    await coll().replaceOne({ _id: id }, { name: 'ken', age: 80 }, { upsert: true });
    expect(await coll().findOne({ _id: id })).toEqual({ _id: id, name: 'ken', age: 80 });
  });

  it('deletes one and many', async () => {
    expect((await coll().deleteOne({ city: 'london' })).deletedCount).toBe(1);
    expect((await coll().deleteMany({ age: { $gt: 0 } })).deletedCount).toBe(3);
    expect(await coll().countDocuments()).toBe(0);
  });

  it('counts and lists distinct values', async () => {
    expect(await coll().countDocuments()).toBe(4);
    expect(await coll().countDocuments({}, { skip: 1, limit: 2 })).toBe(2);
    expect(await coll().estimatedDocumentCount()).toBe(4);
    expect((await coll().distinct('city')).sort()).toEqual(['helsinki', 'london', 'new york']);
    expect((await coll().distinct('tags', { city: 'london' })).sort()).toEqual(['code', 'math']);
  });

  it('findOneAndUpdate, findOneAndReplace and findOneAndDelete', async () => {
    const before = await coll().findOneAndUpdate(
      { city: 'london' },
      { $inc: { age: 10 } },
      { sort: { age: -1 }, projection: { _id: 0, name: 1, age: 1 } },
    );
    expect(before).toEqual({ name: 'alan', age: 41 });
    const after = await coll().findOneAndUpdate(
      { name: 'alan' },
      { $inc: { age: 1 } },
      { returnDocument: 'after', projection: { _id: 0, age: 1 } },
    );
    expect(after).toEqual({ age: 52 });
    const upserted = await coll().findOneAndUpdate(
      { name: 'margaret' },
      { $set: { age: 88 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(upserted).toMatchObject({ name: 'margaret', age: 88 });
    const missing = await coll().findOneAndUpdate({ name: 'nobody' }, { $set: { age: 1 } });
    expect(missing).toBeNull();
    const replaced = await coll().findOneAndReplace(
      { name: 'linus' },
      { name: 'linus', age: 30 },
      { returnDocument: 'after', projection: { _id: 0 } },
    );
    expect(replaced).toEqual({ name: 'linus', age: 30 });
    const deleted = await coll().findOneAndDelete({ city: 'london' }, { sort: { age: 1 } });
    expect(deleted?.name).toBe('ada');
    expect(await coll().countDocuments({ name: 'ada' })).toBe(0);
    const meta = await coll().findOneAndDelete({ name: 'grace' }, { includeResultMetadata: true });
    expect(meta.ok).toBe(1);
    expect(meta.value?.name).toBe('grace');
  });

  it('reports writeErrors for ordered and unordered insertMany', async () => {
    const id = new ObjectId();
    const docs = () => [
      { _id: new ObjectId(), name: 'a', age: 1 },
      { _id: id, name: 'b', age: 2 },
      { _id: id, name: 'c', age: 3 },
      { _id: new ObjectId(), name: 'd', age: 4 },
    ];
    const ordered = await coll()
      .insertMany(docs(), { ordered: true })
      .catch((err: unknown) => err);
    expect(ordered).toBeInstanceOf(MongoBulkWriteError);
    const o = ordered as MongoBulkWriteError;
    expect(o.code).toBe(11000);
    expect(o.insertedCount).toBe(2);
    expect(errorIndexes(o)).toEqual([2]);

    await coll().deleteMany({ age: { $lt: 5 } });
    const unordered = await coll()
      .insertMany([...docs(), { _id: id, name: 'e', age: 5 }], { ordered: false })
      .catch((err: unknown) => err);
    const u = unordered as MongoBulkWriteError;
    expect(u).toBeInstanceOf(MongoBulkWriteError);
    expect(u.insertedCount).toBe(3);
    expect(errorIndexes(u)).toEqual([2, 4]);
  });

  it('runs mixed bulkWrite operations', async () => {
    const res = await coll().bulkWrite([
      { insertOne: { document: { name: 'x', age: 1 } } },
      { updateOne: { filter: { name: 'ada' }, update: { $set: { age: 37 } } } },
      { updateMany: { filter: { city: 'london' }, update: { $set: { uk: true } } } },
      { deleteOne: { filter: { name: 'linus' } } },
      { replaceOne: { filter: { name: 'grace' }, replacement: { name: 'grace', age: 86 } } },
      { updateOne: { filter: { name: 'y' }, update: { $set: { age: 2 } }, upsert: true } },
    ]);
    expect(res.insertedCount).toBe(1);
    expect(res.matchedCount).toBe(4);
    expect(res.modifiedCount).toBe(4);
    expect(res.deletedCount).toBe(1);
    expect(res.upsertedCount).toBe(1);
  });

  it('rejects an update that changes _id', async () => {
    const err = await t.db
      .collection('people')
      .replaceOne({ name: 'ada' }, { _id: new ObjectId(), name: 'ada', age: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect((err as MongoServerError).code).toBe(66);
  });

  it('rejects unknown update operators', async () => {
    const err = await coll()
      .updateOne({ name: 'ada' }, { $frobnicate: { age: 1 } } as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect((err as MongoServerError).code).toBe(9);
  });
});

describe('projections', () => {
  const coll = () => t.db.collection('projections');

  it('supports inclusion, exclusion, $slice, $elemMatch and positional projections', async () => {
    await coll().insertOne({
      _id: 'p' as never,
      a: 1,
      b: { c: 2, d: 3 },
      list: [
        { k: 1, v: 'x' },
        { k: 2, v: 'y' },
      ],
      nums: [1, 2, 3, 4],
    });
    const get = (projection: object, filter: object = {}) => coll().findOne(filter, { projection });
    const included = await get({ a: 1, 'b.c': 1 });
    expect(included).toEqual({ _id: 'p', a: 1, b: { c: 2 } });
    expect(Object.keys(included ?? {})[0]).toBe('_id');
    expect(await get({ b: 0, list: 0, nums: 0 })).toEqual({ _id: 'p', a: 1 });
    expect(await get({ _id: 0, nums: { $slice: -2 } })).toEqual({
      a: 1,
      b: { c: 2, d: 3 },
      list: expect.any(Array),
      nums: [3, 4],
    });
    expect(await get({ list: { $elemMatch: { k: 2 } } })).toEqual({ _id: 'p', list: [{ k: 2, v: 'y' }] });
    expect(await get({ 'list.$': 1 }, { 'list.k': 2 })).toEqual({ _id: 'p', list: [{ k: 2, v: 'y' }] });
  });
});
