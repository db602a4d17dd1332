import type { Document } from 'bson';
import { Aggregator, ProcessingMode, Query } from 'mingo';
import { CommandError } from '../errors.ts';
import type { Collection } from '../storage/collection.ts';
import type { Engine } from '../storage/engine.ts';
import { keyString } from '../storage/index-keys.ts';
import { cloneDoc, idFirst, isOperatorObject } from './clone.ts';
import { queryOptions } from './mingo-options.ts';
import { project } from './projection.ts';

export interface SelectSpec {
  filter?: Document;
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  collation?: Document;
}

export function compileFilter(filter: Document | undefined, collation?: Document): Query {
  if (filter !== undefined && (filter === null || typeof filter !== 'object' || Array.isArray(filter))) {
    throw new CommandError('TypeMismatch', "BSON field 'filter' is the wrong type, expected object");
  }
  return new Query(filter ?? {}, queryOptions(collation));
}

/** Narrows the scan with the `_id` map when the filter pins `_id` to values. */
function candidates(coll: Collection, filter: Document | undefined): Iterable<Document> {
  const id = filter?._id as unknown;
  if (id === undefined || id instanceof RegExp) return coll.docs.values();
  let values: unknown[] | null = null;
  if (!isOperatorObject(id)) values = [id];
  else if (Object.keys(id).length === 1 && Array.isArray(id.$in)) values = id.$in as unknown[];
  else if (Object.keys(id).length === 1 && '$eq' in id) values = [id.$eq];
  if (!values || values.some((v) => v instanceof RegExp || Array.isArray(v))) {
    return coll.docs.values();
  }
  const seen = new Set<string>();
  const out: Document[] = [];
  for (const v of values) {
    const key = keyString(v);
    const doc = seen.has(key) ? undefined : coll.docs.get(key);
    seen.add(key);
    if (doc) out.push(doc);
  }
  return out;
}

/** Documents matching the filter, in natural order, optionally stopping after `max`. */
export function matchDocuments(
  coll: Collection | undefined,
  filter: Document | undefined,
  collation?: Document,
  max = Infinity,
): Document[] {
  if (!coll || max <= 0) return [];
  const query = compileFilter(filter, collation);
  const out: Document[] = [];
  for (const doc of candidates(coll, filter)) {
    if (query.test(doc)) {
      out.push(doc);
      if (out.length >= max) break;
    }
  }
  return out;
}

function naturalDirection(sort: Document | undefined): number {
  if (!sort) return 0;
  const keys = Object.keys(sort);
  return keys.length === 1 && keys[0] === '$natural' ? Number(sort.$natural) : 0;
}

/** The find pipeline: filter, sort, skip, limit, projection. */
export function selectDocuments(coll: Collection | undefined, spec: SelectSpec): Document[] {
  const { sort, projection, collation } = spec;
  const skip = Math.max(0, spec.skip ?? 0);
  const limit = Math.abs(spec.limit ?? 0);
  const natural = naturalDirection(sort);
  const hasSort = sort && Object.keys(sort).length > 0 && natural === 0;
  const early = !hasSort && natural >= 0 && limit > 0 ? skip + limit : Infinity;
  let docs = matchDocuments(coll, spec.filter, collation, early);
  if (natural < 0) docs.reverse();
  if (hasSort) {
    for (const value of Object.values(sort)) {
      if (value !== 1 && value !== -1) {
        throw new CommandError(
          'BadValue',
          `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
        );
      }
    }
    docs = new Aggregator([{ $sort: sort }], queryOptions(collation)).run(docs) as Document[];
  }
  if (skip || limit) docs = docs.slice(skip, limit ? skip + limit : undefined);
  if (projection && Object.keys(projection).length) {
    docs = project(docs, projection, spec.filter, collation);
  }
  return docs;
}

/** Runs an aggregation pipeline; `$lookup`/`$unionWith` resolve collections of the same db. */
export function runPipeline(
  engine: Engine,
  db: string,
  input: Document[],
  pipeline: Document[],
  options: { collation?: Document; variables?: Document } = {},
): Document[] {
  const resolver = (name: string): Document[] =>
    [...(engine.collection(db, name)?.docs.values() ?? [])].map(cloneDoc);
  const results = new Aggregator(pipeline, {
    ...queryOptions(options.collation),
    ...(options.variables ? { variables: options.variables } : {}),
    processingMode: ProcessingMode.CLONE_INPUT,
    collectionResolver: resolver,
  }).run(input) as Document[];
  // mingo's $project appends _id last; mongod keeps it first.
  return pipeline.some((stage) => '$project' in stage) ? results.map(idFirst) : results;
}
