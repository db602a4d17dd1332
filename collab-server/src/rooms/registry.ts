import type { Logger } from '@tessera/logger';
import { Room, type RoomOptions } from './room.ts';

export type AcquireResult = { ok: true; room: Room } | { ok: false; reason: 'unknown' | 'full' };

export interface RegistryOptions {
  logger: Logger;
  idleUnloadMs: number;
  maxClientsPerCanvas: number;
  roomOptions: Omit<RoomOptions, 'canvasId' | 'onEmpty' | 'logger'>;
}

/** The canvases loaded in this process: one load per canvas, idle unload, shutdown. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | null>>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(private readonly options: RegistryOptions) {}

  get(canvasId: string): Room | undefined {
    return this.rooms.get(canvasId);
  }

  /** The room if loaded and not being unloaded. */
  getLive(canvasId: string): Room | undefined {
    return this.unloading.has(canvasId) ? undefined : this.rooms.get(canvasId);
  }

  all(): Room[] {
    return [...this.rooms.values()];
  }

  get size(): number {
    return this.rooms.size;
  }

  /** Loads the canvas if needed and reserves a connection slot on it [S1][L2]. Pair with `release` or `room.attach`. */
  async acquire(canvasId: string): Promise<AcquireResult> {
    const loaded = this.rooms.get(canvasId);
    if (loaded && loaded.connections.size + loaded.pending >= this.options.maxClientsPerCanvas)
      return { ok: false, reason: 'full' };
    const room = await this.load(canvasId);
    if (!room) return { ok: false, reason: 'unknown' };
    if (room.connections.size + room.pending >= this.options.maxClientsPerCanvas)
      return { ok: false, reason: 'full' };
    room.pending++;
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
    return { ok: true, room };
  }

  /** Gives back a slot taken by `acquire` (after `attach`, or when the socket went away). */
  release(room: Room): void {
    room.pending = Math.max(0, room.pending - 1);
    if (room.connections.size === 0 && room.pending === 0) this.scheduleUnload(room);
  }

  /** Loads a canvas without a connection (applyToCanvas with loadIfIdle) [S8]. */
  async load(canvasId: string): Promise<Room | null> {
    for (;;) {
      const unloading = this.unloading.get(canvasId);
      if (!unloading) break;
      await unloading;
    }
    const loaded = this.rooms.get(canvasId);
    if (loaded) return loaded;
    let loading = this.loading.get(canvasId);
    if (!loading) {
      loading = this.createRoom(canvasId).finally(() => this.loading.delete(canvasId));
      this.loading.set(canvasId, loading);
    }
    return loading;
  }

  scheduleUnload(room: Room): void {
    if (room.idleTimer || this.rooms.get(room.canvasId) !== room) return;
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      void this.unload(room);
    }, this.options.idleUnloadMs);
    room.idleTimer.unref?.();
  }

  /** Stores (if changed) and forgets an idle canvas [S6]. A failed store keeps it loaded [S5]. */
  private async unload(room: Room): Promise<void> {
    if (room.connections.size > 0 || room.pending > 0 || this.rooms.get(room.canvasId) !== room) return;
    const task = (async () => {
      try {
        await room.flush();
      } catch (error) {
        this.options.logger.error(
          { err: error, canvasId: room.canvasId },
          'not unloading: the canvas could not be stored',
        );
        this.scheduleUnload(room);
        return;
      }
      if (room.dirty) {
        this.scheduleUnload(room);
        return;
      }
      this.rooms.delete(room.canvasId);
      await room.destroy();
      this.options.logger.debug({ canvasId: room.canvasId }, 'canvas unloaded');
    })();
    this.unloading.set(room.canvasId, task);
    try {
      await task;
    } finally {
      this.unloading.delete(room.canvasId);
    }
  }

  /** For stop(): every canvas stored, then dropped. Returns the ids that could not be stored. */
  async closeAll(): Promise<string[]> {
    await Promise.allSettled([...this.loading.values(), ...this.unloading.values()]);
    const failed: string[] = [];
    await Promise.all(
      this.all().map(async (room) => {
        try {
          await room.flush();
        } catch (error) {
          failed.push(room.canvasId);
          this.options.logger.error(
            { err: error, canvasId: room.canvasId },
            'storing the canvas on shutdown failed',
          );
        }
        this.rooms.delete(room.canvasId);
        await room.destroy();
      }),
    );
    return failed;
  }

  private async createRoom(canvasId: string): Promise<Room | null> {
    const room = new Room({
      ...this.options.roomOptions,
      canvasId,
      logger: this.options.logger.child({ canvasId }),
      onEmpty: (r) => this.scheduleUnload(r),
    });
    let found: boolean;
    try {
      found = await room.load();
    } catch (error) {
      await room.destroy();
      throw error;
    }
    if (!found) {
      await room.destroy();
      return null;
    }
    this.rooms.set(canvasId, room);
    return room;
  }
}
