import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Document } from 'bson';
import type { LogFn } from '../log.ts';
import { Journal } from './journal.ts';
import { readSnapshot, syncDirectory, writeSnapshot } from './snapshot.ts';

export interface DataDirOptions {
  fsync: boolean;
  compactThresholdBytes: number;
  log: LogFn;
}

const LOCK_FILE = 'mongod.lock';
const JOURNAL_PATTERN = /^journal\.(\d+)$/;
const openDirs = new Set<string>();

const journalName = (generation: number): string => `journal.${generation}`;

/**
 * A data directory: `snapshot.bson` (state before journal generation G) plus `journal.G`,
 * `journal.G+1`, ... replayed in order on open. Compaction switches appends to a new journal
 * generation, writes a snapshot of the state at the switch, then deletes older journals, so a
 * crash at any point leaves a snapshot + journals that replay to the acknowledged state.
 */
export class DataDir {
  private retiring: Journal[] = [];
  private compacting: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    private current: Journal,
    private generation: number,
    private readonly options: DataDirOptions,
    /** Journal records replayed on open (a hint that compacting now is worthwhile). */
    readonly recoveredRecords: number,
  ) {}

  static async open(
    dir: string,
    options: DataDirOptions,
    apply: (record: Document) => void,
  ): Promise<DataDir> {
    const absolute = resolve(dir);
    await mkdir(absolute, { recursive: true });
    await acquireLock(absolute);
    try {
      const snapshot = await readSnapshot(absolute);
      const base = snapshot?.generation ?? 0;
      for (const record of snapshot?.records ?? []) apply(record);
      const generations = (await readdir(absolute))
        .map((name) => JOURNAL_PATTERN.exec(name)?.[1])
        .filter((g): g is string => g !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
      for (const g of generations.filter((g) => g < base)) {
        await rm(join(absolute, journalName(g)), { force: true });
      }
      const live = generations.filter((g) => g >= base);
      if (live.length === 0) live.push(base);
      let recovered = 0;
      let journal: Journal | null = null;
      for (const [i, g] of live.entries()) {
        const opened = await Journal.open(join(absolute, journalName(g)), options.fsync);
        if (opened.truncated) {
          const { at, dropped, reason } = opened.truncated;
          options.log('warn', `${journalName(g)}: cut ${dropped} bytes at offset ${at} (${reason})`);
        }
        for (const record of opened.records) apply(record);
        recovered += opened.records.length;
        if (i === live.length - 1) journal = opened.journal;
        else await opened.journal.close();
      }
      const last = live[live.length - 1] as number;
      return new DataDir(absolute, journal as Journal, last, options, recovered + live.length - 1);
    } catch (err) {
      await releaseLock(absolute);
      throw err;
    }
  }

  append(record: Document): void {
    this.current.append(record);
  }

  /** Resolves once every record appended so far is durable. */
  async commit(): Promise<void> {
    if (this.retiring.length) await Promise.all(this.retiring.map((j) => j.commit()));
    await this.current.commit();
  }

  get journalBytes(): number {
    return this.current.size;
  }

  needsCompaction(): boolean {
    return !this.compacting && this.current.size >= this.options.compactThresholdBytes;
  }

  /**
   * `capture` must take its picture of the state synchronously (it is called right after the
   * switch to the new journal); the records it returns may be produced lazily.
   */
  compact(capture: () => Iterable<Document>): Promise<void> {
    this.compacting ??= this.runCompaction(capture).finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  async close(capture: () => Iterable<Document>): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.compacting) await this.compacting;
      if (this.current.size > 0) await this.compact(capture);
      await this.current.close();
    } finally {
      await releaseLock(this.dir);
    }
  }

  private async runCompaction(capture: () => Iterable<Document>): Promise<void> {
    const nextGeneration = this.generation + 1;
    const { journal: next } = await Journal.open(
      join(this.dir, journalName(nextGeneration)),
      this.options.fsync,
    );
    const previous = this.current;
    this.current = next;
    this.generation = nextGeneration;
    const records = capture();
    this.retiring.push(previous);
    try {
      await previous.commit();
      await previous.close();
      await writeSnapshot(this.dir, nextGeneration, records);
      for (const name of await readdir(this.dir)) {
        const g = JOURNAL_PATTERN.exec(name)?.[1];
        if (g !== undefined && Number(g) < nextGeneration) await rm(join(this.dir, name));
      }
      await syncDirectory(this.dir);
      this.options.log('debug', `compacted ${this.dir} at generation ${nextGeneration}`);
    } finally {
      this.retiring = this.retiring.filter((j) => j !== previous);
    }
  }
}

async function acquireLock(dir: string): Promise<void> {
  const lockPath = join(dir, LOCK_FILE);
  if (openDirs.has(dir)) throw new Error(`${dir} is already open in this process`);
  try {
    const pid = Number((await readFile(lockPath, 'utf8')).trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`${dir} is in use by another mongo-dev-server (pid ${pid})`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFile(lockPath, `${process.pid}\n`);
  openDirs.add(dir);
}

async function releaseLock(dir: string): Promise<void> {
  openDirs.delete(dir);
  await rm(join(dir, LOCK_FILE), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
