import { MongoServerError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
const TOTAL = 1234;

beforeAll(async () => {
  t = await openTarget('cursors');
  await t.db
    .collection('items')
    .insertMany(Array.from({ length: TOTAL }, (_, i) => ({ i, even: i % 2 === 0, pad: 'x'.repeat(50) })));
});
afterAll(async () => {
  await t.close();
});

describe('cursors', () => {
  const items = () => t.db.collection('items');

  it('returns more than 101 documents through getMore', async () => {
    const docs = await items().find({}).toArray();
    expect(docs).toHaveLength(TOTAL);
    expect(new Set(docs.map((d) => d.i)).size).toBe(TOTAL);
  });

  it('iterates in small batches with sort', async () => {
    const seen: number[] = [];
    for await (const doc of items().find({ even: true }).sort({ i: -1 }).batchSize(7)) {
      seen.push(doc.i as number);
    }
    expect(seen).toHaveLength(TOTAL / 2);
    expect(seen[0]).toBe(TOTAL - 2);
    expect(seen.every((v, k) => k === 0 || v < (seen[k - 1] as number))).toBe(true);
  });

  it('applies skip and limit across batches', async () => {
    const docs = await items().find({}).sort({ i: 1 }).skip(100).limit(250).batchSize(40).toArray();
    expect(docs.map((d) => d.i)).toEqual(Array.from({ length: 250 }, (_, k) => k + 100));
  });

  it('kills a cursor that is closed early; getMore on it then fails', async () => {
    const cursor = items().find({}).batchSize(5);
    await cursor.next();
    const id = cursor.id;
    expect(id && id.toNumber()).toBeGreaterThan(0);
    await cursor.close();
    const err = await t.db.command({ getMore: id, collection: 'items' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect((err as MongoServerError).code).toBe(43);
  });

  it('streams aggregation results through a cursor', async () => {
    const docs = await items()
      .aggregate([{ $match: { even: false } }, { $project: { _id: 0, i: 1 } }], { batchSize: 50 })
      .toArray();
    expect(docs).toHaveLength(TOTAL / 2);
  });

  it('answers killCursors with the killed ids', async () => {
    const cursor = items().find({}).batchSize(2);
    await cursor.next();
    const id = cursor.id;
    const res = await t.db.command({ killCursors: 'items', cursors: [id] });
    expect(res.cursorsKilled.map(String)).toEqual([String(id)]);
    await cursor.close().catch(() => undefined);
  });
});
