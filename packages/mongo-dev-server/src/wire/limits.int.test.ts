import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { deserialize, serialize } from 'bson';
import type { Document } from 'bson';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../server.ts';
import type { RunningServer } from '../server.ts';
import { OP_MSG, OP_QUERY, OP_REPLY } from './constants.ts';

let server: RunningServer;
let client: MongoClient;

beforeAll(async () => {
  server = await start({ port: 0 });
  client = new MongoClient(server.uri);
  await client.connect();
  await client.db('limits').collection('c').insertOne({ ok: true });
});
afterAll(async () => {
  await client.close();
  await server.stop();
});

/** A raw connection that collects replies and notices when the server closes it. */
class RawConnection {
  readonly socket: Socket;
  private buffer = Buffer.alloc(0);
  private waiting: Array<(msg: Buffer) => void> = [];
  readonly closed: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.on('close', () => resolve()));
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 4 && this.buffer.length >= this.buffer.readInt32LE(0)) {
        const length = this.buffer.readInt32LE(0);
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        this.waiting.shift()?.(message);
      }
    });
  }

  ready(): Promise<void> {
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  nextMessage(): Promise<Buffer> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async command(body: Document, flags = 0): Promise<Document> {
    const reply = this.nextMessage();
    this.socket.write(opMsg(body, flags));
    return decodeOpMsgReply(await reply);
  }
}

