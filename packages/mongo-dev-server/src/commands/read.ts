import type { Document } from 'bson';
import { CommandError } from '../errors.ts';
import { matchDocuments, runPipeline, selectDocuments } from '../query/select.ts';
import { keyString, rawPathValues } from '../storage/index-keys.ts';
import { collectionArg, docArray, optionalDoc, optionalNumber } from './args.ts';
import type { CommandContext, CommandTable } from './types.ts';

function find(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'find');
  const limit = optionalNumber(cmd, 'limit');
  const docs = selectDocuments(ctx.engine.collection(ctx.db, name), {
    filter: optionalDoc(cmd, 'filter'),
    sort: optionalDoc(cmd, 'sort'),
    projection: optionalDoc(cmd, 'projection'),
    skip: optionalNumber(cmd, 'skip'),
    limit,
    collation: optionalDoc(cmd, 'collation'),
  });
  const singleBatch = cmd.singleBatch === true || (limit ?? 0) < 0;
  const cursor = ctx.cursors.open(`${ctx.db}.${name}`, docs, optionalNumber(cmd, 'batchSize'), singleBatch);
  return { cursor, ok: 1 };
}

function getMore(cmd: Document, ctx: CommandContext): Document {
  const id = Number(cmd.getMore);
  const name = collectionArg(cmd, 'collection');
  const cursor = ctx.cursors.getMore(id, `${ctx.db}.${name}`, optionalNumber(cmd, 'batchSize'));
  return { cursor, ok: 1 };
}

function killCursors(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'killCursors');
  const ids = (Array.isArray(cmd.cursors) ? cmd.cursors : []).map(Number);
  return { ...ctx.cursors.kill(`${ctx.db}.${name}`, ids), ok: 1 };
}

async function aggregate(cmd: Document, ctx: CommandContext): Promise<Document> {
  const target = cmd.aggregate as unknown;
  let pipeline = docArray(cmd, 'pipeline');
  if (cmd.explain)
    throw new CommandError('CommandNotSupported', 'explain is not supported by mongo-dev-server');
  const cursorOpts = optionalDoc(cmd, 'cursor');
  if (!cursorOpts) {
    throw new CommandError(
      'FailedToParse',
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  if (pipeline.some((stage) => stage && '$merge' in stage)) {
    throw new CommandError('CommandNotSupported', '$merge is not supported by mongo-dev-server');
  }
  const last = pipeline[pipeline.length - 1];
  let outName: string | null = null;
  if (last && '$out' in last) {
    const out = last.$out as unknown;
    outName = typeof out === 'string' ? out : String((out as Document)?.coll ?? '');
    if (typeof out === 'object' && (out as Document)?.db && (out as Document).db !== ctx.db) {
      throw new CommandError(
        'CommandNotSupported',
        '$out to another database is not supported by mongo-dev-server',
      );
    }
    pipeline = pipeline.slice(0, -1);
  }
  const collation = optionalDoc(cmd, 'collation');
  let input: Document[] = [];
  if (typeof target === 'string') {
    const coll = ctx.engine.collection(ctx.db, target);
    const first = pipeline[0];
    // A leading $match is a plain filter: use it to avoid cloning every document.
    if (first && Object.keys(first).length === 1 && first.$match && typeof first.$match === 'object') {
      input = matchDocuments(coll, first.$match as Document, collation);
      pipeline = pipeline.slice(1);
    } else {
      input = [...(coll?.docs.values() ?? [])];
    }
  } else if (target !== 1) {
    throw new CommandError(
      'FailedToParse',
      "Invalid command format: the 'aggregate' field must specify a collection name or 1",
    );
  }
  const results = runPipeline(ctx.engine, ctx.db, input, pipeline, {
    collation,
    variables: optionalDoc(cmd, 'let'),
  });
  if (outName !== null) {
    const coll = ctx.engine.ensureCollection(ctx.db, outName);
    ctx.engine.replaceContents(coll, results);
    await ctx.commit();
    return { cursor: ctx.cursors.open(`${ctx.db}.${String(target)}`, [], 0), ok: 1 };
  }
  const ns = typeof target === 'string' ? `${ctx.db}.${target}` : `${ctx.db}.$cmd.aggregate`;
  return { cursor: ctx.cursors.open(ns, results, optionalNumber(cursorOpts, 'batchSize')), ok: 1 };
}

function count(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'count');
  const coll = ctx.engine.collection(ctx.db, name);
  let n = matchDocuments(coll, optionalDoc(cmd, 'query'), optionalDoc(cmd, 'collation')).length;
  n = Math.max(0, n - (optionalNumber(cmd, 'skip') ?? 0));
  const limit = Math.abs(optionalNumber(cmd, 'limit') ?? 0);
  if (limit) n = Math.min(n, limit);
  return { n, ok: 1 };
}

function distinct(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'distinct');
  const key = cmd.key as unknown;
  if (typeof key !== 'string') {
    throw new CommandError('TypeMismatch', "BSON field 'distinct.key' is the wrong type, expected string");
  }
  const coll = ctx.engine.collection(ctx.db, name);
  const docs = matchDocuments(coll, optionalDoc(cmd, 'query'), optionalDoc(cmd, 'collation'));
  const seen = new Map<string, unknown>();
  for (const doc of docs) {
    for (const value of rawPathValues(doc, key)) {
      if (value === undefined) continue;
      const k = keyString(value);
      if (!seen.has(k)) seen.set(k, value);
    }
  }
  return { values: [...seen.values()], ok: 1 };
}

export const readCommands: CommandTable = { find, getMore, killCursors, aggregate, count, distinct };
