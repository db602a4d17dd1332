import type { Document } from 'bson';
import { CommandError } from '../errors.ts';
import { isPlainObject } from '../query/clone.ts';
import type { Collection } from '../storage/collection.ts';
import { keyString } from '../storage/index-keys.ts';
import { collectionArg, docArray } from './args.ts';
import type { CommandContext, CommandTable } from './types.ts';

const INDEX_TYPES = new Set(['text', '2d', '2dsphere', 'hashed', 'wildcard']);
const IGNORED_OPTIONS = new Set(['background', 'key', 'name', 'v', 'ns']);

export function defaultIndexName(key: Document): string {
  return Object.entries(key)
    .map(([field, dir]) => `${field}_${String(dir)}`)
    .join('_');
}

function validateKey(key: unknown): Document {
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw new CommandError('BadValue', 'Index keys cannot be empty.');
  }
  for (const [field, dir] of Object.entries(key)) {
    const ok = (typeof dir === 'number' && dir !== 0) || (typeof dir === 'string' && INDEX_TYPES.has(dir));
    if (!ok) {
      throw new CommandError(
        'BadValue',
        `Values in the index key pattern can only be positive or negative numbers or index type strings; got ${field}: ${String(dir)}`,
      );
    }
  }
  return key;
}

/** Compares the options that make two index specs different indexes. */
const optionsKey = (spec: Document): string =>
  keyString({
    unique: spec.unique === true,
    sparse: spec.sparse === true,
    partial: spec.partialFilterExpression ?? null,
    ttl: spec.expireAfterSeconds ?? null,
    collation: spec.collation ?? null,
  });

function buildSpec(raw: Document): Document {
  const key = validateKey(raw.key);
  const name = typeof raw.name === 'string' ? raw.name : defaultIndexName(key);
  const spec: Document = { v: 2, key, name };
  for (const [option, value] of Object.entries(raw)) {
    if (!IGNORED_OPTIONS.has(option)) spec[option] = value;
  }
  return spec;
}

/** Whether the index already exists; throws if it conflicts with an existing one. */
function alreadyExists(coll: Collection, spec: Document): boolean {
  const sameName = coll.indexes.get(spec.name as string);
  if (sameName) {
    if (keyString(sameName.key) !== keyString(spec.key)) {
      throw new CommandError(
        'IndexKeySpecsConflict',
        `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(sameName)}`,
      );
    }
    if (optionsKey(sameName) !== optionsKey(spec) && spec.name !== '_id_') {
      throw new CommandError(
        'IndexOptionsConflict',
        `An equivalent index already exists with the same name but different options. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(sameName)}`,
      );
    }
    return true;
  }
  for (const existing of coll.indexes.values()) {
    if (keyString(existing.key) !== keyString(spec.key)) continue;
    throw new CommandError(
      'IndexOptionsConflict',
      optionsKey(existing) === optionsKey(spec)
        ? `Index already exists with a different name: ${String(existing.name)}`
        : `An equivalent index already exists with a different name and options. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing)}`,
    );
  }
  return false;
}

async function createIndexes(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'createIndexes');
  const specs = docArray(cmd, 'indexes').map(buildSpec);
  const existed = ctx.engine.collection(ctx.db, name) !== undefined;
  const coll = ctx.engine.ensureCollection(ctx.db, name);
  const numIndexesBefore = coll.indexes.size;
  for (const spec of specs) {
    if (!alreadyExists(coll, spec)) ctx.engine.createIndex(coll, spec);
  }
  await ctx.commit();
  const numIndexesAfter = coll.indexes.size;
  return {
    numIndexesBefore,
    numIndexesAfter,
    createdCollectionAutomatically: !existed,
    ...(numIndexesAfter === numIndexesBefore ? { note: 'all indexes already exist' } : {}),
    ok: 1,
  };
}

function listIndexes(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'listIndexes');
  const coll = ctx.engine.collection(ctx.db, name);
  if (!coll) throw new CommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  const batchSize = (cmd.cursor as Document | undefined)?.batchSize as number | undefined;
  return {
    cursor: ctx.cursors.open(`${ctx.db}.${name}`, [...coll.indexes.values()], batchSize ?? Infinity),
    ok: 1,
  };
}

async function dropIndexes(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'dropIndexes' in cmd ? 'dropIndexes' : 'deleteIndexes');
  const coll = ctx.engine.collection(ctx.db, name);
  if (!coll) throw new CommandError('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
  const nIndexesWas = coll.indexes.size;
  const which = cmd.index as unknown;
  let names: string[];
  if (which === '*') {
    names = [...coll.indexes.keys()].filter((n) => n !== '_id_');
  } else if (typeof which === 'string') {
    names = [which];
  } else if (Array.isArray(which)) {
    names = which.map(String);
  } else if (isPlainObject(which)) {
    const match = [...coll.indexes.values()].find((spec) => keyString(spec.key) === keyString(which));
    if (!match)
      throw new CommandError('IndexNotFound', `can't find index with key: ${JSON.stringify(which)}`);
    names = [match.name as string];
  } else {
    throw new CommandError('TypeMismatch', "BSON field 'index' is the wrong type");
  }
  for (const n of names) {
    if (n === '_id_') throw new CommandError('InvalidOptions', 'cannot drop _id index');
    if (!coll.indexes.has(n)) throw new CommandError('IndexNotFound', `index not found with name [${n}]`);
  }
  for (const n of names) ctx.engine.dropIndex(coll, n);
  await ctx.commit();
  return { nIndexesWas, ...(which === '*' ? { msg: 'non-_id indexes dropped for collection' } : {}), ok: 1 };
}

export const indexCommands: CommandTable = {
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
};
