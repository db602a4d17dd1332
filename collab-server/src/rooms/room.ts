import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import * as Y from 'yjs';
import {
  SERVER_ORIGIN,
  blocksOf,
  blocksTouchedBy,
  docFromProjection,
  firstBlockLimitViolation,
  metaOf,
  projectBlocks,
} from '@tessera/canvas-model';
import { CloseCode, encodeStatusMessage, type CollabStatusMessage } from '@tessera/canvas-model/collab';
import type { PersistenceAdapter } from '../persistence/types.ts';
import type { BusMessage, CanvasBus } from '../redis/bus-messages.ts';
import type { Connection } from './connection.ts';
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  type ClientMessage,
} from './messages.ts';
import { Presence } from './presence.ts';
import { StoreScheduler } from './store-scheduler.ts';

const FAILING: CollabStatusMessage = {
  type: 'save-failing',
  readOnly: true,
  message:
    'Changes cannot be saved at the moment. Editing is paused until saving works again; nothing saved so far is lost.',
};

/** Origin of updates that came from another instance: relayed to clients, never republished [R1]. */
export const PEER_ORIGIN = Symbol.for('tessera.collab.peer');

export interface RoomOptions {
  canvasId: string;
  persistence: PersistenceAdapter;
  logger: Logger;
  bus: CanvasBus | null;
  storeDebounceMs: number;
  storeMaxWaitMs: number;
  presenceThrottleMs: number;
  /** Cap of the encoded document state [L6]. */
  maxDocumentBytes: number;
  /** Consecutive failed stores after which clients are told and edits refused [S12] (default 2). */
  failuresBeforeReadOnly?: number;
  /** Called when the last connection left (for the idle unload [S6]). */
  onEmpty: (room: Room) => void;
}

/** Why a change was reverted [L5][L6]. */
export type Refusal = Extract<CollabStatusMessage, { type: 'update-refused' }>;

/** While a guarded change is applied: its updates are held back until it is known to be kept. */
interface Hold {
  updates: { update: Uint8Array; origin: unknown }[];
  touched: Set<string>;
  inserted: boolean;
  /** What the held transactions deleted: garbage-collected once the undo manager lets go of it. */
  deleteSets: Y.Transaction['deleteSet'][];
  /** Blocks changed, added or removed (for the activity feed's attribution). */
  edited: Set<string>;
  /** Blocks added (keys set on the blocks root). */
  added: Set<string>;
}

/** Who changed which blocks since the last store: handed to persistence for the activity feed. */
export interface BlockEdits {
  userId: string;
  name: string;
  blockIds: string[];
  /** The blocks among them this person added. */
  addedIds?: string[];
}

/** One loaded canvas: its Y.Doc, presence, connections and storage schedule. */
export class Room {
  readonly doc = new Y.Doc();
  readonly connections = new Set<Connection>();
  readonly presence: Presence;
  readonly scheduler: StoreScheduler;
  /** Connections authorized and waiting for the load, counted against the client limit [L2]. */
  pending = 0;
  idleTimer: NodeJS.Timeout | null = null;
  /** State vector at the last store: the increment of the next store is what lies beyond it. */
  private storedVector: Uint8Array | null = null;
  private destroyed = false;
  /** Storing keeps failing: edits are refused until a store succeeds [S12]. */
  private failing = false;
  /** Encoded size of the state at the last store or size check, plus the updates since [L6]. */
  private approxBytes = 0;
  private hold: Hold | null = null;
  /** Block edits per user since the last store (the activity feed's live edits). */
  private edits = new Map<string, { name: string; blockIds: Set<string>; added: Set<string> }>();

  constructor(private readonly options: RoomOptions) {
    this.presence = new Presence({
      throttleMs: options.presenceThrottleMs,
      onFlush: (ids) => this.broadcastPresence(ids),
    });
    this.scheduler = new StoreScheduler({
      debounceMs: options.storeDebounceMs,
      maxWaitMs: options.storeMaxWaitMs,
      store: () => this.store(),
      onError: (error, attempt) => {
        options.logger.error({ err: error, attempt }, 'storing the canvas failed, will retry');
        if (attempt >= (options.failuresBeforeReadOnly ?? 2)) this.setFailing(true);
      },
      onRecovered: () => this.setFailing(false),
    });
  }

