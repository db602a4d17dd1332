import { deserialize, serialize } from 'bson';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from './bson-codec.ts';
import { encodeOpMsg, parseOpMsg } from './op-msg.ts';

const flags = (n: number): Buffer => Buffer.from(Uint32Array.of(n).buffer);

function sequence(identifier: string, docs: object[]): Buffer {
  const name = Buffer.from(`${identifier}\0`);
  const bytes = docs.map((d) => Buffer.from(serialize(d)));
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + name.length + bytes.reduce((n, b) => n + b.length, 0));
  return Buffer.concat([Buffer.from([1]), size, name, ...bytes]);
}

describe('OP_MSG', () => {
  it('merges kind-1 document sequences into the command body', () => {
    const buf = Buffer.concat([
      flags(0),
      Buffer.from([0]),
      serialize({ insert: 'c', $db: 'd' }),
      sequence('documents', [{ a: 1 }, { a: 2 }]),
    ]);
    const msg = parseOpMsg(buf);
    expect(msg.body).toEqual({ insert: 'c', $db: 'd', documents: [{ a: 1 }, { a: 2 }] });
    expect(msg.moreToCome).toBe(false);
  });

  it('reads moreToCome and ignores a trailing checksum', () => {
    const body = Buffer.concat([flags(0b11), Buffer.from([0]), serialize({ ping: 1 }), Buffer.alloc(4)]);
    const msg = parseOpMsg(body);
    expect(msg.moreToCome).toBe(true);
    expect(msg.body).toEqual({ ping: 1 });
  });

  it('rejects unknown required flags, unknown kinds, missing or duplicate bodies', () => {
    const ping = Buffer.from(serialize({ ping: 1 }));
    expect(() => parseOpMsg(Buffer.concat([flags(1 << 5), Buffer.from([0]), ping]))).toThrow(ProtocolError);
    expect(() => parseOpMsg(Buffer.concat([flags(0), Buffer.from([7]), ping]))).toThrow(/section kind 7/);
    expect(() => parseOpMsg(Buffer.concat([flags(0), sequence('x', [{}])]))).toThrow(/no body/);
    expect(() =>
      parseOpMsg(Buffer.concat([flags(0), Buffer.from([0]), ping, Buffer.from([0]), ping])),
    ).toThrow(/more than one body/);
    expect(() => parseOpMsg(Buffer.concat([flags(0), Buffer.from([0]), ping.subarray(0, 6)]))).toThrow(
      ProtocolError,
    );
  });

  it('encodes a reply with the request id in responseTo', () => {
    const out = encodeOpMsg(10, 42, { ok: 1 });
    expect(out.readInt32LE(0)).toBe(out.length);
    expect(out.readInt32LE(8)).toBe(42);
    expect(out.readInt32LE(12)).toBe(2013);
    expect(deserialize(out.subarray(21))).toEqual({ ok: 1 });
  });
});
