import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabProviderOptions, stopRetryingOnTerminalClose } from '@tessera/collab-server/doc';
import type { Stack } from './stack.ts';

export interface LiveClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes that stopped the client (4401, 4403, 4404...). */
  closes: number[];
}

/**
 * Real y-websocket clients through the gateway (ws://<gateway>/collab/<canvasId>), as the web app
 * connects; `destroyAll()` in afterAll.
 */
export function liveClients(stack: () => Stack) {
  const providers: WebsocketProvider[] = [];
  return {
    connect(canvasId: string, token: string): LiveClient {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(stack().gatewayUrl.replace(/^http/, 'ws').replace(/\/graphql$/, '/collab'), canvasId, doc, {
        WebSocketPolyfill: WebSocket as never,
        ...collabProviderOptions(token),
      });
      const closes: number[] = [];
      stopRetryingOnTerminalClose(provider, (info) => closes.push(info.code));
      providers.push(provider);
      return { doc, provider, closes };
    },
    destroyAll() {
      for (const provider of providers.splice(0)) provider.destroy();
    },
  };
}

/** Resolves once the client has the server's state. */
export const synced = (provider: WebsocketProvider) =>
  new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', (isSynced: boolean) => isSynced && resolve())));
