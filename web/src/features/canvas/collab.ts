// Connects a canvas Y.Doc to the collab server (y-websocket protocol, token as subprotocol).
// Terminal closes (4401/4403/4404) stop retrying; a 4401 with a refreshable session refreshes the
// access token once and reconnects.
import {
  CloseCode,
  COLLAB_SUBPROTOCOL,
  shouldReconnect,
  watchCollabStatus,
} from '@tessera/canvas-model/collab';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { websocketUrl } from '../../urql/client';
import { session } from '../../urql/session';
import { INITIAL_SAVE_STATE, nextSaveState, saveStateOnReconnect, type SaveState } from './save-state';
import { adoptingWebSocket } from './loading/early-socket';

export type CollabStatus =
  'connecting' | 'connected' | 'disconnected' | 'unauthenticated' | 'forbidden' | 'not-found';

export interface CanvasConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status(): CollabStatus;
  synced(): boolean;
  /** "Not saved" state and refused changes, from the collab server's status messages [S12][L5]. */
  saveState(): SaveState;
  dismissRefusal(): void;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Development override (standalone collab server with COLLAB_DEV_AUTH): localStorage
 * `tessera.devCollab` = {"url":"ws://127.0.0.1:4006/collab","token":"dev.rw.alice"}.
 */
function devOverride(): { url: string; token: string } | null {
  try {
    const raw = localStorage.getItem('tessera.devCollab');
    return raw ? (JSON.parse(raw) as { url: string; token: string }) : null;
  } catch {
    return null;
  }
}

let early: { canvasId: string; connection: CanvasConnection } | null = null;
/** The canvas a page connected to itself, finding no early connection (none is opened for it then). */
let connectedByPage: string | null = null;
/** An early connection no page adopted within this long is closed. */
const EARLY_KEEP_MS = 30_000;

/**
 * Connects the signed-in person to a canvas before its page has rendered (canvas/loading/open-early.ts),
 * so the document syncs while the page's code still loads; the page adopts it (takeEarlyConnection).
 */
export function connectCanvasEarly(canvasId: string): void {
  // The page can mount first (its code was in before the session): it has connected already.
  if (connectedByPage === canvasId) return;
  early?.connection.destroy();
  const entry = { canvasId, connection: connectCanvas(canvasId, { kind: 'session' }) };
  early = entry;
  setTimeout(() => {
    if (early !== entry) return;
    early = null;
    entry.connection.destroy();
  }, EARLY_KEEP_MS);
}

/**
 * The early connection to `canvasId`, once. Null when there is none: the caller connects itself, and
 * no early connection is opened for that canvas afterwards.
 */
export function takeEarlyConnection(canvasId: string): CanvasConnection | null {
  if (early?.canvasId !== canvasId) {
    connectedByPage = canvasId;
    return null;
  }
  const { connection } = early;
  early = null;
  return connection;
}

/** `token`: an access JWT (signed-in editor) or a share token (embed, read-only). */
export function connectCanvas(
  canvasId: string,
  token: { kind: 'session' } | { kind: 'share'; token: string },
): CanvasConnection {
  const doc = new Y.Doc();
  const dev = devOverride();
  const currentToken = () =>
    dev?.token ?? (token.kind === 'share' ? token.token : (session.accessToken() ?? ''));
  const provider = new WebsocketProvider(dev?.url ?? websocketUrl('/collab'), canvasId, doc, {
    protocols: [COLLAB_SUBPROTOCOL, currentToken()],
    shouldReconnect,
    disableBc: true,
    maxBackoffTime: 5000,
    // Signed in and opened from its address: the socket index.html already opened (loading/early-socket.ts).
    ...(token.kind === 'session' && !dev ? { WebSocketPolyfill: adoptingWebSocket() } : {}),
  });
  let status: CollabStatus = 'connecting';
  let isSynced = false;
  let refreshedOnce = false;
  let saveState: SaveState = INITIAL_SAVE_STATE;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const stopWatchingStatus = watchCollabStatus(provider, (message) => {
    saveState = nextSaveState(saveState, message);
    notify();
  });

  provider.on('status', ({ status: s }) => {
    if (status === 'forbidden' || status === 'not-found' || status === 'unauthenticated') return;
    status = s;
    if (s === 'connected') {
      refreshedOnce = false;
      saveState = saveStateOnReconnect(saveState);
    }
    notify();
  });
  provider.on('sync', (synced: boolean) => {
    isSynced = synced;
    notify();
  });
  provider.on('connection-close', (event) => {
    if (!event) return;
    if (event.code === CloseCode.Unauthenticated && token.kind === 'session' && !dev && !refreshedOnce) {
      refreshedOnce = true;
      void session.refresh().then((fresh) => {
        if (!fresh) return;
        provider.protocols = [COLLAB_SUBPROTOCOL, fresh];
        status = 'connecting';
        provider.connect();
        notify();
      });
      status = 'connecting';
    } else if (event.code === CloseCode.Unauthenticated) status = 'unauthenticated';
    else if (event.code === CloseCode.Forbidden) status = 'forbidden';
    else if (event.code === CloseCode.UnknownCanvas) status = 'not-found';
    notify();
  });
  // Reconnects use the newest access token.
  const unsubscribe =
    token.kind === 'session' && !dev
      ? session.subscribe(() => (provider.protocols = [COLLAB_SUBPROTOCOL, currentToken()]))
      : () => undefined;

  return {
    doc,
    provider,
    status: () => status,
    synced: () => isSynced,
    saveState: () => saveState,
    dismissRefusal() {
      saveState = { ...saveState, refused: null };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      unsubscribe();
      stopWatchingStatus();
      provider.awareness.setLocalState(null);
      provider.destroy();
      doc.destroy();
    },
  };
}
