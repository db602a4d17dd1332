import { Binary, Decimal128, Double, Int32, Long, ObjectId, UUID } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
beforeAll(async () => {
  t = await openTarget('types');
});
afterAll(async () => {
  await t.close();
});

describe('BSON round-trip', () => {
  it('keeps ObjectId, Date, Decimal128 and friends intact', async () => {
    const coll = t.db.collection('values');
    const doc = {
      _id: new ObjectId(),
      ref: new ObjectId(),
      at: new Date('2024-02-29T12:34:56.789Z'),
      price: Decimal128.fromString('12345.6789'),
      tiny: Decimal128.fromString('0.000000000000000001'),
      big: Long.fromString('9007199254740993'),
      int: 42,
      float: 1.5,
      neg: -0.25,
      str: 'héllo ✓',
      bool: false,
      nil: null,
      bin: new Binary(Buffer.from([1, 2, 3])),
      uuid: new UUID('b5f1cd8e-7a55-4e4f-9a52-6f9a1f8a3c21'),
      arr: [1, 'two', { three: 3 }, [4]],
      nested: { deep: { deeper: { at: new Date(0) } } },
    };
    await coll.insertOne(doc);
    const back = await coll.findOne({ _id: doc._id });
    expect(back?._id).toBeInstanceOf(ObjectId);
    expect(back?._id.equals(doc._id)).toBe(true);
    expect(back?.ref.equals(doc.ref)).toBe(true);
    expect(back?.at).toBeInstanceOf(Date);
    expect(back?.at.toISOString()).toBe('2024-02-29T12:34:56.789Z');
    expect(back?.price).toBeInstanceOf(Decimal128);
    expect(back?.price.toString()).toBe('12345.6789');
    expect(back?.tiny.toString()).toBe('1E-18');
    expect(String(back?.big)).toBe('9007199254740993');
    expect(back?.int).toBe(42);
    expect(back?.float).toBe(1.5);
    expect(back?.neg).toBe(-0.25);
    expect(back?.str).toBe('héllo ✓');
    expect(back?.bool).toBe(false);
    expect(back?.nil).toBeNull();
    expect(Buffer.from(back?.bin.buffer).equals(Buffer.from([1, 2, 3]))).toBe(true);
    expect(back?.uuid.toUUID().toHexString()).toBe('b5f1cd8e-7a55-4e4f-9a52-6f9a1f8a3c21');
    expect(back?.arr).toEqual([1, 'two', { three: 3 }, [4]]);
    expect(back?.nested.deep.deeper.at.getTime()).toBe(0);
  });

  it('queries by ObjectId, Date ranges and Decimal128 equality', async () => {
    const coll = t.db.collection('queries');
    const owner = new ObjectId();
    const ids = [owner, new ObjectId(), new ObjectId()];
    await coll.insertMany(
      ids.map((_id, i) => ({
        _id,
        owner,
        at: new Date(Date.UTC(2024, 0, i + 1)),
        amount: Decimal128.fromString(`${i}.50`),
      })),
    );
    expect(await coll.countDocuments({ owner })).toBe(3);
    expect(await coll.countDocuments({ _id: { $in: ids.slice(1) } })).toBe(2);
    expect(await coll.countDocuments({ at: { $gte: new Date(Date.UTC(2024, 0, 2)) } })).toBe(2);
    expect(await coll.countDocuments({ amount: Decimal128.fromString('1.50') })).toBe(1);
    const sorted = await coll.find({}).sort({ at: -1 }).toArray();
    expect(sorted.map((d) => d._id.toHexString())).toEqual([...ids].reverse().map((id) => id.toHexString()));
    const grouped = await coll.aggregate([{ $group: { _id: '$owner', n: { $sum: 1 } } }]).toArray();
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?._id.equals(owner)).toBe(true);
  });

  it('accepts explicitly typed numbers', async () => {
    const coll = t.db.collection('numbers');
    await coll.insertOne({ _id: 'n' as never, i: new Int32(7), d: new Double(2), l: Long.fromNumber(5) });
    const back = await coll.findOne({ _id: 'n' as never });
    expect(Number(back?.i)).toBe(7);
    expect(Number(back?.d)).toBe(2);
    expect(Number(back?.l)).toBe(5);
    expect(await coll.countDocuments({ i: 7, d: 2, l: 5 })).toBe(1);
  });
});
