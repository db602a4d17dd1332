import { Decimal128, Long, ObjectId } from 'bson';
import { describe, expect, it } from 'vitest';
import { formatKeyValue, keyString, pathKeyValues, rawPathValues } from './index-keys.ts';

describe('keyString', () => {
  it('equates values MongoDB indexes as equal and separates the rest', () => {
    const id = new ObjectId();
    expect(keyString(id)).toBe(keyString(ObjectId.createFromHexString(id.toHexString())));
    expect(keyString(1)).toBe(keyString(Long.fromNumber(1)));
    expect(keyString(-0)).toBe(keyString(0));
    expect(keyString(new Date(5))).toBe(keyString(new Date(5)));
    expect(keyString('1')).not.toBe(keyString(1));
    expect(keyString(null)).toBe(keyString(undefined));
    expect(keyString({ a: 1, b: 2 })).not.toBe(keyString({ b: 2, a: 1 }));
    expect(keyString(Decimal128.fromString('1.5'))).not.toBe(keyString('1.5'));
    expect(keyString(['a', 'b'])).not.toBe(keyString('a,b'));
  });
});

describe('pathKeyValues', () => {
  it('fans out arrays along and at the end of the path', () => {
    const doc = { a: [{ b: 1 }, { b: [2, 3] }, { c: 1 }], t: ['x', 'y'], e: [] };
    expect(pathKeyValues(doc, 'a.b')).toEqual([1, 2, 3]);
    expect(pathKeyValues(doc, 't')).toEqual(['x', 'y']);
    expect(pathKeyValues(doc, 'a.0.b')).toEqual([1]);
    expect(pathKeyValues(doc, 'missing')).toEqual([null]);
    expect(rawPathValues(doc, 'missing')).toEqual([]);
    expect(pathKeyValues({ n: null }, 'n')).toEqual([null]);
  });
});

describe('formatKeyValue', () => {
  it('renders keys like mongod error messages', () => {
    const id = ObjectId.createFromHexString('65a1b2c3d4e5f60718293a4b');
    expect(formatKeyValue({ name: 'x' })).toBe('{ name: "x" }');
    expect(formatKeyValue({ _id: id })).toBe("{ _id: ObjectId('65a1b2c3d4e5f60718293a4b') }");
    expect(formatKeyValue({ a: 1, b: null, c: true })).toBe('{ a: 1, b: null, c: true }');
    expect(formatKeyValue({ at: new Date(0) })).toBe('{ at: new Date(0) }');
  });
});
