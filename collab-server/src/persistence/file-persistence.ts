import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docFromProjection, mergeStates, projectBlocks, type BlocksProjection } from '@tessera/canvas-model';
import type { PersistenceAdapter, StoredCanvas, StorePayload } from './types.ts';

/** One file per canvas: Yjs state and JSON projection together, replaced atomically. */
interface CanvasFile {
  state: string | null;
  blocks: BlocksProjection;
  json?: unknown;
  version: number;
  updatedAt: string;
}

const SAFE_ID = /^[\w-]{1,128}$/;

/**
 * File-system storage for the standalone server and tests. Each store merges into the file
 * (read, merge through a Y.Doc, write to a temp file, rename), so a crash leaves the old or the
 * new file, never half of one [S7].
 */
export class FilePersistence implements PersistenceAdapter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly dir: string,
    private readonly options: { autoCreate?: boolean } = {},
  ) {}

  /** Creates a canvas with JSON blocks and no Yjs state yet. */
  async create(canvasId: string, json: unknown = []): Promise<void> {
    const blocks = projectBlocks(docFromProjection(json));
    await this.write(canvasId, {
      state: null,
      blocks,
      json,
      version: 0,
      updatedAt: new Date().toISOString(),
    });
  }

  async read(
    canvasId: string,
  ): Promise<{ state: Uint8Array | null; blocks: BlocksProjection; version: number } | null> {
    const file = await this.readFile(canvasId);
    if (!file) return null;
    return {
      state: file.state ? Buffer.from(file.state, 'base64') : null,
      blocks: file.blocks,
      version: file.version,
    };
  }

  async fetch(canvasId: string): Promise<StoredCanvas | null> {
    let file = await this.readFile(canvasId);
    if (!file && this.options.autoCreate && SAFE_ID.test(canvasId)) {
      await this.create(canvasId);
      file = await this.readFile(canvasId);
    }
    if (!file) return null;
    return { state: file.state ? Buffer.from(file.state, 'base64') : null, json: file.json ?? file.blocks };
  }

  store(canvasId: string, payload: StorePayload): Promise<void> {
    return this.serialized(canvasId, async () => {
      const existing = await this.readFile(canvasId);
      const stored = existing?.state ? Buffer.from(existing.state, 'base64') : null;
      const merged = stored
        ? mergeStates(stored, payload.state)
        : { state: payload.state, projection: payload.projection };
      await this.write(canvasId, {
        state: Buffer.from(merged.state).toString('base64'),
        blocks: merged.projection,
        version: (existing?.version ?? 0) + 1,
        updatedAt: new Date().toISOString(),
      });
    });
  }

  private path(canvasId: string): string {
    if (!SAFE_ID.test(canvasId)) throw new Error('Invalid canvas id');
    return join(this.dir, `${canvasId}.json`);
  }

  private async readFile(canvasId: string): Promise<CanvasFile | null> {
    if (!SAFE_ID.test(canvasId)) return null;
    try {
      return JSON.parse(await readFile(this.path(canvasId), 'utf8')) as CanvasFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async write(canvasId: string, file: CanvasFile): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.path(canvasId);
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, JSON.stringify(file));
    await rename(temp, target);
  }

  private serialized<T>(canvasId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(canvasId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.queues.set(canvasId, tail);
    void tail.then(() => {
      if (this.queues.get(canvasId) === tail) this.queues.delete(canvasId);
    });
    return next;
  }
}
