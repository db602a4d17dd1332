import { UUID } from 'bson';
import type { Binary, Document } from 'bson';
import { Query } from 'mingo';
import { CommandError } from '../errors.ts';
import { formatKeyValue, keyString, rawPathValues } from './index-keys.ts';

export const ID_INDEX: Document = { v: 2, key: { _id: 1 }, name: '_id_' };

interface KeyEntry {
  key: string;
  value: Document;
}

/** Enforces one unique index: a map from the key string to the owning document's id key. */
class UniqueIndex {
  readonly entries = new Map<string, string>();
  private readonly fields: string[];
  private readonly partial: Query | null;
  private readonly sparse: boolean;

  constructor(readonly spec: Document) {
    this.fields = Object.keys(spec.key as Document);
    this.partial = spec.partialFilterExpression ? new Query(spec.partialFilterExpression as Document) : null;
    this.sparse = spec.sparse === true;
  }

  keysFor(doc: Document): KeyEntry[] {
    if (this.partial && !this.partial.test(doc)) return [];
    const perField = this.fields.map((f) => rawPathValues(doc, f));
    if (this.sparse && perField.every((values) => values.length === 0)) return [];
    let combos: unknown[][] = [[]];
    for (const values of perField) {
      const options = values.length ? values : [null];
      combos = combos.flatMap((combo) => options.map((v) => [...combo, v]));
    }
    return combos.map((combo) => {
      const value: Document = {};
      this.fields.forEach((f, i) => (value[f] = combo[i] === undefined ? null : combo[i]));
      return { key: combo.map(keyString).join('|'), value };
    });
  }
}

export function duplicateKeyError(ns: string, spec: Document, keyValue: Document): CommandError {
  return new CommandError(
    'DuplicateKey',
    `E11000 duplicate key error collection: ${ns} index: ${String(spec.name)} dup key: ${formatKeyValue(keyValue)}`,
    { keyPattern: spec.key as Document, keyValue },
  );
}

/**
 * One collection in memory. Documents stored here are never mutated in place: updates build a
 * new document and swap it in, so cursors and snapshots can hold plain references.
 */
export class Collection {
  /** Documents by keyString(_id), in natural (insertion) order. */
  readonly docs = new Map<string, Document>();
  /** Index specs by name, `_id_` first. */
  readonly indexes = new Map<string, Document>([['_id_', ID_INDEX]]);
  private readonly unique = new Map<string, UniqueIndex>();

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: Document = {},
    readonly uuid: Binary = new UUID(),
  ) {}

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get(idKey: string): Document | undefined {
    return this.docs.get(idKey);
  }

  insert(doc: Document): void {
    const id = keyString(doc._id);
    if (this.docs.has(id)) throw duplicateKeyError(this.ns, ID_INDEX, { _id: doc._id });
    const added = this.checkUnique(doc, id);
    this.addEntries(added, id);
    this.docs.set(id, doc);
  }

  /** Replaces the document with the same `_id`. */
  replace(doc: Document): void {
    const id = keyString(doc._id);
    const old = this.docs.get(id);
    if (!old) throw new Error(`replace of missing document ${id}`);
    const added = this.checkUnique(doc, id);
    this.removeEntries(old, id);
    this.addEntries(added, id);
    this.docs.set(id, doc);
  }

  /** Inserts or replaces; used when replaying the journal. */
  put(doc: Document): void {
    if (this.docs.has(keyString(doc._id))) this.replace(doc);
    else this.insert(doc);
  }

  remove(id: string): Document | undefined {
    const old = this.docs.get(id);
    if (!old) return undefined;
    this.removeEntries(old, id);
    this.docs.delete(id);
    return old;
  }

  clear(): void {
    this.docs.clear();
    for (const index of this.unique.values()) index.entries.clear();
  }

  /** Adds an index; throws a duplicate key error (and adds nothing) if existing data violates it. */
  addIndex(spec: Document): void {
    if (spec.unique === true && !isIdKey(spec.key as Document)) {
      const index = new UniqueIndex(spec);
      for (const [id, doc] of this.docs) {
        for (const entry of index.keysFor(doc)) {
          const owner = index.entries.get(entry.key);
          if (owner !== undefined && owner !== id) {
            throw duplicateKeyError(this.ns, spec, entry.value);
          }
          index.entries.set(entry.key, id);
        }
      }
      this.unique.set(spec.name as string, index);
    }
    this.indexes.set(spec.name as string, spec);
  }

  dropIndex(name: string): void {
    this.indexes.delete(name);
    this.unique.delete(name);
  }

  private checkUnique(doc: Document, id: string): Array<[UniqueIndex, KeyEntry[]]> {
    const out: Array<[UniqueIndex, KeyEntry[]]> = [];
    for (const index of this.unique.values()) {
      const entries = index.keysFor(doc);
      for (const entry of entries) {
        const owner = index.entries.get(entry.key);
        if (owner !== undefined && owner !== id) {
          throw duplicateKeyError(this.ns, index.spec, entry.value);
        }
      }
      out.push([index, entries]);
    }
    return out;
  }

  private addEntries(added: Array<[UniqueIndex, KeyEntry[]]>, id: string): void {
    for (const [index, entries] of added) {
      for (const entry of entries) index.entries.set(entry.key, id);
    }
  }

  private removeEntries(doc: Document, id: string): void {
    for (const index of this.unique.values()) {
      for (const entry of index.keysFor(doc)) {
        if (index.entries.get(entry.key) === id) index.entries.delete(entry.key);
      }
    }
  }
}

function isIdKey(key: Document): boolean {
  const fields = Object.keys(key);
  return fields.length === 1 && fields[0] === '_id';
}
