// A canvas opened from its address: index.html opens its live document's socket as soon as the early
// session refresh (urql/early-refresh.ts) answers, before the app's modules have loaded and run, and
// asks for the document at once (y-websocket sync step 1 of an empty document); the canvas's
// WebsocketProvider adopts that socket (adoptingWebSocket) and reads what arrived meanwhile.
// bench/web's waterfall: the socket opened ~300 ms after the refresh answered (the app's code
// loading and starting), and the blocks wait for the document.
const GLOBAL = '__tesseraEarlyCollabSocket';

/**
 * canvas-model's COLLAB_SUBPROTOCOL, written out: vite.config.ts loads this file in Node, where the
 * workspace package's TypeScript sources do not load (early-socket.test.ts checks they agree).
 */
export const EARLY_SUBPROTOCOL = 'tessera.v1';

/**
 * y-websocket's "sync step 1" of an empty document: message type sync (0), step 1 (0), the state
 * vector `[0]` (no clients) as a var-length byte array (length 1).
 */
export const EMPTY_SYNC_STEP_1 = [0, 0, 1, 0];

/** The inline script (ES5), run after earlyRefreshScript, on /canvas/<id> only. */
export function earlySocketScript(refreshGlobal: string): string {
  return `(function () {
  try {
    var match = /^\\/canvas\\/([^/]+)$/.exec(location.pathname);
    var refresh = window.${refreshGlobal};
    if (!match || !refresh || typeof WebSocket !== 'function' || localStorage.getItem('tessera.devCollab')) return;
    var url = (location.protocol === 'https:' ? 'wss' : 'ws') + '://' + location.host + '/collab/' + match[1];
    refresh.then(function (body) {
      var token = body && body.data && body.data.refreshSession && body.data.refreshSession.accessToken;
      if (!token) return;
      var socket = new WebSocket(url, [${JSON.stringify(EARLY_SUBPROTOCOL)}, token]);
      socket.binaryType = 'arraybuffer';
      var early = { url: url, socket: socket, events: [], at: Date.now() };
      var keep = function (event) { if (early.events) early.events.push(event); };
      socket.addEventListener('message', keep);
      socket.addEventListener('close', keep);
      socket.addEventListener('error', keep);
      socket.addEventListener('open', function () {
        socket.send(new Uint8Array(${JSON.stringify(EMPTY_SYNC_STEP_1)}));
      });
      window.${GLOBAL} = early;
      // Not adopted within 30 s (no page took it): closed.
      setTimeout(function () { if (window.${GLOBAL} === early) { delete window.${GLOBAL}; socket.close(); } }, 30000);
    }, function () {});
  } catch (e) {}
})();`;
}

interface EarlySocket {
  url: string;
  socket: WebSocket;
  /** What arrived before the provider took the socket (null once taken). */
  events: Event[] | null;
}

/** The socket index.html opened to `url`, once, if it is still usable. */
function takeEarlySocket(url: string): EarlySocket | null {
  const holder = globalThis as { [GLOBAL]?: EarlySocket };
  const early = holder[GLOBAL];
  if (!early || early.url !== url) return null;
  delete holder[GLOBAL];
  const { readyState } = early.socket;
  if (readyState !== WebSocket.CONNECTING && readyState !== WebSocket.OPEN) return null;
  return early;
}

type Handler = ((event: Event) => void) | null;

/**
 * What WebsocketProvider sees of the early socket: the same socket, with the handlers it sets
 * receiving, after the constructor has returned, the open (if it happened) and every message that
 * arrived before, in order, then the live ones.
 */
function adopted(early: EarlySocket): WebSocket {
  const { socket } = early;
  const handlers: Record<'open' | 'message' | 'close' | 'error', Handler> = {
    open: null,
    message: null,
    close: null,
    error: null,
  };
  const deliver = (event: Event) => handlers[event.type as keyof typeof handlers]?.(event);
  const replay = () => {
    const missed = early.events ?? [];
    early.events = null;
    if (socket.readyState !== WebSocket.CONNECTING) deliver(new Event('open'));
    for (const event of missed) deliver(event);
    socket.addEventListener('open', deliver);
    socket.addEventListener('message', deliver);
    socket.addEventListener('close', deliver);
    socket.addEventListener('error', deliver);
  };
  // The provider sets its handlers right after constructing; the caller subscribes right after that.
  void Promise.resolve().then(replay);
  const view = {
    get readyState() {
      return socket.readyState;
    },
    get binaryType() {
      return socket.binaryType;
    },
    set binaryType(value: BinaryType) {
      socket.binaryType = value;
    },
    send: (data: Parameters<WebSocket['send']>[0]) => socket.send(data),
    close: (code?: number, reason?: string) => socket.close(code, reason),
    CONNECTING: WebSocket.CONNECTING,
    OPEN: WebSocket.OPEN,
    CLOSING: WebSocket.CLOSING,
    CLOSED: WebSocket.CLOSED,
  };
  for (const type of Object.keys(handlers) as (keyof typeof handlers)[])
    Object.defineProperty(view, `on${type}`, {
      get: () => handlers[type],
      set: (handler: Handler) => (handlers[type] = handler),
    });
  return view as unknown as WebSocket;
}

/**
 * The WebSocket class a canvas's WebsocketProvider uses: the first socket to the canvas index.html
 * connected to is that socket; every other (and every reconnection) a new one.
 */
export function adoptingWebSocket(): typeof WebSocket {
  const AdoptingWebSocket = function (url: string, protocols?: string | string[]) {
    const early = takeEarlySocket(url);
    return early ? adopted(early) : new WebSocket(url, protocols);
  } as unknown as typeof WebSocket;
  Object.assign(AdoptingWebSocket, {
    CONNECTING: WebSocket.CONNECTING,
    OPEN: WebSocket.OPEN,
    CLOSING: WebSocket.CLOSING,
    CLOSED: WebSocket.CLOSED,
  });
  return AdoptingWebSocket;
}
