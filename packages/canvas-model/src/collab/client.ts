// `@tessera/canvas-model/collab`: connecting a y-websocket WebsocketProvider to the collab server.
// No imports of y-websocket itself, so the web app keeps whichever version it has.
import type * as decoding from 'lib0/decoding';
import { COLLAB_SUBPROTOCOL, closeCodeName, isTerminalCloseCode, type CloseCodeName } from './protocol.ts';
import { MESSAGE_STATUS, readStatusPayload, type CollabStatusMessage } from './status.ts';

export interface CloseInfo {
  code: number;
  reason: string;
  /** The named constant of `CloseCode`, when the code is one of ours. */
  name: CloseCodeName | null;
}

/** The part of a y-websocket (v2 or v3) WebsocketProvider the helper touches. */
export interface ProviderLike {
  shouldConnect: boolean;
  on(
    name: 'connection-close',
    handler: (event: { code: number; reason: string } | null, ...rest: never[]) => unknown,
  ): unknown;
  off(
    name: 'connection-close',
    handler: (event: { code: number; reason: string } | null, ...rest: never[]) => unknown,
  ): unknown;
}

/** Reconnect predicate for y-websocket 3's `shouldReconnect` option [A3][A6]. */
export function shouldReconnect(event: { code: number }): boolean {
  return !isTerminalCloseCode(event.code);
}

/**
 * Options to spread into `new WebsocketProvider(serverUrl, canvasId, doc, { ...collabProviderOptions(token) })`:
 * the token travels as a websocket subprotocol, never in the URL [A1].
 */
export function collabProviderOptions(token: string): {
  protocols: string[];
  shouldReconnect: (event: { code: number }) => boolean;
  disableBc: true;
} {
  // BroadcastChannel would sync same-room documents between tabs without the server: a read-only
  // tab's edits could then travel to the server through a read-write tab.
  return { protocols: [COLLAB_SUBPROTOCOL, token], shouldReconnect, disableBc: true };
}

/**
 * Stops a provider from reconnecting after a terminal close (4401, 4403, 4404, 1009), whatever its
 * y-websocket version, and reports it. To resume, e.g. after refreshing an expired token:
 * `provider.protocols = [COLLAB_SUBPROTOCOL, newToken]; provider.connect()`.
 * Returns a function that removes the listener.
 */
export function stopRetryingOnTerminalClose(
  provider: ProviderLike,
  onTerminal?: (info: CloseInfo) => void,
): () => void {
  const handler = (event: { code: number; reason: string } | null) => {
    // null: closed locally (provider.disconnect() or its watchdog), not a server decision.
    if (!event || !isTerminalCloseCode(event.code)) return;
    // setupWS, scheduled after this event, checks shouldConnect and then does nothing.
    provider.shouldConnect = false;
    onTerminal?.({ code: event.code, reason: event.reason, name: closeCodeName(event.code) });
  };
  provider.on('connection-close', handler);
  return () => {
    provider.off('connection-close', handler);
  };
}

/** The part of a y-websocket WebsocketProvider that `watchCollabStatus` touches. */
export interface StatusProviderLike {
  messageHandlers: unknown[];
}

/**
 * Delivers the collab server's status messages (save failing / saving again / an update of yours
 * was refused) to `onStatus` [S12][S13][L5][L6]. Returns a function that removes the handler.
 */
export function watchCollabStatus(
  provider: StatusProviderLike,
  onStatus: (status: CollabStatusMessage) => void,
): () => void {
  const handler = (_encoder: unknown, decoder: decoding.Decoder) => {
    const status = readStatusPayload(decoder);
    if (status) onStatus(status);
  };
  provider.messageHandlers[MESSAGE_STATUS] = handler;
  return () => {
    if (provider.messageHandlers[MESSAGE_STATUS] === handler)
      provider.messageHandlers[MESSAGE_STATUS] = undefined;
  };
}