  get canvasId(): string {
    return this.options.canvasId;
  }

  get dirty(): boolean {
    return this.scheduler.dirty || this.scheduler.storing;
  }

  /** Storing keeps failing and edits are refused [S12]. */
  get notSaving(): boolean {
    return this.failing;
  }

  /** Fetches the canvas [S1]; false when storage does not know it. */
  async load(): Promise<boolean> {
    const stored = await this.options.persistence.fetch(this.canvasId);
    if (!stored) return false;
    if (stored.state && stored.state.length > 0) {
      Y.applyUpdate(this.doc, stored.state);
    } else {
      const built = docFromProjection(stored.json ?? []);
      Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(built));
      built.destroy();
      // Stored before anyone is answered, so it is never built twice [D9].
      await this.options.persistence.store(this.canvasId, {
        state: Y.encodeStateAsUpdate(this.doc),
        projection: projectBlocks(this.doc),
      });
    }
    this.storedVector = Y.encodeStateVector(this.doc);
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).length;
    this.doc.on('update', this.onUpdate);
    const bus = this.options.bus;
    if (bus) {
      await bus.subscribe(this.canvasId, (from, message) => this.onPeerMessage(from, message));
      this.requestPeerSync(true);
    }
    return true;
  }

  attach(connection: Connection): void {
    this.connections.add(connection);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    // Read-only clients are never asked for their state: it would be dropped anyway [A5].
    if (!connection.readOnly) connection.send(encodeSyncStep1(this.doc));
    const presence = this.presence.encodeAll();
    if (presence) connection.send(encodeAwarenessMessage(presence));
    if (this.failing) connection.send(encodeStatusMessage(FAILING));
  }

  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.removeSource(connection);
    if (this.connections.size === 0 && this.pending === 0) this.options.onEmpty(this);
  }

  handle(connection: Connection, message: ClientMessage): void {
    switch (message.kind) {
      case 'sync-step-1':
        connection.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case 'update':
        if (connection.readOnly) {
          connection.droppedWrites++;
          if (connection.droppedWrites === 1)
            connection.logger.info('dropping document updates from a read-only client');
          return;
        }
        if (this.failing) {
          // Not stored, so not accepted: the client keeps it and resends it once storing works [S12][S13].
          connection.droppedWrites++;
          return;
        }
        try {
          const refusal = this.guardedApply(connection, () =>
            Y.applyUpdate(this.doc, message.update, connection),
          );
          if (refusal) {
            connection.logger.info(
              { reason: refusal.reason, blockId: refusal.blockId },
              'update refused and reverted',
            );
            connection.send(encodeStatusMessage(refusal));
          }
        } catch (error) {
          connection.logger.warn({ err: error }, 'invalid document update');
          connection.close(CloseCode.InvalidMessage, 'Invalid update');
        }
        return;
      case 'awareness':
        this.presence.applyFromClient(message.update, connection);
        return;
      case 'query-awareness': {
        const presence = this.presence.encodeAll(connection.owned);
        if (presence) connection.send(encodeAwarenessMessage(presence));
        return;
      }
      case 'ignored':
        return;
    }
  }

  /**
   * A server-side change in one transaction [D10][S8]. Refused with UNAVAILABLE while storing fails
   * [S12], reverted and refused with BAD_USER_INPUT when it breaks a size limit [L5][L6].
   */
  applyChange(change: (doc: Y.Doc) => void): void {
    if (this.failing)
      throw new AppError('UNAVAILABLE', 'The canvas cannot be saved at the moment; try again shortly');
    let failure: unknown = null;
    const refusal = this.guardedApply(SERVER_ORIGIN, () =>
      this.doc.transact(() => {
        try {
          change(this.doc);
        } catch (error) {
          failure = error;
        }
      }, SERVER_ORIGIN),
    );
    if (failure) throw failure;
    if (refusal)
      throw new AppError('BAD_USER_INPUT', refusal.message, {
        ...(refusal.field ? { field: refusal.field } : {}),
        details: { reason: refusal.reason },
      });
  }

  /** Stores now when there are unsaved changes [S3]. */
  flush(): Promise<void> {
    return this.scheduler.flush();
  }

  closeConnections(code: number, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason);
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.scheduler.stop();
    this.presence.destroy();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
    await this.options.bus?.unsubscribe(this.canvasId);
  }

  /** After a Redis reconnect: ask peers for what was missed [R2]. */
  requestPeerSync(wantsReply: boolean): void {
    this.options.bus?.publish(this.canvasId, {
      kind: 'sync-request',
      stateVector: Y.encodeStateVector(this.doc),
      wantsReply,
    });
  }

  /**
   * Applies a change from `origin`, holding its updates back; when it breaks a limit [L5][L6] the
   * change is undone and everyone (its sender included) gets the net effect, which carries none of
   * the refused content. Otherwise its updates go out as usual.
   */
  private guardedApply(origin: unknown, apply: () => void): Refusal | null {
    const before = Y.encodeStateVector(this.doc);
    const undo = new Y.UndoManager([blocksOf(this.doc), metaOf(this.doc)], {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    });
    const hold: Hold = {
      updates: [],
      touched: new Set(),
      inserted: false,
      deleteSets: [],
      edited: new Set(),
      added: new Set(),
    };
    this.hold = hold;
    let refusal: Refusal | null = null;
    try {
      try {
        apply();
      } finally {
        if (hold.updates.length > 0) refusal = this.limitRefusal(hold);
        if (refusal) {
          // Not captured for a redo: what the undo deletes is garbage-collected at once.
          undo.trackedOrigins.delete(undo);
          undo.undo();
        }
      }
    } finally {
      this.hold = null;
      // The undo manager kept what the change deleted from garbage collection (to restore it):
      // release it and collect it now, as Yjs would have without the undo manager.
      undo.clear();
      undo.destroy();
      if (this.doc.gc)
        for (const deleteSet of hold.deleteSets) Y.tryGc(deleteSet, this.doc.store, this.doc.gcFilter);
      if (refusal) {
        const net = Y.encodeStateAsUpdate(this.doc, before);
        this.approxBytes = Y.encodeStateAsUpdate(this.doc).length;
        this.relay(net, null);
      } else {
        for (const { update, origin: from } of hold.updates) this.relay(update, from);
        this.noteEdits(origin, hold.edited, hold.added);
      }
    }
    return refusal;
  }

  private limitRefusal(hold: Hold): Refusal | null {
    const block = firstBlockLimitViolation(this.doc, hold.touched);
    if (block)
      return {
        type: 'update-refused',
        reason: 'block-limit',
        blockId: block.blockId,
        field: block.field,
        message: `Block ${block.field} ${block.reason}`,
      };
    for (const { update } of hold.updates) this.approxBytes += update.length;
    if (!hold.inserted || this.approxBytes <= this.options.maxDocumentBytes) return null;
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).length;
    if (this.approxBytes <= this.options.maxDocumentBytes) return null;
    return {
      type: 'update-refused',
      reason: 'document-limit',
      message: `The canvas would exceed ${this.options.maxDocumentBytes} bytes; remove content first`,
    };
  }

  private setFailing(failing: boolean): void {
    if (this.failing === failing || this.destroyed) return;
    this.failing = failing;
    this.options.logger[failing ? 'error' : 'info'](
      failing ? 'canvas not saving: edits refused until storing works again' : 'canvas saving again',
    );
    const message = encodeStatusMessage(failing ? FAILING : { type: 'save-ok', readOnly: false });
    for (const connection of this.connections) {
      connection.send(message);
      // Their edits made meanwhile were dropped: sync step 1 asks for them again [S13].
      if (!failing && !connection.readOnly) connection.send(encodeSyncStep1(this.doc));
    }
  }

  private readonly onUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    const hold = this.hold;
    if (hold) {
      hold.updates.push({ update, origin });
      hold.deleteSets.push(transaction.deleteSet);
      for (const id of blocksTouchedBy(this.doc, transaction.changed)) {
        hold.touched.add(id);
        hold.edited.add(id);
      }
      const root = blocksOf(this.doc) as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>;
      for (const key of transaction.changed.get(root) ?? [])
        if (key) {
          hold.edited.add(key);
          if (blocksOf(this.doc).has(key)) hold.added.add(key);
        }
      for (const [client, clock] of transaction.afterState)
        if ((transaction.beforeState.get(client) ?? 0) !== clock) hold.inserted = true;
      return;
    }
    this.relay(update, origin);
  };

  /** Sends an update to every connection but its origin, publishes it to peers, schedules a store. */
  private relay(update: Uint8Array, origin: unknown): void {
    const message = encodeUpdateMessage(update);
    for (const connection of this.connections) if (connection !== origin) connection.send(message);
    if (origin !== PEER_ORIGIN) this.options.bus?.publish(this.canvasId, { kind: 'update', update });
    this.scheduler.markDirty();
  }

  private broadcastPresence(ids: number[]): void {
    const update = this.presence.encode(ids);
    if (update) {
      const message = encodeAwarenessMessage(update);
      for (const connection of this.connections) {
        if (!ids.some((id) => connection.owned.has(id))) {
          connection.send(message);
          continue;
        }
        // A client never gets its own entries back: they would overwrite its local state [P5].
        const own = this.presence.encode(ids, connection.owned);
        if (own) connection.send(encodeAwarenessMessage(own));
      }
    }
    const bus = this.options.bus;
    if (bus) {
      const local = this.presence.encode(this.presence.localIds(ids));
      if (local) bus.publish(this.canvasId, { kind: 'presence', update: local });
    }
  }

  private onPeerMessage(from: string, message: BusMessage): void {
    if (this.destroyed) return;
    switch (message.kind) {
      case 'update':
        try {
          Y.applyUpdate(this.doc, message.update, PEER_ORIGIN);
        } catch (error) {
          this.options.logger.warn({ err: error, from }, 'invalid update from a peer');
        }
        return;
      case 'presence':
        this.presence.applyFromPeer(message.update, `peer:${from}`);
        return;
      case 'sync-request': {
        const bus = this.options.bus!;
        const diff = Y.encodeStateAsUpdate(this.doc, message.stateVector);
        // [0, 0]: no structs, no deletions.
        if (diff.length > 2) bus.publish(this.canvasId, { kind: 'update', update: diff });
        const presence = this.presence.encode(this.presence.localIds(this.connectionsOwnedIds()));
        if (presence) bus.publish(this.canvasId, { kind: 'presence', update: presence });
        if (message.wantsReply) this.requestPeerSync(false);
        return;
      }
    }
  }

  private connectionsOwnedIds(): number[] {
    const ids: number[] = [];
    for (const connection of this.connections) ids.push(...connection.owned);
    return ids;
  }

  /** Remembers which blocks a person's accepted change touched (not the server's own changes). */
  private noteEdits(origin: unknown, blockIds: Set<string>, added: Set<string> = new Set()): void {
    const user = (origin as Partial<Connection> | null)?.user;
    if (!user?.id || blockIds.size === 0) return;
    const entry = this.edits.get(user.id) ?? {
      name: user.name,
      blockIds: new Set<string>(),
      added: new Set<string>(),
    };
    for (const id of blockIds) entry.blockIds.add(id);
    for (const id of added) entry.added.add(id);
    this.edits.set(user.id, entry);
  }

  private takeEdits(): BlockEdits[] {
    const edits = [...this.edits].map(([userId, e]) => ({
      userId,
      name: e.name,
      blockIds: [...e.blockIds],
      addedIds: [...e.added],
    }));
    this.edits.clear();
    return edits;
  }

  private async store(): Promise<void> {
    if (this.destroyed) return;
    const vector = Y.encodeStateVector(this.doc);
    const edits = this.takeEdits();
    const payload = {
      ...(edits.length > 0 ? { edits } : {}),
      state: Y.encodeStateAsUpdate(this.doc),
      // Computed from the state vector, not by merging every update since the last store:
      // Y.mergeUpdates grows superlinearly with the number of updates.
      ...(this.storedVector ? { update: Y.encodeStateAsUpdate(this.doc, this.storedVector) } : {}),
      projection: projectBlocks(this.doc),
    };
    this.approxBytes = payload.state.length;
    try {
      await this.options.persistence.store(this.canvasId, payload);
    } catch (error) {
      // Tried again with the next store: the edits stay attributed.
      for (const e of edits)
        this.noteEdits({ user: { id: e.userId, name: e.name } }, new Set(e.blockIds), new Set(e.addedIds));
      throw error;
    }
    this.storedVector = vector;
  }
}
