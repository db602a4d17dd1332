/**
 * Collects the keys asked for in one tick and loads them with a single call (entity references
 * and per-comment fields arrive many at a time); results are cached for the request.
 */
export function createBatchLoader<K, V>(
  keyOf: (key: K) => string,
  load: (keys: K[]) => Promise<Map<string, V>>,
): (key: K) => Promise<V | undefined> {
  type Waiter = { resolve: (value: V | undefined) => void; reject: (error: unknown) => void };
  type Batch = Map<string, { key: K; waiters: Waiter[] }>;
  let pending: Batch | null = null;
  const cache = new Map<string, Promise<V | undefined>>();

  function flush(batch: Batch): void {
    load([...batch.values()].map((entry) => entry.key)).then(
      (results) => {
        for (const [id, entry] of batch) for (const waiter of entry.waiters) waiter.resolve(results.get(id));
      },
      (error: unknown) => {
        for (const [id, entry] of batch) {
          cache.delete(id);
          for (const waiter of entry.waiters) waiter.reject(error);
        }
      },
    );
  }

  return (key) => {
    const id = keyOf(key);
    const cached = cache.get(id);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      let batch = pending;
      if (!batch) {
        const fresh: Batch = new Map();
        batch = pending = fresh;
        queueMicrotask(() => {
          pending = null;
          flush(fresh);
        });
      }
      const entry = batch.get(id) ?? { key, waiters: [] };
      entry.waiters.push({ resolve, reject });
      batch.set(id, entry);
    });
    cache.set(id, promise);
    return promise;
  };
}

/** Splits keys by a group (e.g. the tenant), loads each group, and merges the results. */
export async function loadGrouped<K, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  loadGroup: (group: string, keys: K[]) => Promise<Map<string, V>>,
): Promise<Map<string, V>> {
  const groups = new Map<string, K[]>();
  for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
  const results = await Promise.all([...groups].map(([group, members]) => loadGroup(group, members)));
  return new Map(results.flatMap((result) => [...result]));
}
