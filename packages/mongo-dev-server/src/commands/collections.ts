import { calculateObjectSize } from 'bson';
import type { Document } from 'bson';
import { Query } from 'mingo';
import { CommandError } from '../errors.ts';
import { ID_INDEX } from '../storage/collection.ts';
import type { Collection } from '../storage/collection.ts';
import { keyString } from '../storage/index-keys.ts';
import { collectionArg, optionalDoc } from './args.ts';
import type { CommandContext, CommandTable } from './types.ts';

/** Fields of a `create` command that are not collection options. */
const NOT_OPTIONS = new Set([
  'create',
  '$db',
  'lsid',
  '$clusterTime',
  '$readPreference',
  'writeConcern',
  'comment',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

function listCollections(cmd: Document, ctx: CommandContext): Document {
  const nameOnly = cmd.nameOnly === true;
  let entries = ctx.engine.collections(ctx.db).map((c) =>
    nameOnly
      ? { name: c.name, type: 'collection' }
      : {
          name: c.name,
          type: 'collection',
          options: c.options,
          info: { readOnly: false, uuid: c.uuid },
          idIndex: ID_INDEX,
        },
  );
  const filter = optionalDoc(cmd, 'filter');
  if (filter) {
    const query = new Query(filter);
    entries = entries.filter((e) => query.test(e));
  }
  const batchSize = (cmd.cursor as Document | undefined)?.batchSize as number | undefined;
  return {
    cursor: ctx.cursors.open(`${ctx.db}.$cmd.listCollections`, entries, batchSize ?? Infinity),
    ok: 1,
  };
}

async function create(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'create');
  const options: Document = {};
  for (const [k, v] of Object.entries(cmd)) if (!NOT_OPTIONS.has(k)) options[k] = v;
  if (options.viewOn !== undefined) {
    throw new CommandError('CommandNotSupported', 'views are not supported by mongo-dev-server');
  }
  const existing = ctx.engine.collection(ctx.db, name);
  if (existing) {
    // Like mongod 7.0: creating an existing collection with identical options is a no-op.
    if (keyString(existing.options) === keyString(options)) return { ok: 1 };
    throw new CommandError('NamespaceExists', `Collection ${ctx.db}.${name} already exists.`);
  }
  ctx.engine.createCollection(ctx.db, name, options);
  await ctx.commit();
  return { ok: 1 };
}

async function drop(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = collectionArg(cmd, 'drop');
  const dropped = ctx.engine.dropCollection(ctx.db, name);
  await ctx.commit();
  return dropped ? { nIndexesWas: dropped.indexes.size, ns: dropped.ns, ok: 1 } : { ok: 1 };
}

async function dropDatabase(_cmd: Document, ctx: CommandContext): Promise<Document> {
  ctx.engine.dropDatabase(ctx.db);
  await ctx.commit();
  return { ok: 1 };
}

function splitNs(value: unknown, field: string): [string, string] {
  const ns = typeof value === 'string' ? value : '';
  const dot = ns.indexOf('.');
  if (dot <= 0 || dot === ns.length - 1) {
    throw new CommandError('InvalidNamespace', `Invalid ${field} namespace: ${ns}`);
  }
  return [ns.slice(0, dot), ns.slice(dot + 1)];
}

async function renameCollection(cmd: Document, ctx: CommandContext): Promise<Document> {
  if (ctx.db !== 'admin') {
    throw new CommandError('Unauthorized', 'renameCollection may only be run against the admin database.');
  }
  const [db, name] = splitNs(cmd.renameCollection, 'source');
  const [toDb, toName] = splitNs(cmd.to, 'target');
  if (db === toDb && name === toName) {
    throw new CommandError('IllegalOperation', "Can't rename a collection to itself");
  }
  if (!ctx.engine.collection(db, name)) {
    throw new CommandError('NamespaceNotFound', `Source collection ${db}.${name} does not exist`);
  }
  if (ctx.engine.collection(toDb, toName)) {
    if (cmd.dropTarget !== true) throw new CommandError('NamespaceExists', 'target namespace exists');
    ctx.engine.dropCollection(toDb, toName);
  }
  ctx.engine.renameCollection(db, name, toDb, toName);
  await ctx.commit();
  return { ok: 1 };
}

function collMod(cmd: Document, ctx: CommandContext): Document {
  const name = collectionArg(cmd, 'collMod');
  if (!ctx.engine.collection(ctx.db, name)) {
    throw new CommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  }
  return { ok: 1 };
}

function sizeOf(coll: Collection): number {
  let bytes = 0;
  for (const doc of coll.docs.values()) bytes += calculateObjectSize(doc);
  return bytes;
}

function listDatabases(cmd: Document, ctx: CommandContext): Document {
  let databases = ctx.engine.databaseNames().map((name) => {
    const sizeOnDisk = ctx.engine.collections(name).reduce((n, c) => n + sizeOf(c), 0);
    return cmd.nameOnly === true ? { name } : { name, sizeOnDisk, empty: false };
  });
  const filter = optionalDoc(cmd, 'filter');
  if (filter) {
    const query = new Query(filter);
    databases = databases.filter((d) => query.test(d));
  }
  if (cmd.nameOnly === true) return { databases, ok: 1 };
  const totalSize = databases.reduce((n, d) => n + ((d as Document).sizeOnDisk as number), 0);
  return { databases, totalSize, totalSizeMb: Math.floor(totalSize / 1048576), ok: 1 };
}

function dbStats(_cmd: Document, ctx: CommandContext): Document {
  const colls = ctx.engine.collections(ctx.db);
  const objects = colls.reduce((n, c) => n + c.docs.size, 0);
  const dataSize = colls.reduce((n, c) => n + sizeOf(c), 0);
  return {
    db: ctx.db,
    collections: colls.length,
    views: 0,
    objects,
    avgObjSize: objects ? dataSize / objects : 0,
    dataSize,
    storageSize: dataSize,
    indexes: colls.reduce((n, c) => n + c.indexes.size, 0),
    indexSize: 0,
    totalSize: dataSize,
    scaleFactor: 1,
    ok: 1,
  };
}

export const collectionCommands: CommandTable = {
  listCollections,
  create,
  drop,
  dropDatabase,
  renameCollection,
  collMod,
  listDatabases,
  dbStats,
};
