// Connects a canvas Y.Doc to the collab server (y-websocket protocol, token as subprotocol).
// Terminal closes (4401/4403/4404) stop retrying; a 4401 with a refreshable session refreshes the
// access token once and reconnects.
import { CloseCode, COLLAB_SUBPROTOCOL, shouldReconnect } from '@tessera/collab-server/doc';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { websocketUrl } from '../../urql/client';
import { session } from '../../urql/session';

export type CollabStatus = 'connecting' | 'connected' | 'disconnected' | 'unauthenticated' | 'forbidden' | 'not-found';

export interface CanvasConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status(): CollabStatus;
  synced(): boolean;
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

/** `token`: an access JWT (signed-in editor) or a share token (embed, read-only). */
export function connectCanvas(canvasId: string, token: { kind: 'session' } | { kind: 'share'; token: string }): CanvasConnection {
  const doc = new Y.Doc();
  const dev = devOverride();
  const currentToken = () => dev?.token ?? (token.kind === 'share' ? token.token : (session.accessToken() ?? ''));
  const provider = new WebsocketProvider(dev?.url ?? websocketUrl('/collab'), canvasId, doc, {
    protocols: [COLLAB_SUBPROTOCOL, currentToken()],
    shouldReconnect,
    disableBc: true,
    maxBackoffTime: 5000,
  });
  let status: CollabStatus = 'connecting';
  let isSynced = false;
  let refreshedOnce = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  provider.on('status', ({ status: s }) => {
    if (status === 'forbidden' || status === 'not-found' || status === 'unauthenticated') return;
    status = s;
    if (s === 'connected') refreshedOnce = false;
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
  const unsubscribe = token.kind === 'session' && !dev ? session.subscribe(() => (provider.protocols = [COLLAB_SUBPROTOCOL, currentToken()])) : () => undefined;

  return {
    doc,
    provider,
    status: () => status,
    synced: () => isSynced,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      unsubscribe();
      provider.awareness.setLocalState(null);
      provider.destroy();
      doc.destroy();
    },
  };
}
