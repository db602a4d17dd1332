import type { Document } from 'bson';
import { Aggregator, ProcessingMode, Query } from 'mingo';
import { CommandError } from '../errors.ts';
import { cloneDoc, idFirst, isPlainObject } from './clone.ts';
import { queryOptions } from './mingo-options.ts';

/** Find-style projection, including the positional `field.$` form mingo lacks. */
export function project(
  docs: Document[],
  projection: Document,
  filter: Document | undefined,
  collation?: Document,
): Document[] {
  const positional = Object.keys(projection).filter((k) => k.endsWith('.$'));
  const spec = { ...projection };
  for (const key of positional) {
    delete spec[key];
    spec[key.slice(0, -2)] = 1;
  }
  const out =
    sliceOnlyProjection(docs, spec) ??
    (new Aggregator([{ $project: spec }], {
      ...queryOptions(collation),
      processingMode: ProcessingMode.CLONE_INPUT,
    }).run(docs) as Document[]);
  return out.map((doc, i) => {
    for (const key of positional) applyPositional(doc, docs[i] as Document, key.slice(0, -2), filter ?? {});
    return idFirst(doc);
  });
}

const isSlice = (v: unknown): v is { $slice: unknown } =>
  isPlainObject(v) && Object.keys(v).length === 1 && '$slice' in v;

/**
 * In a find projection, `$slice` alone does not turn the projection into an inclusion: the
 * other fields are still returned (mingo would drop them).
 */
function sliceOnlyProjection(docs: Document[], spec: Document): Document[] | null {
  const keys = Object.keys(spec).filter((k) => k !== '_id');
  const slices = keys.filter((k) => isSlice(spec[k]));
  if (slices.length === 0 || !keys.every((k) => isSlice(spec[k]) || spec[k] === 0 || spec[k] === false)) {
    return null;
  }
  return docs.map((source) => {
    const doc = cloneDoc(source);
    for (const key of Object.keys(spec)) {
      if (spec[key] === 0 || spec[key] === false) removePath(doc, key);
    }
    for (const key of slices) {
      const parts = key.split('.');
      let parent: unknown = doc;
      for (const part of parts.slice(0, -1)) parent = isPlainObject(parent) ? parent[part] : undefined;
      const last = parts[parts.length - 1] as string;
      if (isPlainObject(parent) && Array.isArray(parent[last])) {
        parent[last] = sliceArray(parent[last] as unknown[], (spec[key] as { $slice: unknown }).$slice);
      }
    }
    return doc;
  });
}

function removePath(doc: Document, path: string): void {
  const parts = path.split('.');
  let parent: unknown = doc;
  for (const part of parts.slice(0, -1)) parent = isPlainObject(parent) ? parent[part] : undefined;
  if (isPlainObject(parent)) delete parent[parts[parts.length - 1] as string];
}

function sliceArray(values: unknown[], arg: unknown): unknown[] {
  if (typeof arg === 'number') return arg >= 0 ? values.slice(0, arg) : values.slice(arg);
  if (Array.isArray(arg) && typeof arg[0] === 'number' && typeof arg[1] === 'number') {
    const start = arg[0] < 0 ? Math.max(0, values.length + arg[0]) : arg[0];
    return values.slice(start, start + arg[1]);
  }
  throw new CommandError('BadValue', '$slice only supports numbers and [skip, limit] arrays');
}

function applyPositional(out: Document, source: Document, field: string, filter: Document): void {
  const array = source[field] as unknown;
  if (field.includes('.') || !Array.isArray(array)) return;
  const conditions = Object.keys(filter).filter((k) => k === field || k.startsWith(`${field}.`));
  if (conditions.length === 0) return;
  const query = new Query(Object.fromEntries(conditions.map((k) => [k, filter[k]])));
  const match = array.find((el) => query.test({ [field]: [el] }));
  if (match !== undefined) out[field] = [match];
}
