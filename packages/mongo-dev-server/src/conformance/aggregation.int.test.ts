import { MongoServerError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from './harness.ts';
import type { TestTarget } from './harness.ts';

let t: TestTarget;
beforeAll(async () => {
  t = await openTarget('aggregation');
  await t.db.collection('authors').insertMany([
    { _id: 1 as never, name: 'Le Guin', country: 'US' },
    { _id: 2 as never, name: 'Lem', country: 'PL' },
    { _id: 3 as never, name: 'Tolkien', country: 'UK' },
  ]);
  await t.db.collection('books').insertMany([
    { title: 'The Dispossessed', authorId: 1, year: 1974, genres: ['sf', 'politics'], pages: 387 },
    { title: 'A Wizard of Earthsea', authorId: 1, year: 1968, genres: ['fantasy'], pages: 183 },
    { title: 'Solaris', authorId: 2, year: 1961, genres: ['sf'], pages: 204 },
    { title: 'The Cyberiad', authorId: 2, year: 1965, genres: ['sf', 'humor'], pages: 295 },
    { title: 'The Hobbit', authorId: 3, year: 1937, genres: ['fantasy'], pages: 310 },
  ]);
});
afterAll(async () => {
  await t.close();
});

describe('aggregation', () => {
  const books = () => t.db.collection('books');

  it('$match, $group, $sort and $project', async () => {
    const res = await books()
      .aggregate([
        { $match: { year: { $gte: 1950 } } },
        {
          $group: {
            _id: '$authorId',
            count: { $sum: 1 },
            pages: { $sum: '$pages' },
            first: { $min: '$year' },
          },
        },
        { $sort: { pages: -1 } },
        { $project: { _id: 0, author: '$_id', count: 1, pages: 1, first: 1 } },
      ])
      .toArray();
    expect(res).toEqual([
      { count: 2, pages: 570, first: 1968, author: 1 },
      { count: 2, pages: 499, first: 1961, author: 2 },
    ]);
  });

  it('$unwind and $group by array elements', async () => {
    const res = await books()
      .aggregate([
        { $unwind: '$genres' },
        { $group: { _id: '$genres', titles: { $push: '$title' } } },
        { $sort: { _id: 1 } },
        { $project: { _id: 1, n: { $size: '$titles' } } },
      ])
      .toArray();
    expect(res).toEqual([
      { _id: 'fantasy', n: 2 },
      { _id: 'humor', n: 1 },
      { _id: 'politics', n: 1 },
      { _id: 'sf', n: 3 },
    ]);
  });

  it('$lookup with localField/foreignField across collections', async () => {
    const res = await books()
      .aggregate([
        { $match: { title: 'Solaris' } },
        { $lookup: { from: 'authors', localField: 'authorId', foreignField: '_id', as: 'author' } },
        { $unwind: '$author' },
        { $project: { _id: 0, title: 1, author: '$author.name' } },
      ])
      .toArray();
    expect(res).toEqual([{ title: 'Solaris', author: 'Lem' }]);
  });

  it('$lookup with let and a sub-pipeline', async () => {
    const res = await t.db
      .collection('authors')
      .aggregate([
        {
          $lookup: {
            from: 'books',
            let: { aid: '$_id' },
            pipeline: [
              { $match: { $expr: { $eq: ['$authorId', '$$aid'] } } },
              { $sort: { year: 1 } },
              { $project: { _id: 0, title: 1 } },
            ],
            as: 'books',
          },
        },
        { $sort: { _id: 1 } },
        { $project: { _id: 0, name: 1, books: '$books.title' } },
      ])
      .toArray();
    expect(res).toEqual([
      { name: 'Le Guin', books: ['A Wizard of Earthsea', 'The Dispossessed'] },
      { name: 'Lem', books: ['Solaris', 'The Cyberiad'] },
      { name: 'Tolkien', books: ['The Hobbit'] },
    ]);
  });

  it('$addFields, $count, $facet, $limit and $skip', async () => {
    const [counted] = await books()
      .aggregate([{ $match: { genres: 'sf' } }, { $count: 'n' }])
      .toArray();
    expect(counted).toEqual({ n: 3 });
    const [facets] = await books()
      .aggregate([
        { $addFields: { decade: { $subtract: ['$year', { $mod: ['$year', 10] }] } } },
        {
          $facet: {
            byDecade: [{ $group: { _id: '$decade', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
            longest: [
              { $sort: { pages: -1 } },
              { $skip: 1 },
              { $limit: 1 },
              { $project: { _id: 0, title: 1 } },
            ],
          },
        },
      ])
      .toArray();
    expect(facets?.byDecade).toEqual([
      { _id: 1930, n: 1 },
      { _id: 1960, n: 3 },
      { _id: 1970, n: 1 },
    ]);
    expect(facets?.longest).toEqual([{ title: 'The Hobbit' }]);
  });

  it('$out writes the results to a collection', async () => {
    await books()
      .aggregate([{ $match: { genres: 'fantasy' } }, { $project: { title: 1 } }, { $out: 'fantasy' }])
      .toArray();
    expect(await t.db.collection('fantasy').countDocuments()).toBe(2);
  });

  it('rejects an unknown stage', async () => {
    const err = await books()
      .aggregate([{ $noSuchStage: {} }])
      .toArray()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect((err as MongoServerError).code).toBe(40324);
  });

  it('aggregates on a missing collection as empty', async () => {
    expect(
      await t.db
        .collection('nothing')
        .aggregate([{ $match: {} }])
        .toArray(),
    ).toEqual([]);
    expect(await t.db.collection('nothing').countDocuments()).toBe(0);
  });
});
