import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Presence, type PresenceSource } from './presence.ts';

function update(entries: [clientId: number, clock: number, state: unknown][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

function decode(bytes: Uint8Array): Map<number, { clock: number; state: Record<string, unknown> | null }> {
  const decoder = decoding.createDecoder(bytes);
  const result = new Map<number, { clock: number; state: Record<string, unknown> | null }>();
  const n = decoding.readVarUint(decoder);
  for (let i = 0; i < n; i++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    result.set(id, {
      clock,
      state: JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown> | null,
    });
  }
  return result;
}

function source(key: string, userId: string): PresenceSource {
  return {
    key,
    userId,
    owned: new Set(),
    stamp: { id: userId, name: `User ${userId}`, color: '#000', readOnly: false },
  };
}

describe('Presence', () => {
  let flushed: number[][];
  let presence: Presence;
  beforeEach(() => {
    vi.useFakeTimers();
    flushed = [];
    presence = new Presence({ throttleMs: 50, onFlush: (ids) => flushed.push(ids), now: () => Date.now() });
  });
  afterEach(() => {
    presence.destroy();
    vi.useRealTimers();
  });

  it('[P2] stamps the server identity over whatever the client claims', () => {
    const alice = source('c1', 'alice');
    presence.applyFromClient(
      update([[1, 1, { user: { id: 'boss', name: 'The Boss' }, cursor: { blockId: 'b' } }]]),
      alice,
    );
    const state = decode(presence.encodeAll()!).get(1)!.state!;
    expect(state.user).toEqual(alice.stamp);
    expect(state.cursor).toEqual({ blockId: 'b' });
  });

  it('[P3] drops entries for client ids controlled by another connection, and echoes of other users', () => {
    const alice = source('c1', 'alice');
    const mallory = source('c2', 'mallory');
    presence.applyFromClient(update([[1, 1, { cursor: 'a' }]]), alice);
    presence.applyFromClient(update([[1, 9, { cursor: 'evil' }]]), mallory);
    expect(decode(presence.encodeAll()!).get(1)!.state!.cursor).toBe('a');
    presence.removeSource(alice);
    // A late echo of alice's state relayed by mallory's client is not adopted by mallory.
    presence.applyFromClient(update([[1, 12, { cursor: 'echo' }]]), mallory);
    expect(presence.encodeAll()).toBeNull();
    expect(mallory.owned.size).toBe(0);
  });

  it('[P3] limits client ids per connection and ignores stale clocks', () => {
    const alice = source('c1', 'alice');
    presence.applyFromClient(
      update(Array.from({ length: 12 }, (_, i) => [100 + i, 1, {}] as [number, number, unknown])),
      alice,
    );
    expect(alice.owned.size).toBe(8);
    presence.applyFromClient(update([[100, 5, { v: 'new' }]]), alice);
    presence.applyFromClient(update([[100, 3, { v: 'stale' }]]), alice);
    expect(decode(presence.encodeAll()!).get(100)!.state!.v).toBe('new');
  });

  it('[P4] removes what a connection controlled, with a higher clock, and lets the same user reconnect', () => {
    const alice = source('c1', 'alice');
    presence.applyFromClient(update([[7, 3, { cursor: 1 }]]), alice);
    presence.removeSource(alice);
    const removal = decode(presence.encode([7])!).get(7)!;
    expect(removal).toEqual({ clock: 4, state: null });
    const again = source('c3', 'alice');
    presence.applyFromClient(update([[7, 3, { cursor: 2 }]]), again);
    expect(decode(presence.encodeAll()!).get(7)).toEqual({
      clock: 5,
      state: expect.objectContaining({ cursor: 2 }),
    });
  });

  it('[P4] expires presence relayed by a peer after 30 s without renewal', async () => {
    presence.applyFromPeer(update([[9, 1, { user: { id: 'bob' } }]]), 'peer:x');
    expect(presence.encodeAll()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(29_000);
    presence.sweep();
    expect(presence.encodeAll()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    presence.sweep();
    expect(presence.encodeAll()).toBeNull();
  });

  it('[P5] coalesces changes: the first goes out at once, the rest once per window', async () => {
    const alice = source('c1', 'alice');
    for (let clock = 1; clock <= 20; clock++)
      presence.applyFromClient(update([[1, clock, { n: clock }]]), alice);
    expect(flushed).toEqual([[1]]);
    await vi.advanceTimersByTimeAsync(50);
    expect(flushed).toEqual([[1], [1]]);
    expect(decode(presence.encode([1])!).get(1)!.state!.n).toBe(20);
    await vi.advanceTimersByTimeAsync(500);
    expect(flushed).toHaveLength(2);
  });

  it('[P5] encodes without the entries a connection owns', () => {
    const alice = source('c1', 'alice');
    const bob = source('c2', 'bob');
    presence.applyFromClient(update([[1, 1, {}]]), alice);
    presence.applyFromClient(update([[2, 1, {}]]), bob);
    expect([...decode(presence.encodeAll(alice.owned)!).keys()]).toEqual([2]);
  });
});
