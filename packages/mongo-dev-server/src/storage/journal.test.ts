import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ObjectId } from 'bson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.ts';
import { decodeRecords, encodeRecord } from './record-codec.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mds-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('record codec', () => {
  it('round-trips records and stops at a corrupt one', () => {
    const id = new ObjectId();
    const a = encodeRecord({ o: 'put', doc: { _id: id } });
    const b = encodeRecord({ o: 'del', id });
    const c = encodeRecord({ o: 'put', doc: { x: 1 } });
    const ok = decodeRecords(Buffer.concat([a, b]));
    expect(ok.problem).toBeNull();
    expect(ok.records).toHaveLength(2);
    expect((ok.records[0]?.doc as { _id: ObjectId })._id.equals(id)).toBe(true);
    const flipped = Buffer.concat([a, b, c]);
    flipped[a.length + 12] = (flipped[a.length + 12] as number) ^ 0xff;
    const bad = decodeRecords(flipped);
    expect(bad.records).toHaveLength(1);
    expect(bad.validLength).toBe(a.length);
    expect(bad.problem).toBe('checksum mismatch');
    const torn = decodeRecords(Buffer.concat([a, b.subarray(0, 10)]));
    expect(torn.records).toHaveLength(1);
    expect(torn.problem).toBe('torn record body');
  });
});

describe('Journal', () => {
  it('groups appends, acknowledges after writing, and reads them back', async () => {
    const path = join(dir, 'journal.0');
    const { journal } = await Journal.open(path, true);
    for (let i = 0; i < 100; i++) journal.append({ o: 'put', i });
    await journal.commit();
    const size = (await stat(path)).size;
    expect(size).toBe(journal.size);
    journal.append({ o: 'put', i: 100 });
    await Promise.all([journal.commit(), journal.commit()]);
    await journal.close();
    const reopened = await Journal.open(path, true);
    expect(reopened.records.map((r) => r.i)).toEqual(Array.from({ length: 101 }, (_, i) => i));
    expect(reopened.truncated).toBeNull();
    await reopened.journal.close();
  });

  it('truncates a torn tail on open and appends after it', async () => {
    const path = join(dir, 'journal.0');
    await writeFile(path, Buffer.concat([encodeRecord({ n: 1 }), encodeRecord({ n: 2 })]));
    const goodLength = (await stat(path)).size;
    await appendFile(path, encodeRecord({ n: 3 }).subarray(0, 9));
    const { journal, records, truncated } = await Journal.open(path, false);
    expect(records.map((r) => r.n)).toEqual([1, 2]);
    expect(truncated).toMatchObject({ at: goodLength, dropped: 9 });
    journal.append({ n: 4 });
    await journal.commit();
    await journal.close();
    expect(decodeRecords(await readFile(path)).records.map((r) => r.n)).toEqual([1, 2, 4]);
  });
});
