import mongoose from 'mongoose';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

const widgetSchema = new mongoose.Schema(
  {
    kind: { type: String, required: true },
    x: Number,
    y: Number,
    props: mongoose.Schema.Types.Mixed,
  },
  { _id: false },
);

const canvasSchema = new mongoose.Schema(
  {
    slug: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    ownerId: { type: mongoose.Schema.Types.ObjectId, required: true },
    budget: mongoose.Schema.Types.Decimal128,
    publishedAt: Date,
    widgets: [widgetSchema],
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);

const ownerSchema = new mongoose.Schema({ name: String });

function defineModels(c: Connection) {
  return { Canvas: c.model('Canvas', canvasSchema), Owner: c.model('Owner', ownerSchema) };
}

let t: TestTarget;
let conn: Connection;
let models: ReturnType<typeof defineModels>;

beforeAll(async () => {
  t = await openTarget('mongoose');
  conn = await mongoose
    .createConnection(t.uri, { dbName: t.dbName, serverSelectionTimeoutMS: 5000 })
    .asPromise();
  models = defineModels(conn);
});
afterAll(async () => {
  await conn.close();
  await t.close();
});

describe('mongoose', () => {
  const Canvas = () => models.Canvas;
  const Owner = () => models.Owner;

  it('creates documents with timestamps, ObjectId, Date and Decimal128', async () => {
    const Model = Canvas();
    await Model.init();
    const ownerId = new mongoose.Types.ObjectId();
    const created = await Model.create({
      slug: 'q3-revenue',
      title: 'Q3 revenue',
      ownerId,
      budget: mongoose.Types.Decimal128.fromString('1999.99'),
      publishedAt: new Date('2024-05-01T00:00:00Z'),
      widgets: [{ kind: 'chart', x: 0, y: 0, props: { series: ['a', 'b'] } }],
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.updatedAt).toBeInstanceOf(Date);

    const loaded = await Model.findById(created._id).lean();
    expect(loaded?.ownerId.equals(ownerId)).toBe(true);
    expect(loaded?.budget?.toString()).toBe('1999.99');
    expect(loaded?.publishedAt?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(loaded?.createdAt.getTime()).toBe(created.createdAt.getTime());
    expect(loaded?.widgets[0]).toEqual({ kind: 'chart', x: 0, y: 0, props: { series: ['a', 'b'] } });
  });

  it('updates with save(), bumping updatedAt but not createdAt', async () => {
    const Model = Canvas();
    const doc = await Model.findOne({ slug: 'q3-revenue' });
    expect(doc).not.toBeNull();
    if (!doc) return;
    const { createdAt, updatedAt } = doc;
    await new Promise((r) => setTimeout(r, 5));
    doc.title = 'Q3 revenue (final)';
    doc.widgets.push({ kind: 'table', x: 1, y: 0 });
    await doc.save();
    const again = await Model.findById(doc._id);
    expect(again?.title).toBe('Q3 revenue (final)');
    expect(again?.widgets).toHaveLength(2);
    expect(again?.createdAt.getTime()).toBe(createdAt.getTime());
    expect(again?.updatedAt.getTime()).toBeGreaterThan(updatedAt.getTime());
  });

  it('findOneAndUpdate returns the new document and sets updatedAt', async () => {
    const Model = Canvas();
    const updated = await Model.findOneAndUpdate(
      { slug: 'q3-revenue' },
      { $inc: { version: 1 }, $set: { 'widgets.$[w].x': 5 } },
      { returnDocument: 'after', arrayFilters: [{ 'w.kind': 'table' }] },
    );
    expect(updated?.version).toBe(2);
    expect(updated?.widgets.find((w: { kind: string }) => w.kind === 'table')?.x).toBe(5);
    const upserted = await Model.findOneAndUpdate(
      { slug: 'fresh' },
      { $set: { title: 'Fresh', ownerId: new mongoose.Types.ObjectId() } },
      { returnDocument: 'after', upsert: true },
    );
    expect(upserted?.createdAt).toBeInstanceOf(Date);
    expect(upserted?.version).toBe(1);
  });

  it('surfaces unique index violations as E11000 errors', async () => {
    const Model = Canvas();
    const err = await Model.create({
      slug: 'q3-revenue',
      title: 'dup',
      ownerId: new mongoose.Types.ObjectId(),
    }).catch((e: unknown) => e);
    expect((err as { code?: number }).code).toBe(11000);
    expect((err as { keyValue?: unknown }).keyValue).toEqual({ slug: 'q3-revenue' });
  });

  it('queries, counts, sorts, populates and deletes', async () => {
    const Model = Canvas();
    const owner = await Owner().create({ name: 'Mia' });
    await Model.insertMany(
      Array.from({ length: 150 }, (_, i) => ({ slug: `bulk-${i}`, title: `Bulk ${i}`, ownerId: owner._id })),
    );
    expect(await Model.countDocuments({ ownerId: owner._id })).toBe(150);
    const page = await Model.find({ ownerId: owner._id })
      .sort({ slug: -1 })
      .skip(10)
      .limit(5)
      .select('slug -_id')
      .lean();
    expect(page).toHaveLength(5);
    expect(page[0]).toEqual({ slug: 'bulk-9' });
    const all = await Model.find({ ownerId: owner._id }).lean();
    expect(all).toHaveLength(150);
    const withOwner = await Model.findOne({ slug: 'bulk-1' })
      .populate({ path: 'ownerId', model: Owner() })
      .lean();
    expect((withOwner?.ownerId as unknown as { name: string }).name).toBe('Mia');
    const agg = await Model.aggregate<{ _id: string; n: number; owner: Array<{ name: string }> }>([
      { $match: { ownerId: owner._id } },
      { $group: { _id: '$ownerId', n: { $sum: 1 } } },
      {
        $lookup: {
          from: Owner().collection.collectionName,
          localField: '_id',
          foreignField: '_id',
          as: 'owner',
        },
      },
    ]);
    expect(agg[0]?.n).toBe(150);
    expect(agg[0]?.owner[0]?.name).toBe('Mia');
    const res = await Model.deleteMany({ ownerId: owner._id });
    expect(res.deletedCount).toBe(150);
  });

  it('runs updateMany with timestamps and distinct', async () => {
    const Model = Canvas();
    const res = await Model.updateMany({}, { $set: { title: 'Renamed' } });
    expect(res.matchedCount).toBe(2);
    expect((await Model.distinct('title')).sort()).toEqual(['Renamed']);
  });
});
