import { UUID } from 'bson';
import type { Binary, Document } from 'bson';
import { CommandError } from '../errors.ts';
import { Collection } from './collection.ts';
import { keyString } from './index-keys.ts';

/** Where committed mutations are recorded (the journal); absent when running in memory. */
export interface WriteLog {
  append(record: Document): void;
}

const BAD_DB_CHARS = /[/\\. "$*<>:|?\0]/;

export function validateDbName(db: string): void {
  if (!db || db.length >= 64 || BAD_DB_CHARS.test(db)) {
    throw new CommandError('InvalidNamespace', `Invalid database name: '${db}'`);
  }
}

export function validateCollectionName(db: string, name: string): void {
  if (!name || name.includes('$') || name.includes('\0') || name.startsWith('.')) {
    throw new CommandError('InvalidNamespace', `Invalid collection name: ${name}`);
  }
  if (db.length + 1 + name.length > 255) {
    throw new CommandError('InvalidNamespace', `Fully qualified namespace is too long: ${db}.${name}`);
  }
}

/**
 * All databases and collections. Every mutation goes through here so it can be journaled; the
 * same records rebuild the state on open (see apply()).
 */
export class Engine {
  private readonly dbs = new Map<string, Map<string, Collection>>();
  writeLog: WriteLog | null = null;

  databaseNames(): string[] {
    return [...this.dbs.keys()].filter((db) => (this.dbs.get(db)?.size ?? 0) > 0);
  }

  collections(db: string): Collection[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  collection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /** Returns the collection, creating it implicitly (as inserts and upserts do). */
  ensureCollection(db: string, name: string): Collection {
    return this.collection(db, name) ?? this.createCollection(db, name, {});
  }

  createCollection(db: string, name: string, options: Document): Collection {
    validateDbName(db);
    validateCollectionName(db, name);
    if (this.collection(db, name)) {
      throw new CommandError('NamespaceExists', `Collection ${db}.${name} already exists.`);
    }
    const uuid = new UUID();
    const coll = this.addCollection(db, name, options, uuid);
    this.log({ o: 'ccoll', d: db, c: name, options, uuid });
    return coll;
  }

  dropCollection(db: string, name: string): Collection | undefined {
    const coll = this.collection(db, name);
    if (!coll) return undefined;
    this.dbs.get(db)?.delete(name);
    this.log({ o: 'dcoll', d: db, c: name });
    return coll;
  }

  dropDatabase(db: string): void {
    if (!this.dbs.has(db)) return;
    this.dbs.delete(db);
    this.log({ o: 'ddb', d: db });
  }

  renameCollection(db: string, name: string, toDb: string, toName: string): void {
    validateDbName(toDb);
    validateCollectionName(toDb, toName);
    this.moveCollection(db, name, toDb, toName);
    this.log({ o: 'ren', d: db, c: name, td: toDb, tc: toName });
  }

  insert(coll: Collection, doc: Document): void {
    coll.insert(doc);
    this.log({ o: 'put', d: coll.db, c: coll.name, doc });
  }

  replace(coll: Collection, doc: Document): void {
    coll.replace(doc);
    this.log({ o: 'put', d: coll.db, c: coll.name, doc });
  }

  remove(coll: Collection, idKey: string): Document | undefined {
    const removed = coll.remove(idKey);
    if (removed) this.log({ o: 'del', d: coll.db, c: coll.name, id: removed._id });
    return removed;
  }

  /** Empties a collection and fills it with `docs` (for $out); all-or-nothing. */
  replaceContents(coll: Collection, docs: Document[]): void {
    const staging = new Collection(coll.db, coll.name);
    for (const spec of coll.indexes.values()) staging.addIndex(spec);
    for (const doc of docs) staging.insert(doc);
    coll.clear();
    this.log({ o: 'clear', d: coll.db, c: coll.name });
    for (const doc of docs) this.insert(coll, doc);
  }

  createIndex(coll: Collection, spec: Document): void {
    coll.addIndex(spec);
    this.log({ o: 'cidx', d: coll.db, c: coll.name, spec });
  }

  dropIndex(coll: Collection, name: string): void {
    coll.dropIndex(name);
    this.log({ o: 'didx', d: coll.db, c: coll.name, name });
  }

  /** Applies a journal or snapshot record without journaling it again. */
  apply(record: Document): void {
    const db = record.d as string;
    const name = record.c as string;
    const existing = (): Collection =>
      this.collection(db, name) ?? this.addCollection(db, name, {}, new UUID());
    switch (record.o) {
      case 'ccoll':
        if (!this.collection(db, name)) {
          this.addCollection(db, name, record.options as Document, record.uuid as Binary);
        }
        return;
      case 'dcoll':
        this.dbs.get(db)?.delete(name);
        return;
      case 'ddb':
        this.dbs.delete(db);
        return;
      case 'ren':
        this.moveCollection(db, name, record.td as string, record.tc as string);
        return;
      case 'put':
        existing().put(record.doc as Document);
        return;
      case 'del':
        this.collection(db, name)?.remove(keyString(record.id));
        return;
      case 'clear':
        this.collection(db, name)?.clear();
        return;
      case 'cidx':
        existing().addIndex(record.spec as Document);
        return;
      case 'didx':
        this.collection(db, name)?.dropIndex(record.name as string);
        return;
      default:
        throw new Error(`unknown journal record type ${String(record.o)}`);
    }
  }

  /**
   * Takes a picture of the whole state now (collection lists and document references; stored
   * documents are immutable) and returns records that rebuild it, produced lazily.
   */
  capture(): Iterable<Document> {
    const picture = [...this.dbs.values()].flatMap((colls) =>
      [...colls.values()].map((coll) => ({
        coll,
        indexes: [...coll.indexes.values()].filter((spec) => spec.name !== '_id_'),
        docs: [...coll.docs.values()],
      })),
    );
    return (function* () {
      for (const { coll, indexes, docs } of picture) {
        const d = coll.db;
        const c = coll.name;
        yield { o: 'ccoll', d, c, options: coll.options, uuid: coll.uuid };
        for (const spec of indexes) yield { o: 'cidx', d, c, spec };
        for (const doc of docs) yield { o: 'put', d, c, doc };
      }
    })();
  }

  private addCollection(db: string, name: string, options: Document, uuid: Binary): Collection {
    let colls = this.dbs.get(db);
    if (!colls) {
      colls = new Map();
      this.dbs.set(db, colls);
    }
    const coll = new Collection(db, name, options, uuid);
    colls.set(name, coll);
    return coll;
  }

  private moveCollection(db: string, name: string, toDb: string, toName: string): void {
    const source = this.collection(db, name);
    if (!source) return;
    this.dbs.get(db)?.delete(name);
    const target = this.addCollection(toDb, toName, source.options, source.uuid);
    for (const spec of source.indexes.values()) if (spec.name !== '_id_') target.addIndex(spec);
    for (const doc of source.docs.values()) target.insert(doc);
  }

  private log(record: Document): void {
    this.writeLog?.append(record);
  }
}
