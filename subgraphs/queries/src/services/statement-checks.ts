import { LRUCache } from 'lru-cache';
import {
  bindParameters,
  guardSql,
  normalizeSql,
  type BindResult,
  type Engine,
  type GuardResult,
} from '@tessera/sql-guard';

interface Checked {
  guarded: GuardResult;
  /** The normalised SQL (the results cache's key), when the statement passed the guard. */
  normalized: string | null;
  /** The statement bound without parameters, when it passed the guard. */
  unbound: BindResult | null;
}

/**
 * Guarding, normalising and binding a statement are pure and cost a lexing pass each: a statement
 * run again (every cache hit) is checked from memory. Bounded by count and by the SQL's size.
 */
export function createStatementChecks(options: { max?: number; maxBytes?: number } = {}) {
  const checked = new LRUCache<string, Checked>({
    max: options.max ?? 2_000,
    maxSize: options.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (value, key) => key.length + (value.normalized?.length ?? 0) + 64,
  });

  function check(sql: string, dialect: Engine): Checked {
    const key = `${dialect}:${sql}`;
    let found = checked.get(key);
    if (!found) {
      const guarded = guardSql(sql, dialect);
      found = guarded.ok
        ? {
            guarded,
            normalized: normalizeSql(guarded.sql, dialect),
            unbound: bindParameters(guarded.sql, {}, dialect),
          }
        : { guarded, normalized: null, unbound: null };
      checked.set(key, found);
    }
    return found;
  }

  return {
    /** The guard's verdict, the normalised SQL and the statement bound to `parameters`. */
    check(sql: string, parameters: Record<string, unknown> | null, dialect: Engine) {
      const { guarded, normalized, unbound } = check(sql, dialect);
      const bound: GuardResult | BindResult = !guarded.ok
        ? guarded
        : parameters === null && unbound
          ? unbound.ok
            ? { ...unbound, values: [...unbound.values] } // engines receive their own array
            : unbound
          : bindParameters(guarded.sql, parameters ?? {}, dialect);
      return { guarded, normalized, bound };
    },
  };
}
