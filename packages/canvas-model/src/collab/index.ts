// `@tessera/canvas-model/collab`: the wire contract between editors and the collab server — the
// subprotocol, close codes, the status message, and helpers for a y-websocket WebsocketProvider.
// Browser-safe (lib0 only); the server side of the transport stays in collab-server.
export * from './protocol.ts';
export {
  MESSAGE_STATUS,
  decodeStatusMessage,
  encodeStatusMessage,
  readStatusPayload,
  type CollabStatusMessage,
} from './status.ts';
export {
  collabProviderOptions,
  shouldReconnect,
  stopRetryingOnTerminalClose,
  watchCollabStatus,
  type CloseInfo,
  type ProviderLike,
  type StatusProviderLike,
} from './client.ts';
