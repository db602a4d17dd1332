import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who sends presence: a local connection, or a peer instance (`peer:<instanceId>`). */
export interface PresenceSource {
  readonly key: string;
  readonly userId: string;
  /** Client ids this source controls [P3]. */
  readonly owned: Set<number>;
  /** Server-stamped identity merged into every state [P2]. */
  readonly stamp: Record<string, unknown>;
}

interface Entry {
  /** JSON of the stamped state, "null" when removed. */
  json: string;
  clock: number;
  owner: string | null;
  userId: string;
  updatedAt: number;
  /** Last clock the owning client sent, to drop stale echoes. */
  clientClock: number;
  /** Set by a connection of this instance (peers must hear about it), not relayed by a peer. */
  local: boolean;
}

export interface PresenceOptions {
  throttleMs: number;
  maxStateBytes?: number;
  maxClientsPerSource?: number;
  /** Called with the changed client ids, at most once per throttle window [P5]. */
  onFlush: (clientIds: number[]) => void;
  now?: () => number;
}

export const PEER_PRESENCE_TIMEOUT_MS = 30_000;
const PRUNE_REMOVED_AFTER_MS = 120_000;

/** Presence of one canvas: server-side awareness with stamped identities and ownership [P1–P5]. */
export class Presence {
  private readonly entries = new Map<number, Entry>();
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlush = 0;
  private readonly maxStateBytes: number;
  private readonly maxClientsPerSource: number;
  private readonly now: () => number;

  constructor(private readonly options: PresenceOptions) {
    this.maxStateBytes = options.maxStateBytes ?? 16 * 1024;
    this.maxClientsPerSource = options.maxClientsPerSource ?? 8;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.owner !== null) n++;
    return n;
  }

  /** Applies an awareness update (y-protocols encoding) from a local connection. */
  applyFromClient(update: Uint8Array, source: PresenceSource): void {
    try {
      this.readClientUpdate(update, source);
    } finally {
      this.schedule();
    }
  }

  private readClientUpdate(update: Uint8Array, source: PresenceSource): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const now = this.now();
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const raw = decoding.readVarString(decoder);
      let entry = this.entries.get(clientId);
      if (entry?.owner != null && entry.owner !== source.key) continue;
      if (entry?.owner == null) {
        if (entry && entry.userId !== source.userId) continue;
        if (raw === 'null' || source.owned.size >= this.maxClientsPerSource) continue;
      } else if (clock <= entry.clientClock) {
        continue;
      }
      if (raw.length > this.maxStateBytes) continue;
      let json = 'null';
      if (raw !== 'null') {
        const state = parseState(raw);
        if (!state) continue;
        json = JSON.stringify({ ...state, user: source.stamp });
      }
      if (!entry) {
        entry = {
          json,
          clock: 0,
          owner: null,
          userId: source.userId,
          updatedAt: now,
          clientClock: -1,
          local: true,
        };
        this.entries.set(clientId, entry);
      }
      entry.json = json;
      entry.clock = Math.max(entry.clock + 1, clock);
      entry.clientClock = clock;
      entry.updatedAt = now;
      entry.local = true;
      if (json === 'null') {
        entry.owner = null;
        source.owned.delete(clientId);
      } else {
        entry.owner = source.key;
        source.owned.add(clientId);
      }
      this.changed(clientId);
    }
  }

  /** Applies presence relayed by a peer instance (already stamped there) [R1]. */
  applyFromPeer(update: Uint8Array, peerKey: string): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const now = this.now();
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      const entry = this.entries.get(clientId);
      if (entry?.owner != null && !entry.owner.startsWith('peer:')) continue;
      const removal = json === 'null';
      if (entry && !(clock > entry.clock || (clock === entry.clock && removal && entry.owner !== null)))
        continue;
      if (!entry && removal) continue;
      const userId = removal ? (entry?.userId ?? '') : (userIdOf(json) ?? entry?.userId ?? '');
      this.entries.set(clientId, {
        json,
        clock,
        owner: removal ? null : peerKey,
        userId,
        updatedAt: now,
        clientClock: -1,
        local: false,
      });
      this.changed(clientId);
    }
    this.schedule();
  }

  /** Removes everything a source controlled (its connection closed) [P4]. */
  removeSource(source: PresenceSource): void {
    for (const clientId of source.owned) this.remove(clientId);
    source.owned.clear();
    this.schedule();
  }

  /** Expires peer presence that was not renewed; prunes old removals. */
  sweep(): void {
    const now = this.now();
    for (const [clientId, entry] of this.entries) {
      if (entry.owner?.startsWith('peer:') && now - entry.updatedAt >= PEER_PRESENCE_TIMEOUT_MS)
        this.remove(clientId);
      else if (
        entry.owner === null &&
        now - entry.updatedAt >= PRUNE_REMOVED_AFTER_MS &&
        !this.pending.has(clientId)
      )
        this.entries.delete(clientId);
    }
    this.schedule();
  }

  /** An awareness update with the given client ids, leaving out those in `exclude`. */
  encode(clientIds: Iterable<number>, exclude?: ReadonlySet<number>): Uint8Array | null {
    const ids: number[] = [];
    for (const id of clientIds) if (this.entries.has(id) && !exclude?.has(id)) ids.push(id);
    if (ids.length === 0) return null;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, ids.length);
    for (const id of ids) {
      const entry = this.entries.get(id)!;
      encoding.writeVarUint(encoder, id);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.json);
    }
    return encoding.toUint8Array(encoder);
  }

  /** Every present client (for a new connection or a query-awareness message). */
  encodeAll(exclude?: ReadonlySet<number>): Uint8Array | null {
    const ids: number[] = [];
    for (const [id, entry] of this.entries) if (entry.owner !== null) ids.push(id);
    return this.encode(ids, exclude);
  }

  /** Client ids set by connections of this instance (what peers need to hear about). */
  localIds(clientIds: Iterable<number>): number[] {
    const ids: number[] = [];
    for (const id of clientIds) if (this.entries.get(id)?.local) ids.push(id);
    return ids;
  }

  statesForTest(): Map<number, Record<string, unknown>> {
    const result = new Map<number, Record<string, unknown>>();
    for (const [id, entry] of this.entries)
      if (entry.owner !== null) result.set(id, JSON.parse(entry.json) as Record<string, unknown>);
    return result;
  }

  flushNow(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.lastFlush = this.now();
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending.clear();
    this.options.onFlush(ids);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    this.entries.clear();
  }

  private remove(clientId: number): void {
    const entry = this.entries.get(clientId);
    if (!entry || entry.owner === null) return;
    entry.json = 'null';
    entry.clock += 1;
    entry.owner = null;
    entry.updatedAt = this.now();
    this.changed(clientId);
  }

  private changed(clientId: number): void {
    this.pending.add(clientId);
  }

  private schedule(): void {
    if (this.timer || this.pending.size === 0) return;
    const wait = this.lastFlush + this.options.throttleMs - this.now();
    if (wait <= 0) {
      this.flushNow();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushNow();
    }, wait);
    this.timer.unref?.();
  }
}

function parseState(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function userIdOf(json: string): string | null {
  const state = parseState(json);
  const user = state?.user as { id?: unknown } | undefined;
  return typeof user?.id === 'string' ? user.id : null;
}
