import { describe, expect, it } from 'vitest';
import { FrameError, MessageFramer } from './framing.ts';

function message(requestId: number, opCode: number, body: Buffer): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(16 + body.length, 0);
  h.writeInt32LE(requestId, 4);
  h.writeInt32LE(0, 8);
  h.writeInt32LE(opCode, 12);
  return Buffer.concat([h, body]);
}

describe('MessageFramer', () => {
  it('reassembles a message split into single bytes', () => {
    const framer = new MessageFramer();
    const bytes = message(1, 2013, Buffer.from('hello world'));
    const out = [];
    for (const b of bytes) out.push(...framer.push(Buffer.from([b])));
    expect(out).toHaveLength(1);
    expect(out[0]?.requestId).toBe(1);
    expect(out[0]?.opCode).toBe(2013);
    expect(out[0]?.body.toString()).toBe('hello world');
  });

  it('splits several messages delivered in one chunk, keeping a partial tail', () => {
    const framer = new MessageFramer();
    const a = message(1, 2013, Buffer.from('a'));
    const b = message(2, 2004, Buffer.from('bb'));
    const c = message(3, 2013, Buffer.from('ccc'));
    const first = framer.push(Buffer.concat([a, b, c.subarray(0, 5)]));
    expect(first.map((m) => m.requestId)).toEqual([1, 2]);
    const second = framer.push(c.subarray(5));
    expect(second.map((m) => m.body.toString())).toEqual(['ccc']);
  });

  it('rejects lengths below the header size or above the limit', () => {
    expect(() => new MessageFramer().push(Buffer.from([3, 0, 0, 0]))).toThrow(FrameError);
    const tooBig = Buffer.alloc(4);
    tooBig.writeInt32LE(1001, 0);
    expect(() => new MessageFramer(1000).push(tooBig)).toThrow(/invalid message length 1001/);
    const negative = Buffer.alloc(4);
    negative.writeInt32LE(-5, 0);
    expect(() => new MessageFramer().push(negative)).toThrow(FrameError);
  });
});
