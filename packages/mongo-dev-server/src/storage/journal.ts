import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Document } from 'bson';
import { decodeRecords, encodeRecord } from './record-codec.ts';

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

export interface JournalOpenResult {
  journal: Journal;
  records: Document[];
  /** Set when a torn or corrupt tail was cut off. */
  truncated: { at: number; dropped: number; reason: string } | null;
}

/**
 * Append-only log with group commit: records appended during one event-loop turn (and while a
 * previous flush is in flight) are written and fdatasync'd together; commit() resolves once
 * everything appended before the call is on disk.
 */
export class Journal {
  private pending: Buffer[] = [];
  private appended = 0;
  private durable = 0;
  private waiters: Waiter[] = [];
  private running: Promise<void> | null = null;
  private failure: Error | null = null;
  private bytes: number;

  private constructor(
    private readonly fh: FileHandle,
    readonly path: string,
    size: number,
    private readonly fsync: boolean,
  ) {
    this.bytes = size;
  }

  /** Opens (creating if needed) and reads the journal, cutting off a torn or corrupt tail. */
  static async open(path: string, fsync: boolean): Promise<JournalOpenResult> {
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      content = Buffer.alloc(0);
    }
    const { records, validLength, problem } = decodeRecords(content);
    let truncated: JournalOpenResult['truncated'] = null;
    if (problem) {
      const fh = await open(path, 'r+');
      try {
        await fh.truncate(validLength);
        await fh.sync();
      } finally {
        await fh.close();
      }
      truncated = { at: validLength, dropped: content.length - validLength, reason: problem };
    }
    const fh = await open(path, 'a');
    return { journal: new Journal(fh, path, validLength, fsync), records, truncated };
  }

  get size(): number {
    return this.bytes;
  }

  append(record: Document): void {
    if (this.failure) throw this.failure;
    const encoded = encodeRecord(record);
    this.pending.push(encoded);
    this.appended += 1;
    this.bytes += encoded.length;
    if (!this.running) {
      // Starting on the next turn lets every record appended in this turn share one fsync.
      this.running = new Promise((resolve) => setImmediate(resolve)).then(() => this.run());
    }
  }

  /** Resolves when every record appended so far is durable. */
  commit(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.durable >= this.appended) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq: this.appended, resolve, reject });
    });
  }

  async close(): Promise<void> {
    while (this.running) await this.running;
    await this.fh.close();
  }

  private async run(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = Buffer.concat(this.pending);
        const seq = this.appended;
        this.pending = [];
        let written = 0;
        while (written < batch.length) {
          const { bytesWritten } = await this.fh.write(batch, written, batch.length - written);
          written += bytesWritten;
        }
        if (this.fsync) await this.fh.datasync();
        this.durable = seq;
        this.waiters = this.waiters.filter((w) => (w.seq <= seq ? (w.resolve(), false) : true));
      }
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
      for (const w of this.waiters) w.reject(this.failure);
      this.waiters = [];
    } finally {
      this.running = null;
    }
  }
}
