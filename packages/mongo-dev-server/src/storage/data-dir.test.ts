import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from 'bson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLog } from '../log.ts';
import { DataDir } from './data-dir.ts';
import { encodeRecord } from './record-codec.ts';
import { CorruptSnapshotError, writeSnapshot } from './snapshot.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mds-datadir-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = { fsync: false, compactThresholdBytes: 1 << 30, log: silentLog };

async function open(): Promise<{ data: DataDir; applied: Document[] }> {
  const applied: Document[] = [];
  const data = await DataDir.open(dir, options, (r) => applied.push(r));
  return { data, applied };
}

describe('DataDir', () => {
  it('replays snapshot then journals from its generation, ignoring older journals and temp files', async () => {
    await writeSnapshot(dir, 3, [{ n: 'snap' }]);
    await writeFile(join(dir, 'journal.2'), encodeRecord({ n: 'stale' }));
    await writeFile(join(dir, 'journal.3'), encodeRecord({ n: 'j3' }));
    await writeFile(join(dir, 'journal.4'), encodeRecord({ n: 'j4' }));
    await writeFile(join(dir, 'snapshot.bson.tmp'), 'half written');
    const { data, applied } = await open();
    expect(applied.map((r) => r.n)).toEqual(['snap', 'j3', 'j4']);
    expect(data.recoveredRecords).toBeGreaterThan(0);
    const files = await readdir(dir);
    expect(files).not.toContain('journal.2');
    expect(files).not.toContain('snapshot.bson.tmp');
    await data.close(() => applied);
    const after = await readdir(dir);
    expect(after.filter((f) => f.startsWith('journal.'))).toEqual(['journal.5']);
    const reopened = await open();
    expect(reopened.applied.map((r) => r.n)).toEqual(['snap', 'j3', 'j4']);
    await reopened.data.close(() => reopened.applied);
  });

  it('keeps appends made during a compaction', async () => {
    const { data } = await open();
    const state: Document[] = [];
    const write = (n: number): void => {
      state.push({ n });
      data.append({ n });
    };
    write(1);
    write(2);
    const compaction = data.compact(() => [...state]);
    write(3);
    await data.commit();
    await compaction;
    write(4);
    await data.commit();
    await data.close(() => [...state]);
    const { data: again, applied } = await open();
    expect(applied.map((r) => r.n)).toEqual([1, 2, 3, 4]);
    await again.close(() => applied);
  });

  it('refuses a damaged snapshot instead of silently dropping data', async () => {
    const headerOnly = encodeRecord({ t: 'snapshot', magic: 'mongo-dev-server-snapshot', generation: 1 });
    await writeFile(join(dir, 'snapshot.bson'), headerOnly);
    await expect(open()).rejects.toThrow(CorruptSnapshotError);
  });
});
