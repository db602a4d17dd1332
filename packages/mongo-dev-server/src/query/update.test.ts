import { ObjectId } from 'bson';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../errors.ts';
import { applyUpdate, buildUpsert, updateKind, upsertSeed } from './update.ts';

describe('updateKind', () => {
  it('classifies and validates updates', () => {
    expect(updateKind({ $set: { a: 1 } })).toBe('operators');
    expect(updateKind({ a: 1 })).toBe('replacement');
    expect(updateKind([{ $set: { a: 1 } }])).toBe('pipeline');
    expect(() => updateKind({ $set: { a: 1 }, b: 2 })).toThrow(/Unknown modifier: b/);
    expect(() => updateKind({ a: 1, $set: { b: 2 } })).toThrow(/Unknown modifier: \$set/);
    expect(() => updateKind({ $nope: {} })).toThrow(CommandError);
    expect(() => updateKind({ $set: 5 })).toThrow(/found type number/);
  });
});

describe('applyUpdate', () => {
  it('never mutates the stored document', () => {
    const doc = { _id: 1, list: [1, 2], nested: { a: 1 } };
    const { doc: next, modified } = applyUpdate(
      doc,
      { $push: { list: 3 }, $set: { 'nested.a': 2 } },
      { filter: {} },
    );
    expect(modified).toBe(true);
    expect(next).toEqual({ _id: 1, list: [1, 2, 3], nested: { a: 2 } });
    expect(doc).toEqual({ _id: 1, list: [1, 2], nested: { a: 1 } });
  });

  it('reports no modification when nothing changes', () => {
    expect(applyUpdate({ _id: 1, a: 1 }, { $set: { a: 1 } }, { filter: {} }).modified).toBe(false);
    expect(applyUpdate({ _id: 1, a: 1 }, { a: 1 }, { filter: {} }).modified).toBe(false);
  });

  it('keeps _id on replacement and refuses to change it', () => {
    expect(applyUpdate({ _id: 1, a: 1 }, { b: 2 }, { filter: {} }).doc).toEqual({ _id: 1, b: 2 });
    expect(applyUpdate({ _id: 1, a: 1 }, { $set: { _id: 1, a: 2 } }, { filter: {} }).doc).toEqual({
      _id: 1,
      a: 2,
    });
    expect(() => applyUpdate({ _id: 1 }, { _id: 2 }, { filter: {} })).toThrow(/immutable/);
    expect(() => applyUpdate({ _id: 1 }, { $set: { _id: 2 } }, { filter: {} })).toThrow(
      /immutable field '_id'/,
    );
  });

  it('ignores $setOnInsert unless inserting', () => {
    expect(applyUpdate({ _id: 1 }, { $setOnInsert: { a: 1 } }, { filter: {} }).modified).toBe(false);
  });
});

describe('upserts', () => {
  it('seeds from equality conditions, including $eq and $and', () => {
    expect(
      upsertSeed({ a: 1, 'b.c': 'x', d: { $gt: 1 }, e: { $eq: 5 }, $and: [{ f: true }], g: /re/ }),
    ).toEqual({
      a: 1,
      b: { c: 'x' },
      e: 5,
      f: true,
    });
  });

  it('builds the inserted document with _id first', () => {
    const doc = buildUpsert(
      { name: 'n' },
      { $set: { v: 1 }, $setOnInsert: { created: true } },
      { filter: {} },
    );
    expect(Object.keys(doc)).toEqual(['_id', 'name', 'v', 'created']);
    expect(doc._id).toBeInstanceOf(ObjectId);
    expect(buildUpsert({ _id: 7, other: 1 }, { x: 1 }, { filter: {} })).toEqual({ _id: 7, x: 1 });
  });
});
