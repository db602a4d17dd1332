/** The websocket subprotocol; the token is the entry after it [A1]. */
export const COLLAB_SUBPROTOCOL = 'tessera.v1';

/** Close codes of the collab endpoint [A3][A6]. */
export const CloseCode = {
  /** No token, an invalid one, or `tessera.v1` not offered. Terminal. */
  Unauthenticated: 4401,
  /** Signed in but no access to this canvas. Terminal. */
  Forbidden: 4403,
  /** No such canvas (or a malformed id). Terminal. */
  UnknownCanvas: 4404,
  /** Too many clients on this canvas; retry later. */
  CanvasFull: 4503,
  /** The server is shutting down (close() / SIGTERM); every canvas was stored first; retry [S14]. */
  GoingAway: 1001,
  /** Malformed protocol message; retry. */
  InvalidMessage: 1007,
  /** A message over the size limit. Terminal in the client helper. */
  MessageTooBig: 1009,
  /** The canvas could not be loaded; retry. */
  InternalError: 1011,
  /** The server is stopping or restarting; retry. */
  ServerRestart: 1012,
  /** The client did not read fast enough; retry. */
  TryAgainLater: 1013,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

/** Codes after which reconnecting cannot help. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.Unauthenticated,
  CloseCode.Forbidden,
  CloseCode.UnknownCanvas,
  CloseCode.MessageTooBig,
]);

export function isTerminalCloseCode(code: number): boolean {
  return TERMINAL_CLOSE_CODES.has(code);
}

export function closeCodeName(code: number): CloseCodeName | null {
  for (const [name, value] of Object.entries(CloseCode)) if (value === code) return name as CloseCodeName;
  return null;
}
