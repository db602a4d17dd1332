import { ObjectId } from 'bson';
import type { Document } from 'bson';
import { update as mingoUpdate, updateOne as mingoUpdateOne } from 'mingo';
import type { Modifier, PipelineStage } from 'mingo/updater';
import { CommandError } from '../errors.ts';
import { formatKeyValue, keyString } from '../storage/index-keys.ts';
import { cloneDoc, idFirst, isOperatorObject, isPlainObject, setPath } from './clone.ts';
import { queryOptions } from './mingo-options.ts';

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
  '$bit',
  '$setOnInsert',
]);

export type UpdateSpec = Document | Document[];

export interface ApplyOptions {
  filter: Document;
  arrayFilters?: Document[];
  collation?: Document;
  /** The document is being created by an upsert: $setOnInsert applies, positional `$` does not. */
  inserting?: boolean;
}

export interface ApplyResult {
  doc: Document;
  modified: boolean;
}

type UpdateKind = 'pipeline' | 'operators' | 'replacement';

export function updateKind(u: UpdateSpec): UpdateKind {
  if (Array.isArray(u)) return 'pipeline';
  if (!isPlainObject(u)) {
    throw new CommandError('FailedToParse', 'Update argument must be either an object or an array');
  }
  const keys = Object.keys(u);
  const first = keys[0];
  if (first === undefined || !first.startsWith('$')) {
    const op = keys.find((k) => k.startsWith('$'));
    if (op) throw unknownModifier(op);
    return 'replacement';
  }
  for (const key of keys) {
    if (!OPERATORS.has(key)) throw unknownModifier(key);
    const arg = u[key] as unknown;
    if (!isPlainObject(arg)) {
      throw new CommandError(
        'FailedToParse',
        `Modifiers operate on fields but we found type ${typeName(arg)} instead. For example: {$mod: {<field>: ...}} not {${key}: ${typeName(arg)}}`,
      );
    }
  }
  return 'operators';
}

function unknownModifier(op: string): CommandError {
  return new CommandError(
    'FailedToParse',
    `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
  );
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Applies an update (operators, replacement or pipeline) to a copy of `doc`. */
export function applyUpdate(doc: Document, u: UpdateSpec, opts: ApplyOptions): ApplyResult {
  const kind = updateKind(u);
  let next: Document;
  if (kind === 'replacement') {
    const replacement = u as Document;
    if ('_id' in replacement && keyString(replacement._id) !== keyString(doc._id)) {
      throw immutableId(replacement._id);
    }
    next = { _id: doc._id, ...cloneDoc(replacement) };
    if (!('_id' in doc)) delete next._id;
  } else if (kind === 'pipeline') {
    const docs = [cloneDoc(doc)];
    mingoUpdateOne(docs, {}, u as PipelineStage[], {}, queryOptions(opts.collation));
    next = docs[0] as Document;
  } else {
    next = cloneDoc(doc);
    const modifier = prepareModifier(doc, u as Document, opts.inserting === true);
    if (Object.keys(modifier).length) {
      mingoUpdate(
        next,
        modifier as Modifier<Document>,
        opts.arrayFilters,
        opts.inserting ? {} : opts.filter,
        {
          cloneMode: 'copy',
          queryOptions: queryOptions(opts.collation),
        },
      );
    }
  }
  if ('_id' in doc && keyString(next._id) !== keyString(doc._id)) throw immutableId(next._id);
  next = idFirst(next);
  return { doc: next, modified: keyString(next) !== keyString(doc) };
}

function immutableId(value: unknown): CommandError {
  return new CommandError(
    'ImmutableField',
    `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatKeyValue({ v: value }).slice(5, -2)}`,
  );
}

function prepareModifier(doc: Document, u: Document, inserting: boolean): Document {
  const modifier: Document = {};
  for (const [op, arg] of Object.entries(u)) {
    if (op === '$setOnInsert') continue;
    const fields = { ...(arg as Document) };
    // Setting _id to its current value is allowed by mongod but rejected by mingo.
    if (op === '$set' && '_id' in fields && keyString(fields._id) === keyString(doc._id)) {
      delete fields._id;
    }
    if (Object.keys(fields).length) modifier[op] = fields;
  }
  if (inserting && isPlainObject(u.$setOnInsert)) {
    const set = (modifier.$set ?? {}) as Document;
    for (const [path, value] of Object.entries(u.$setOnInsert)) {
      if (path in set) {
        throw new CommandError(
          'ConflictingUpdateOperators',
          `Updating the path '${path}' would create a conflict at '${path}'`,
        );
      }
      set[path] = value;
    }
    if (Object.keys(set).length) modifier.$set = set;
  }
  return modifier;
}

/** Equality fields of a filter, as the seed of an upserted document. */
export function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const visit = (f: Document): void => {
    for (const [key, value] of Object.entries(f)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const sub of value) if (isPlainObject(sub)) visit(sub);
        continue;
      }
      if (key.startsWith('$') || value instanceof RegExp) continue;
      if (isOperatorObject(value)) {
        if ('$eq' in value) setPath(seed, key, cloneDoc({ v: value.$eq }).v);
        continue;
      }
      setPath(seed, key, cloneDoc({ v: value }).v);
    }
  };
  visit(filter);
  return seed;
}

/** Builds the document an upsert inserts when nothing matched. */
export function buildUpsert(filter: Document, u: UpdateSpec, opts: ApplyOptions): Document {
  const seed = upsertSeed(filter);
  let doc: Document;
  if (updateKind(u) === 'replacement') {
    const replacement = cloneDoc(u as Document);
    doc = '_id' in replacement || !('_id' in seed) ? replacement : { _id: seed._id, ...replacement };
  } else {
    doc = applyUpdate(seed, u, { ...opts, inserting: true }).doc;
  }
  if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
  return idFirst(doc);
}
