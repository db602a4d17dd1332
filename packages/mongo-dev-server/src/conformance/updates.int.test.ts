import type { Document, UpdateFilter } from 'mongodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
// The driver's typings are stricter than the server about untyped array operators.
const op = (u: Document): UpdateFilter<Document> => u;
beforeAll(async () => {
  t = await openTarget('updates');
});
afterAll(async () => {
  await t.close();
});

describe('update operators', () => {
  const coll = () => t.db.collection('docs');
  const get = async () => coll().findOne({ _id: 1 as never }, { projection: { _id: 0 } });

  beforeEach(async () => {
    await coll().deleteMany({});
    await coll().insertOne({
      _id: 1 as never,
      n: 5,
      scores: [3, 8, 1],
      tags: ['a', 'b'],
      items: [
        { sku: 'x', qty: 1 },
        { sku: 'y', qty: 2 },
        { sku: 'z', qty: 0 },
      ],
      nested: { a: 1 },
    });
  });

  it('$set, $unset, $inc, $mul, $min, $max, $rename', async () => {
    await coll().updateOne(
      { _id: 1 as never },
      { $set: { 'nested.b': 2, flag: true }, $unset: { tags: '' }, $inc: { n: 2 }, $mul: { 'nested.a': 10 } },
    );
    await coll().updateOne(
      { _id: 1 as never },
      { $min: { n: 3 }, $max: { big: 100 }, $rename: { flag: 'enabled' } },
    );
    expect(await get()).toMatchObject({ n: 3, big: 100, enabled: true, nested: { a: 10, b: 2 } });
    expect(await get()).not.toHaveProperty('tags');
  });

  it('$push with $each, $position and $slice', async () => {
    await coll().updateOne({ _id: 1 as never }, op({ $push: { scores: { $each: [9, 7], $position: 0 } } }));
    expect((await get())?.scores).toEqual([9, 7, 3, 8, 1]);
    await coll().updateOne({ _id: 1 as never }, op({ $push: { scores: { $each: [4], $slice: -3 } } }));
    expect((await get())?.scores).toEqual([8, 1, 4]);
    await coll().updateOne({ _id: 1 as never }, op({ $push: { scores: { $each: [], $sort: 1 } } }));
    expect((await get())?.scores).toEqual([1, 4, 8]);
    await coll().updateOne({ _id: 1 as never }, op({ $push: { fresh: 'first' } }));
    expect((await get())?.fresh).toEqual(['first']);
  });

  it('$pull, $pullAll, $addToSet and $pop', async () => {
    await coll().updateOne({ _id: 1 as never }, op({ $pull: { scores: { $gte: 3 } } }));
    expect((await get())?.scores).toEqual([1]);
    await coll().updateOne({ _id: 1 as never }, op({ $pull: { items: { qty: 0 } } }));
    expect((await get())?.items).toHaveLength(2);
    await coll().updateOne({ _id: 1 as never }, { $addToSet: { tags: { $each: ['b', 'c'] } } });
    expect((await get())?.tags).toEqual(['a', 'b', 'c']);
    const noop = await coll().updateOne({ _id: 1 as never }, { $addToSet: { tags: 'a' } });
    expect(noop.modifiedCount).toBe(0);
    await coll().updateOne({ _id: 1 as never }, op({ $pullAll: { tags: ['a', 'c'] }, $pop: { scores: 1 } }));
    expect(await get()).toMatchObject({ tags: ['b'], scores: [] });
  });

  it('positional $ updates the first matching element', async () => {
    const res = await coll().updateOne(
      { _id: 1 as never, 'items.sku': 'y' },
      { $set: { 'items.$.qty': 20 } },
    );
    expect(res.modifiedCount).toBe(1);
    expect((await get())?.items).toEqual([
      { sku: 'x', qty: 1 },
      { sku: 'y', qty: 20 },
      { sku: 'z', qty: 0 },
    ]);
    await coll().updateOne({ items: { $elemMatch: { sku: 'z', qty: 0 } } }, { $inc: { 'items.$.qty': 5 } });
    expect((await get())?.items[2]).toEqual({ sku: 'z', qty: 5 });
    await coll().updateOne({ _id: 1 as never, scores: 8 }, { $set: { 'scores.$': 80 } });
    expect((await get())?.scores).toEqual([3, 80, 1]);
  });

  it('all-positional $[] and filtered $[<id>] with arrayFilters', async () => {
    await coll().updateOne({ _id: 1 as never }, { $inc: { 'items.$[].qty': 1 } });
    expect((await get())?.items.map((i: { qty: number }) => i.qty)).toEqual([2, 3, 1]);
    await coll().updateOne(
      { _id: 1 as never },
      { $set: { 'items.$[big].sku': 'BIG' } },
      { arrayFilters: [{ 'big.qty': { $gte: 2 } }] },
    );
    expect((await get())?.items.map((i: { sku: string }) => i.sku)).toEqual(['BIG', 'BIG', 'z']);
    await coll().updateOne(
      { _id: 1 as never },
      { $set: { 'scores.$[s]': 0 } },
      { arrayFilters: [{ s: { $lt: 5 } }] },
    );
    expect((await get())?.scores).toEqual([0, 8, 0]);
  });

  it('$currentDate and pipeline-style updates', async () => {
    await coll().updateOne({ _id: 1 as never }, { $currentDate: { touched: true } });
    expect((await get())?.touched).toBeInstanceOf(Date);
    await coll().updateOne({ _id: 1 as never }, [
      { $set: { total: { $add: ['$n', 10] } } },
      { $unset: 'nested' },
    ]);
    const doc = await get();
    expect(doc?.total).toBe(15);
    expect(doc).not.toHaveProperty('nested');
  });

  it('upsert seeds the new document from equality fields of the filter', async () => {
    const res = await coll().updateOne(
      { kind: 'counter', 'meta.owner': 'me', n: { $gt: 100 } },
      { $inc: { value: 1 } },
      { upsert: true },
    );
    expect(res.upsertedCount).toBe(1);
    const doc = await coll().findOne({ _id: res.upsertedId as never }, { projection: { _id: 0 } });
    expect(doc).toEqual({ kind: 'counter', meta: { owner: 'me' }, value: 1 });
  });

  it('updateMany touches every match', async () => {
    await coll().insertMany([
      { _id: 2 as never, group: 'g', v: 1 },
      { _id: 3 as never, group: 'g', v: 2 },
    ]);
    const res = await coll().updateMany({ group: 'g' }, { $inc: { v: 10 } });
    expect(res).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect((await coll().find({ group: 'g' }).sort({ _id: 1 }).toArray()).map((d) => d.v)).toEqual([11, 12]);
  });
});
