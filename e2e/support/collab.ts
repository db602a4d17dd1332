import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabProviderOptions, stopRetryingOnTerminalClose } from '@tessera/canvas-model/collab';
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
      const provider = new WebsocketProvider(
        stack()
          .gatewayUrl.replace(/^http/, 'ws')
          .replace(/\/graphql$/, '/collab'),
        canvasId,
        doc,
        {
          WebSocketPolyfill: WebSocket as never,
          ...collabProviderOptions(token),
        },
      );
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
  new Promise<void>((resolve) =>
    provider.synced ? resolve() : provider.once('sync', (isSynced: boolean) => isSynced && resolve()),
  );

/**
 * Resolves once `to` sees a presence change that `from` made after everything it sent before. The
 * server handles one connection's messages in order, so by then it has applied (and broadcast) or
 * dropped every document update `from` sent earlier: a readiness signal for "this edit never
 * arrives", instead of waiting some seconds.
 */
export async function barrier(from: LiveClient, to: LiveClient, timeout = 10_000): Promise<void> {
  const mark = randomUUID();
  from.provider.awareness.setLocalStateField('barrier', mark);
  await vi.waitUntil(
    () =>
      (to.provider.awareness.getStates().get(from.doc.clientID) as { barrier?: string } | undefined)
        ?.barrier === mark,
    { timeout, interval: 20 },
  );
}
