import { calculateObjectSize, Long } from 'bson';
import type { Document } from 'bson';
import { CommandError } from './errors.ts';

const DEFAULT_FIRST_BATCH = 101;
// A batch stops growing at this many bytes, like mongod's 16 MB reply budget.
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface ServerCursor {
  ns: string;
  docs: Document[];
  position: number;
  lastUsed: number;
}

/** Server-side cursors over materialized result sets. */
export class CursorManager {
  private readonly cursors = new Map<number, ServerCursor>();
  private nextId = 1 + Math.floor(Math.random() * 2 ** 40);
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sweep(Date.now()), 60_000);
    this.timer.unref();
  }

  get size(): number {
    return this.cursors.size;
  }

  /** Returns the `cursor` field of a find/aggregate reply and keeps the rest, if any. */
  open(ns: string, docs: Document[], batchSize?: number, singleBatch = false): Document {
    const size = batchSize === undefined || batchSize === null ? DEFAULT_FIRST_BATCH : batchSize;
    const firstBatch = takeBatch(docs, 0, size);
    let id = 0;
    if (!singleBatch && firstBatch.length < docs.length) {
      id = this.nextId++;
      this.cursors.set(id, { ns, docs, position: firstBatch.length, lastUsed: Date.now() });
    }
    return { firstBatch, id: Long.fromNumber(id), ns };
  }

  getMore(id: number, ns: string, batchSize?: number): Document {
    const cursor = this.cursors.get(id);
    if (!cursor) throw new CommandError('CursorNotFound', `cursor id ${id} not found`);
    if (cursor.ns !== ns) {
      throw new CommandError(
        'Unauthorized',
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    const nextBatch = takeBatch(
      cursor.docs,
      cursor.position,
      batchSize && batchSize > 0 ? batchSize : Infinity,
    );
    cursor.position += nextBatch.length;
    cursor.lastUsed = Date.now();
    let outId = id;
    if (cursor.position >= cursor.docs.length) {
      this.cursors.delete(id);
      outId = 0;
    }
    return { nextBatch, id: Long.fromNumber(outId), ns };
  }

  kill(ns: string, ids: number[]): Document {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) {
      const cursor = this.cursors.get(id);
      if (cursor && cursor.ns === ns) {
        this.cursors.delete(id);
        killed.push(Long.fromNumber(id));
      } else {
        notFound.push(Long.fromNumber(id));
      }
    }
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [] };
  }

  sweep(now: number): void {
    for (const [id, cursor] of this.cursors) {
      if (now - cursor.lastUsed > IDLE_TIMEOUT_MS) this.cursors.delete(id);
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.cursors.clear();
  }
}

function takeBatch(docs: Document[], from: number, count: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  for (let i = from; i < docs.length && batch.length < count; i++) {
    const doc = docs[i] as Document;
    bytes += calculateObjectSize(doc);
    if (bytes > MAX_BATCH_BYTES && batch.length > 0) break;
    batch.push(doc);
  }
  return batch;
}
