// @vitest-environment happy-dom
// Which document a canvas page shows (canvas-view.tsx `showsSnapshot`): the stored snapshot only
// while the live document has never synced, or when access ended.
import { describe, expect, it } from 'vitest';
import { accessEnded, showsSnapshot } from './canvas-view';

const state = (over: Partial<Parameters<typeof showsSnapshot>[0]>) => ({
  status: 'connecting',
  synced: false,
  syncedBefore: false,
  hasSnapshot: true,
  graceOver: false,
  ...over,
});

describe('showsSnapshot', () => {
  it('waits for the live document through the grace period, then shows the snapshot', () => {
    expect(showsSnapshot(state({}))).toBe(false);
    expect(showsSnapshot(state({ graceOver: true }))).toBe(true);
    expect(showsSnapshot(state({ status: 'disconnected' }))).toBe(true);
  });

  it('shows the live document once it syncs, and keeps it through a reconnect after that', () => {
    expect(showsSnapshot(state({ status: 'connected', synced: true, graceOver: true }))).toBe(false);
    // A websocket reconnect reports "not synced" again: the page stays on the live document.
    expect(showsSnapshot(state({ syncedBefore: true, graceOver: true }))).toBe(false);
    expect(showsSnapshot(state({ syncedBefore: true, graceOver: true, status: 'disconnected' }))).toBe(false);
  });

  it('shows the snapshot when access ended, even after a sync', () => {
    for (const status of ['forbidden', 'not-found', 'unauthenticated']) {
      expect(accessEnded(status)).toBe(true);
      expect(showsSnapshot(state({ status, syncedBefore: true }))).toBe(true);
    }
    for (const status of ['connecting', 'connected', 'disconnected']) expect(accessEnded(status)).toBe(false);
  });

  it('has nothing else to show without a snapshot', () => {
    expect(showsSnapshot(state({ hasSnapshot: false, graceOver: true, status: 'forbidden' }))).toBe(false);
  });
});
