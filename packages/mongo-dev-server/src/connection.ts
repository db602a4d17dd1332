import type { Socket } from 'node:net';
import type { Document } from 'bson';
import { CommandError } from './errors.ts';
import type { LogFn } from './log.ts';
import { ProtocolError } from './wire/bson-codec.ts';
import { OP_MSG, OP_QUERY } from './wire/constants.ts';
import { FrameError, MessageFramer } from './wire/framing.ts';
import type { RawMessage } from './wire/framing.ts';
import { encodeOpMsg, parseOpMsg } from './wire/op-msg.ts';
import { encodeOpReply, parseOpQuery } from './wire/op-query.ts';

export interface ConnectionDeps {
  id: number;
  log: LogFn;
  run(body: Document): Promise<Document>;
}

// Since MongoDB 5.1 only the handshake may use OP_QUERY.
const OP_QUERY_COMMANDS = new Set(['hello', 'isMaster', 'ismaster']);

let nextRequestId = 1;
const requestId = (): number => (nextRequestId = (nextRequestId + 1) & 0x7fffffff);

/**
 * Serves one client socket: messages are handled one at a time, in order. A broken frame (bad
 * length, unknown opcode) closes this socket only; a malformed OP_MSG body gets an error reply.
 */
export function serveConnection(socket: Socket, deps: ConnectionDeps): void {
  const framer = new MessageFramer();
  let queue: Promise<void> = Promise.resolve();
  const close = (reason: string): void => {
    deps.log('warn', `connection ${deps.id}: ${reason}; closing it`);
    socket.destroy();
  };
  socket.setNoDelay(true);
  socket.on('error', (err) => deps.log('debug', `connection ${deps.id}: ${err.message}`));
  socket.on('data', (chunk: Buffer) => {
    let messages: RawMessage[];
    try {
      messages = framer.push(chunk);
    } catch (err) {
      close(err instanceof FrameError ? err.message : String(err));
      return;
    }
    for (const message of messages) {
      queue = queue
        .then(() => (socket.destroyed ? undefined : handle(message)))
        .catch((err: unknown) => close(`internal error: ${err instanceof Error ? err.stack : String(err)}`));
    }
  });

  /** Writes a reply; if it cannot be encoded (too large), writes the fallback error instead. */
  const send = (bytes: () => Buffer, fallback: () => Buffer): void => {
    if (socket.destroyed) return;
    let out: Buffer;
    try {
      out = bytes();
    } catch (err) {
      deps.log('warn', `connection ${deps.id}: cannot encode reply: ${(err as Error).message}`);
      out = fallback();
    }
    socket.write(out);
  };

  async function handle(message: RawMessage): Promise<void> {
    if (message.opCode === OP_MSG) {
      let request;
      try {
        request = parseOpMsg(message.body);
      } catch (err) {
        if (!(err instanceof ProtocolError)) throw err;
        const reply = new CommandError(err.codeName, err.message).toReply();
        socket.write(encodeOpMsg(requestId(), message.requestId, reply));
        return;
      }
      const reply = await deps.run(request.body);
      if (request.moreToCome) return;
      send(
        () => encodeOpMsg(requestId(), message.requestId, reply),
        () => encodeOpMsg(requestId(), message.requestId, tooLarge()),
      );
    } else if (message.opCode === OP_QUERY) {
      const reply = await runOpQuery(message);
      send(
        () => encodeOpReply(requestId(), message.requestId, [reply]),
        () => encodeOpReply(requestId(), message.requestId, [tooLarge()]),
      );
    } else {
      close(`unsupported opCode ${message.opCode}`);
    }
  }

  async function runOpQuery(message: RawMessage): Promise<Document> {
    let parsed;
    try {
      parsed = parseOpQuery(message.body);
    } catch (err) {
      if (!(err instanceof ProtocolError)) throw err;
      return { $err: err.message, ...new CommandError('InvalidBSON', err.message).toReply() };
    }
    const { fullCollectionName } = parsed;
    const query = (parsed.query.$query ?? parsed.query) as Document;
    const name = Object.keys(query)[0] ?? '';
    if (!fullCollectionName.endsWith('.$cmd') || !OP_QUERY_COMMANDS.has(name)) {
      const msg = `Unsupported OP_QUERY command: ${name}. The client driver may require an upgrade.`;
      return { $err: msg, ...new CommandError('UnsupportedOpQueryCommand', msg).toReply() };
    }
    const db = fullCollectionName.slice(0, -'.$cmd'.length);
    return deps.run({ ...query, $db: db });
  }
}

function tooLarge(): Document {
  return new CommandError('BSONObjectTooLarge', 'reply exceeds the maximum BSON size').toReply();
}
