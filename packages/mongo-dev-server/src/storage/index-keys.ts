import type { Document } from 'bson';

interface BsonValue {
  _bsontype?: string;
  toHexString?: () => string;
  toString: () => string;
}

/**
 * A canonical string for a BSON value such that two values MongoDB considers equal for an
 * index (1 and 1.0, equal ObjectIds, ...) produce the same string. Used as the key of the
 * `_id` map and of unique indexes.
 */
export function keyString(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'd0' : `d${value}`;
    case 'string':
      return `s${value.length}:${value}`;
    case 'boolean':
      return value ? 'b1' : 'b0';
    case 'bigint':
      return `d${value}`;
    default:
      break;
  }
  if (value instanceof Date) return `t${value.getTime()}`;
  if (value instanceof RegExp) return `r${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map(keyString).join(',')}]`;
  const v = value as BsonValue;
  switch (v._bsontype) {
    case 'ObjectId':
      return `o${(v.toHexString as () => string)()}`;
    case 'Long':
    case 'Int32':
    case 'Double':
      return `d${v.toString()}`;
    case 'Decimal128':
      return `m${v.toString()}`;
    case 'Binary': {
      const bin = value as unknown as { sub_type: number; buffer: Uint8Array };
      return `x${bin.sub_type}:${Buffer.from(bin.buffer).toString('base64')}`;
    }
    case 'MinKey':
    case 'MaxKey':
      return v._bsontype;
    case undefined:
      break;
    default:
      return `${v._bsontype}:${v.toString()}`;
  }
  const obj = value as Document;
  return `{${Object.keys(obj)
    .map((k) => `${JSON.stringify(k)}:${keyString(obj[k])}`)
    .join(',')}}`;
}

/**
 * The index keys a document produces for one dotted path, following MongoDB's multikey rules:
 * arrays along the path fan out, and an array at the end contributes each element.
 * A missing field indexes as null.
 */
export function pathKeyValues(doc: unknown, path: string): unknown[] {
  const out = rawPathValues(doc, path);
  return out.length ? out : [null];
}

/** Like pathKeyValues, but empty when the path is missing (for sparse indexes). */
export function rawPathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      else for (const v of value) out.push(v);
    } else if (value !== undefined) {
      out.push(value);
    }
    return;
  }
  if (value === null || value === undefined || typeof value !== 'object') return;
  const part = parts[i] as string;
  if (Array.isArray(value)) {
    const index = /^\d+$/.test(part) ? Number(part) : -1;
    if (index >= 0 && index < value.length) collect(value[index], parts, i + 1, out);
    for (const el of value) {
      if (el !== null && typeof el === 'object' && !Array.isArray(el)) collect(el, parts, i, out);
    }
    return;
  }
  if (isBsonValue(value)) return;
  collect((value as Document)[part], parts, i + 1, out);
}

function isBsonValue(value: object): boolean {
  return value instanceof Date || value instanceof RegExp || '_bsontype' in value;
}

/** Renders a key the way mongod does in E11000 messages: `{ name: "x", n: 1 }`. */
export function formatKeyValue(keyValue: Document): string {
  const fields = Object.keys(keyValue).map((k) => `${k}: ${formatValue(keyValue[k])}`);
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

function formatValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  const v = value as BsonValue;
  switch (v._bsontype) {
    case 'ObjectId':
      return `ObjectId('${(v.toHexString as () => string)()}')`;
    case 'Decimal128':
      return `${v.toString()}`;
    case 'Long':
      return v.toString();
    case undefined:
      return formatKeyValue(value as Document);
    default:
      return `${v._bsontype}(${v.toString()})`;
  }
}
