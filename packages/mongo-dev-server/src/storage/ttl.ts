import type { Engine } from './engine.ts';
import { rawPathValues } from './index-keys.ts';

/**
 * Deletes documents expired by TTL indexes (single-field indexes with expireAfterSeconds), like
 * mongod's TTL monitor: a document expires when the earliest date in the field is older than
 * `now - expireAfterSeconds`. Returns how many documents were removed.
 */
export function sweepExpired(engine: Engine, now: number): number {
  let removed = 0;
  for (const db of engine.databaseNames()) {
    for (const coll of engine.collections(db)) {
      for (const spec of coll.indexes.values()) {
        const ttl = spec.expireAfterSeconds as unknown;
        const fields = Object.keys(spec.key as object);
        if (typeof ttl !== 'number' || fields.length !== 1) continue;
        const cutoff = now - ttl * 1000;
        for (const [id, doc] of [...coll.docs]) {
          const dates = rawPathValues(doc, fields[0] as string).filter((v): v is Date => v instanceof Date);
          if (dates.length && Math.min(...dates.map((d) => d.getTime())) <= cutoff) {
            if (engine.remove(coll, id)) removed += 1;
          }
        }
      }
    }
  }
  return removed;
}
