import { open, readFile, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from 'bson';
import { decodeRecords, encodeRecord } from './record-codec.ts';

export const SNAPSHOT_FILE = 'snapshot.bson';
const MAGIC = 'mongo-dev-server-snapshot';
const CHUNK_BYTES = 4 * 1024 * 1024;

export class CorruptSnapshotError extends Error {}

/**
 * Writes a full snapshot atomically: temp file, fsync, rename, fsync of the directory.
 * `generation` is the first journal generation that must be replayed on top of it.
 */
export async function writeSnapshot(
  dir: string,
  generation: number,
  records: Iterable<Document>,
): Promise<void> {
  const finalPath = join(dir, SNAPSHOT_FILE);
  const tmpPath = `${finalPath}.tmp`;
  const fh = await open(tmpPath, 'w');
  try {
    let chunk: Buffer[] = [encodeRecord({ t: 'snapshot', magic: MAGIC, v: 1, generation })];
    let chunkBytes = 0;
    let count = 0;
    for (const record of records) {
      const encoded = encodeRecord(record);
      chunk.push(encoded);
      chunkBytes += encoded.length;
      count += 1;
      if (chunkBytes >= CHUNK_BYTES) {
        await writeAll(fh, Buffer.concat(chunk));
        chunk = [];
        chunkBytes = 0;
      }
    }
    chunk.push(encodeRecord({ t: 'end', count }));
    await writeAll(fh, Buffer.concat(chunk));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmpPath, finalPath);
  await syncDirectory(dir);
}

export interface SnapshotContent {
  generation: number;
  records: Document[];
}

/** Reads the snapshot; null if there is none. A damaged snapshot is an error, never skipped. */
export async function readSnapshot(dir: string): Promise<SnapshotContent | null> {
  await rm(join(dir, `${SNAPSHOT_FILE}.tmp`), { force: true });
  let content: Buffer;
  try {
    content = await readFile(join(dir, SNAPSHOT_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const { records, problem } = decodeRecords(content);
  const header = records[0];
  const trailer = records[records.length - 1];
  if (problem || !header || header.magic !== MAGIC || trailer?.t !== 'end') {
    throw new CorruptSnapshotError(
      `${join(dir, SNAPSHOT_FILE)} is damaged (${problem ?? 'missing header or trailer'})`,
    );
  }
  const body = records.slice(1, -1);
  if (body.length !== trailer.count) {
    throw new CorruptSnapshotError(`${join(dir, SNAPSHOT_FILE)} has a wrong record count`);
  }
  return { generation: Number(header.generation), records: body };
}

async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let written = 0;
  while (written < buf.length) {
    const { bytesWritten } = await fh.write(buf, written, buf.length - written);
    written += bytesWritten;
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
