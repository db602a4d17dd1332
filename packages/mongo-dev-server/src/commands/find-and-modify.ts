import type { Document } from 'bson';
import { CommandError } from '../errors.ts';
import { project } from '../query/projection.ts';
import { selectDocuments } from '../query/select.ts';
import { applyUpdate, buildUpsert } from '../query/update.ts';
import type { UpdateSpec } from '../query/update.ts';
import { keyString } from '../storage/index-keys.ts';
import { collectionArg, optionalDoc } from './args.ts';
import type { CommandContext, CommandTable } from './types.ts';

function validate(cmd: Document): void {
  const remove = cmd.remove === true;
  if (remove && cmd.update !== undefined) {
    throw new CommandError('FailedToParse', 'Cannot specify both an update and remove=true');
  }
  if (!remove && cmd.update === undefined) {
    throw new CommandError('FailedToParse', 'Either an update or remove=true must be specified');
  }
  if (remove && cmd.upsert === true) {
    throw new CommandError('FailedToParse', 'Cannot specify both upsert=true and remove=true');
  }
  if (remove && cmd.new === true) {
    throw new CommandError(
      'FailedToParse',
      "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document",
    );
  }
}

async function findAndModify(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'findAndModify' in cmd ? 'findAndModify' : 'findandmodify');
  validate(cmd);
  const filter = optionalDoc(cmd, 'query') ?? {};
  const fields = optionalDoc(cmd, 'fields');
  const collation = optionalDoc(cmd, 'collation');
  const coll = ctx.engine.collection(ctx.db, name);
  const [found] = selectDocuments(coll, { filter, sort: optionalDoc(cmd, 'sort'), limit: 1, collation });
  const target = found && coll ? coll.get(keyString(found._id)) : undefined;
  let value: Document | null = null;
  let lastErrorObject: Document;
  if (cmd.remove === true) {
    if (target && coll) {
      ctx.engine.remove(coll, keyString(target._id));
      value = target;
    }
    lastErrorObject = { n: value ? 1 : 0 };
  } else {
    const update = cmd.update as UpdateSpec;
    const opts = { filter, arrayFilters: cmd.arrayFilters as Document[] | undefined, collation };
    if (target && coll) {
      const result = applyUpdate(target, update, opts);
      if (result.modified) ctx.engine.replace(coll, result.doc);
      value = cmd.new === true ? result.doc : target;
      lastErrorObject = { n: 1, updatedExisting: true };
    } else if (cmd.upsert === true) {
      const doc = buildUpsert(filter, update, opts);
      ctx.engine.insert(ctx.engine.ensureCollection(ctx.db, name), doc);
      value = cmd.new === true ? doc : null;
      lastErrorObject = { n: 1, updatedExisting: false, upserted: doc._id };
    } else {
      lastErrorObject = { n: 0, updatedExisting: false };
    }
  }
  await ctx.commit();
  if (value && fields && Object.keys(fields).length)
    value = project([value], fields, filter, collation)[0] ?? null;
  return { lastErrorObject, value, ok: 1 };
}

export const findAndModifyCommands: CommandTable = {
  findAndModify,
  findandmodify: findAndModify,
};
