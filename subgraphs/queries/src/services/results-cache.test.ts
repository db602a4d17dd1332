import { describe, expect, it } from 'vitest';
import { COMPACT_FROM_BYTES, createResultsCache } from './results-cache.ts';

const columns = [
  { name: 'id', type: 'INTEGER' },
  { name: 'label', type: 'VARCHAR' },
];
/** About `bytes` of rows as JSON. */
function rowsOf(bytes: number, label = 'x'): unknown[][] {
  const rows: unknown[][] = [];
  for (let size = 2, i = 0; size < bytes; i++) {
    const row = [i, `${label}-${i}-padding-padding`];
    rows.push(row);
    size += JSON.stringify(row).length + 1;
  }
  return rows;
}
const result = (rows: unknown[][]) => ({ columns, rows, truncated: false });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('results cache', () => {
  it('is bounded by bytes: the least recently used results go first', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 40_000 });
    cache.set('a', 's1', result(rowsOf(15_000, 'a')));
    cache.set('b', 's1', result(rowsOf(15_000, 'b')));
    expect(cache.get('a')).not.toBeNull(); // a is now more recent than b
    cache.set('c', 's1', result(rowsOf(15_000, 'c')));
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')?.rows).toEqual(rowsOf(15_000, 'a'));
    expect(cache.get('c')?.rows).toEqual(rowsOf(15_000, 'c'));
    expect(cache.bytes()).toBeGreaterThan(30_000);
    expect(cache.bytes()).toBeLessThanOrEqual(40_000);
  });

  it('keeps large results compact (their JSON) and answers them intact', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 10_000_000 });
    const rows = rowsOf(COMPACT_FROM_BYTES * 4);
    cache.set('big', 's1', { columns, rows, truncated: true });
    const hit = cache.get('big')!;
    expect(hit.rows).toEqual(rows);
    expect(hit.rows).not.toBe(rows); // decoded from the stored text, not the engine's arrays
    expect(cache.get('big')!.rows).toBe(hit.rows); // decoded once for hits in a row
    expect(hit.truncated).toBe(true);
    expect(hit.columns).toEqual(columns);
    const json = JSON.stringify(rows).length;
    expect(cache.bytes()).toBeGreaterThanOrEqual(json);
    expect(cache.bytes()).toBeLessThan(json + 1_000);
  });

  it('does not keep a result larger than the whole cache, and drops what the key held', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 20_000 });
    cache.set('k', 's1', result(rowsOf(1_000)));
    cache.set('k', 's1', result(rowsOf(50_000)));
    expect(cache.get('k')).toBeNull();
    expect(cache.size()).toBe(0);
  });

  it('expires results after the TTL', async () => {
    const cache = createResultsCache({ ttlMs: 40, maxBytes: 1_000_000 });
    cache.set('k', 's1', result(rowsOf(100)));
    expect(cache.get('k')).not.toBeNull();
    await sleep(120);
    expect(cache.get('k')).toBeNull();
  });

  it('invalidates one source only', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
    cache.set('a', 's1', result(rowsOf(100)));
    cache.set('b', 's2', result(rowsOf(100)));
    cache.invalidateSource('s1');
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).not.toBeNull();
  });

  it('is off with 0 bytes, a 0 TTL or 0 entries', () => {
    for (const options of [
      { ttlMs: 60_000, maxBytes: 0 },
      { ttlMs: 0, maxBytes: 1_000_000 },
      { ttlMs: 60_000, maxEntries: 0 },
    ]) {
      const cache = createResultsCache(options);
      cache.set('k', 's1', result(rowsOf(100)));
      cache.rememberRun('org', 'run', rowsOf(100));
      expect(cache.get('k')).toBeNull();
      expect(cache.recallRun('org', 'run')).toBeNull();
    }
  });

  it('honours an entry cap as well as the byte bound', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 1_000_000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) cache.set(key, 's1', result(rowsOf(100)));
    expect(cache.get('a')).toBeNull();
    expect(cache.size()).toBe(2);
  });

  it("remembers a finished run's rows for its organization only", () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
    const small = rowsOf(500);
    const large = rowsOf(COMPACT_FROM_BYTES * 2);
    cache.rememberRun('org-1', 'run-1', small);
    cache.rememberRun('org-1', 'run-2', large);
    expect(cache.recallRun('org-1', 'run-1')).toEqual(small);
    expect(cache.recallRun('org-1', 'run-2')).toEqual(large);
    expect(cache.recallRun('org-2', 'run-1')).toBeNull();
    expect(cache.recallRun('org-1', 'run-3')).toBeNull();
    // remembered runs do not count against the results' bytes
    expect(cache.bytes()).toBe(0);
  });

  it('keeps remembered runs within a quarter of the bytes', () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 100_000 });
    cache.rememberRun('org', 'too-big', rowsOf(30_000));
    expect(cache.recallRun('org', 'too-big')).toBeNull();
    cache.rememberRun('org', 'fits', rowsOf(20_000));
    expect(cache.recallRun('org', 'fits')).not.toBeNull();
  });

  it("summarises a hit without its rows, names the run storing them, and keeps the hit's run's rows shared", () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 10_000_000 });
    const rows = rowsOf(COMPACT_FROM_BYTES * 2);
    cache.set('k', 's1', result(rows), 'run-1');
    expect(cache.summary('k')).toEqual({
      columns,
      rowCount: rows.length,
      truncated: false,
      runId: 'run-1',
      rowBytes: Buffer.byteLength(JSON.stringify(rows)),
    });
    cache.repoint('k', 'run-2');
    expect(cache.summary('k')?.runId).toBe('run-2');
    cache.rememberHit('org-1', 'hit-1', 'k');
    expect(cache.recallRun('org-1', 'hit-1')).toEqual(rows);
    expect(cache.recallRun('org-2', 'hit-1')).toBeNull();
    expect(cache.summary('missing')).toBeNull();
  });

  it("answers a remembered run's rows as one JSON text: a large result's stored text, never decoded", () => {
    const cache = createResultsCache({ ttlMs: 60_000, maxBytes: 10_000_000 });
    const small = rowsOf(500);
    const large = rowsOf(COMPACT_FROM_BYTES * 2, 'l');
    cache.rememberRun('org-1', 'run-1', small);
    cache.rememberRun('org-1', 'run-2', large);
    expect(cache.recallRunJson('org-1', 'run-1')).toBe(JSON.stringify(small));
    expect(cache.recallRunJson('org-1', 'run-2')).toBe(JSON.stringify(large));
    expect(cache.recallRunJson('org-2', 'run-2')).toBeNull();
    expect(cache.recallRunJson('org-1', 'run-3')).toBeNull();

    // A hit's run answers the cached result's text.
    cache.set('k', 's1', result(large), 'run-2');
    cache.rememberHit('org-1', 'hit-1', 'k');
    expect(cache.recallRunJson('org-1', 'hit-1')).toBe(JSON.stringify(large));
    expect(cache.recallRunJson('org-2', 'hit-1')).toBeNull();
  });

  it('has no JSON text of runs when it is off', () => {
    const cache = createResultsCache({ ttlMs: 0 });
    cache.rememberRun('org', 'run', rowsOf(100));
    expect(cache.recallRunJson('org', 'run')).toBeNull();
  });
});
