import { ObjectId } from 'bson';
import type { Document } from 'bson';
import { CommandError, toCommandError } from '../errors.ts';
import { idFirst, isPlainObject } from '../query/clone.ts';
import { matchDocuments } from '../query/select.ts';
import { applyUpdate, buildUpsert, updateKind } from '../query/update.ts';
import type { UpdateSpec } from '../query/update.ts';
import { keyString } from '../storage/index-keys.ts';
import { MAX_WRITE_BATCH_SIZE } from '../wire/constants.ts';
import { collectionArg, docArray } from './args.ts';
import type { CommandContext, CommandTable } from './types.ts';

/** Runs write statements with mongod's ordered/unordered semantics, collecting writeErrors. */
function runStatements(
  cmd: Document,
  statements: unknown[],
  run: (statement: Document, index: number) => void,
): Document[] {
  if (statements.length > MAX_WRITE_BATCH_SIZE) {
    throw new CommandError(
      'InvalidOptions',
      `Write batch sizes must be between 1 and ${MAX_WRITE_BATCH_SIZE}. Got ${statements.length} operations.`,
    );
  }
  const ordered = cmd.ordered !== false;
  const writeErrors: Document[] = [];
  for (const [index, statement] of statements.entries()) {
    try {
      if (!isPlainObject(statement)) {
        throw new CommandError('TypeMismatch', `write statement ${index} is not an object`);
      }
      run(statement, index);
    } catch (err) {
      writeErrors.push(toCommandError(err).toWriteError(index));
      if (ordered) break;
    }
  }
  return writeErrors;
}

const withErrors = (reply: Document, writeErrors: Document[]): Document =>
  writeErrors.length ? { ...reply, writeErrors, ok: 1 } : { ...reply, ok: 1 };

async function insert(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'insert');
  const docs = docArray(cmd, 'documents');
  const coll = ctx.engine.ensureCollection(ctx.db, name);
  let n = 0;
  const writeErrors = runStatements(cmd, docs, (raw) => {
    const doc = raw._id === undefined ? { _id: new ObjectId(), ...raw } : idFirst(raw);
    if (Array.isArray(doc._id) || doc._id instanceof RegExp) {
      throw new CommandError(
        'BadValue',
        `can't use ${Array.isArray(doc._id) ? 'an array' : 'a regex'} for _id`,
      );
    }
    ctx.engine.insert(coll, doc);
    n += 1;
  });
  await ctx.commit();
  return withErrors({ n }, writeErrors);
}

async function update(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'update');
  const statements = docArray(cmd, 'updates');
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const writeErrors = runStatements(cmd, statements, (st, index) => {
    const filter = (st.q ?? {}) as Document;
    const u = st.u as UpdateSpec;
    if (u === undefined) {
      throw new CommandError(
        'FailedToParse',
        "BSON field 'update.updates.u' is missing but a required field",
      );
    }
    const kind = updateKind(u);
    const multi = st.multi === true;
    if (multi && kind === 'replacement') {
      throw new CommandError('FailedToParse', 'multi update is not supported for replacement-style update');
    }
    const opts = {
      filter,
      arrayFilters: st.arrayFilters as Document[] | undefined,
      collation: st.collation as Document | undefined,
    };
    const coll = ctx.engine.collection(ctx.db, name);
    const matches = matchDocuments(coll, filter, opts.collation, multi ? Infinity : 1);
    if (matches.length === 0) {
      if (st.upsert === true) {
        const doc = buildUpsert(filter, u, opts);
        ctx.engine.insert(ctx.engine.ensureCollection(ctx.db, name), doc);
        n += 1;
        upserted.push({ index, _id: doc._id });
      }
      return;
    }
    for (const doc of matches) {
      const result = applyUpdate(doc, u, opts);
      n += 1;
      if (result.modified && coll) {
        ctx.engine.replace(coll, result.doc);
        nModified += 1;
      }
    }
  });
  await ctx.commit();
  return withErrors({ n, nModified, ...(upserted.length ? { upserted } : {}) }, writeErrors);
}

async function remove(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'delete');
  const statements = docArray(cmd, 'deletes');
  let n = 0;
  const writeErrors = runStatements(cmd, statements, (st) => {
    const limit = Number(st.limit ?? 0);
    if (limit !== 0 && limit !== 1) {
      throw new CommandError(
        'FailedToParse',
        `The limit field in delete objects must be 0 or 1. Got ${limit}`,
      );
    }
    const coll = ctx.engine.collection(ctx.db, name);
    const filter = (st.q ?? {}) as Document;
    const collation = st.collation as Document | undefined;
    const matches = matchDocuments(coll, filter, collation, limit === 1 ? 1 : Infinity);
    for (const doc of matches) {
      if (coll && ctx.engine.remove(coll, keyString(doc._id))) n += 1;
    }
  });
  await ctx.commit();
  return withErrors({ n }, writeErrors);
}

export const writeCommands: CommandTable = { insert, update, delete: remove };