function header(length: number, opCode: number, requestId = 7): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(requestId, 4);
  h.writeInt32LE(0, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

function opMsg(body: Document, flags = 0, sections: Buffer[] = []): Buffer {
  const payload = Buffer.concat([
    Buffer.from(Uint32Array.of(flags).buffer),
    Buffer.from([0]),
    serialize(body),
    ...sections,
  ]);
  return Buffer.concat([header(16 + payload.length, OP_MSG), payload]);
}

function docSequence(identifier: string, docs: Document[]): Buffer {
  const name = Buffer.from(`${identifier}\0`);
  const bytes = docs.map((d) => Buffer.from(serialize(d)));
  const size = 4 + name.length + bytes.reduce((n, b) => n + b.length, 0);
  const prefix = Buffer.alloc(5);
  prefix.writeUInt8(1, 0);
  prefix.writeInt32LE(size, 1);
  return Buffer.concat([prefix, name, ...bytes]);
}

function decodeOpMsgReply(message: Buffer): Document {
  expect(message.readInt32LE(12)).toBe(OP_MSG);
  expect(message[20]).toBe(0);
  return deserialize(message.subarray(21));
}

async function otherClientsStillServed(): Promise<void> {
  const db = client.db('limits');
  expect((await db.command({ ping: 1 })).ok).toBe(1);
  expect(await db.collection('c').countDocuments()).toBe(1);
}

describe('wire protocol limits and robustness', () => {
  it('serves commands over a raw OP_MSG connection', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    const reply = await raw.command({ ping: 1, $db: 'admin' });
    expect(reply.ok).toBe(1);
    raw.socket.destroy();
  });

  it('accepts kind-1 document sequences and fire-and-forget (moreToCome) writes', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    const sequence = docSequence('documents', [{ _id: 'a' }, { _id: 'b' }]);
    const reply = raw.nextMessage();
    raw.socket.write(opMsg({ insert: 'seq', $db: 'limits' }, 0, [sequence]));
    expect(decodeOpMsgReply(await reply)).toMatchObject({ n: 2, ok: 1 });
    raw.socket.write(opMsg({ insert: 'seq', documents: [{ _id: 'c' }], $db: 'limits' }, 2));
    const count = await raw.command({ count: 'seq', $db: 'limits' });
    expect(count.n).toBe(3);
    raw.socket.destroy();
  });

  it('answers the legacy OP_QUERY handshake with OP_REPLY', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    const query = (ns: string, doc: Document): Buffer => {
      const body = Buffer.concat([
        Buffer.alloc(4),
        Buffer.from(`${ns}\0`),
        Buffer.from(Int32Array.of(0, -1).buffer),
        serialize(doc),
      ]);
      return Buffer.concat([header(16 + body.length, OP_QUERY), body]);
    };
    const parse = (m: Buffer): Document => {
      expect(m.readInt32LE(12)).toBe(OP_REPLY);
      expect(m.readInt32LE(32)).toBe(1);
      return deserialize(m.subarray(36));
    };
    let reply = raw.nextMessage();
    raw.socket.write(query('admin.$cmd', { isMaster: 1, helloOk: true }));
    const hello = parse(await reply);
    expect(hello).toMatchObject({ ismaster: true, helloOk: true, maxWireVersion: 21, ok: 1 });
    expect(hello.setName).toBeUndefined();
    reply = raw.nextMessage();
    raw.socket.write(query('limits.$cmd', { find: 'c' }));
    expect(parse(await reply)).toMatchObject({ ok: 0, code: 352 });
    raw.socket.destroy();
  });

  it('replies with an error to a malformed OP_MSG body and keeps the connection', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    // A body section whose string element claims 151 million bytes.
    const badBson = Buffer.from([12, 0, 0, 0, 2, 120, 0, 9, 9, 9, 9, 9]);
    const bad = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), badBson]);
    let reply = raw.nextMessage();
    raw.socket.write(Buffer.concat([header(16 + bad.length, OP_MSG), bad]));
    expect(decodeOpMsgReply(await reply)).toMatchObject({ ok: 0, code: 22 });
    const kind9 = Buffer.concat([Buffer.alloc(4), Buffer.from([9, 1, 2, 3])]);
    reply = raw.nextMessage();
    raw.socket.write(Buffer.concat([header(16 + kind9.length, OP_MSG), kind9]));
    expect(decodeOpMsgReply(await reply)).toMatchObject({ ok: 0 });
    expect((await raw.command({ ping: 1, $db: 'admin' })).ok).toBe(1);
    raw.socket.destroy();
    await otherClientsStillServed();
  });

  it('closes a connection that sends an impossible length or an unknown opcode', async () => {
    const tiny = new RawConnection(server.port);
    await tiny.ready();
    tiny.socket.write(Buffer.from([3, 0, 0, 0]));
    await tiny.closed;
    const unknown = new RawConnection(server.port);
    await unknown.ready();
    unknown.socket.write(Buffer.concat([header(20, 9999), Buffer.alloc(4)]));
    await unknown.closed;
    const garbage = new RawConnection(server.port);
    await garbage.ready();
    garbage.socket.write(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    await garbage.closed;
    await otherClientsStillServed();
  });

  it('closes a connection that announces a message over 48 MB', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    raw.socket.write(header(48_000_001, OP_MSG));
    await raw.closed;
    await otherClientsStillServed();
  });

  it('closes a connection that actually sends more than 48 MB', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    const size = 49 * 1024 * 1024;
    const big = Buffer.alloc(size);
    header(size, OP_MSG).copy(big);
    raw.socket.write(big);
    await raw.closed;
    await otherClientsStillServed();
  });

  it('answers a document over 16 MB with BSONObjectTooLarge', async () => {
    const raw = new RawConnection(server.port);
    await raw.ready();
    const sequence = docSequence('documents', [{ _id: 'big', blob: 'x'.repeat(17 * 1024 * 1024) }]);
    const reply = raw.nextMessage();
    raw.socket.write(opMsg({ insert: 'big', $db: 'limits' }, 0, [sequence]));
    expect(decodeOpMsgReply(await reply)).toMatchObject({ ok: 0, code: 10334 });
    expect((await raw.command({ ping: 1, $db: 'admin' })).ok).toBe(1);
    raw.socket.destroy();
    await otherClientsStillServed();
  });

  it('rejects an oversize insert from the driver without disturbing other clients', async () => {
    const blob = 'x'.repeat(17 * 1024 * 1024);
    const err = await client
      .db('limits')
      .collection('big')
      .insertOne({ blob })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    await otherClientsStillServed();
  });
});
