import { HEADER_SIZE, MAX_MESSAGE_SIZE_BYTES } from './constants.ts';

export interface RawMessage {
  requestId: number;
  responseTo: number;
  opCode: number;
  /** The message without its 16-byte header. */
  body: Buffer;
}

/** The byte stream cannot be trusted any more: the connection must be closed. */
export class FrameError extends Error {}

/**
 * Splits a TCP byte stream into wire-protocol messages. Chunks are kept in a list and joined
 * once per message, so a 48 MB message arriving in 64 KB pieces is copied only once.
 */
export class MessageFramer {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly maxSize: number;

  constructor(maxSize = MAX_MESSAGE_SIZE_BYTES) {
    this.maxSize = maxSize;
  }

  /** Adds bytes and returns every message completed by them. Throws FrameError on a bad length. */
  push(chunk: Buffer): RawMessage[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const out: RawMessage[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const length = this.peekLength();
      if (length < HEADER_SIZE || length > this.maxSize) {
        throw new FrameError(
          `invalid message length ${length} (allowed ${HEADER_SIZE}..${this.maxSize} bytes)`,
        );
      }
      if (this.buffered < length) break;
      const message = this.take(length);
      out.push({
        requestId: message.readInt32LE(4),
        responseTo: message.readInt32LE(8),
        opCode: message.readInt32LE(12),
        body: message.subarray(HEADER_SIZE),
      });
    }
    return out;
  }

  private peekLength(): number {
    const first = this.chunks[0] as Buffer;
    if (first.length >= 4) return first.readInt32LE(0);
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined.readInt32LE(0);
  }

  private take(length: number): Buffer {
    const first = this.chunks[0] as Buffer;
    let message: Buffer;
    if (first.length >= length) {
      message = first.subarray(0, length);
      if (first.length === length) this.chunks.shift();
      else this.chunks[0] = first.subarray(length);
    } else {
      const joined = Buffer.concat(this.chunks);
      message = joined.subarray(0, length);
      this.chunks = joined.length > length ? [joined.subarray(length)] : [];
    }
    this.buffered -= length;
    return message;
  }
}
