import { MAX_BSON_OBJECT_SIZE, OP_MSG } from './constants.ts';
import { bsonLengthAt, decodeDocument, encodeDocument, ProtocolError } from './bson-codec.ts';
import type { Document } from './bson-codec.ts';

const CHECKSUM_PRESENT = 1 << 0;
const MORE_TO_COME = 1 << 1;
const EXHAUST_ALLOWED = 1 << 16;
// Bits 0-15 are "required": a receiver must reject flags it does not understand.
const KNOWN_REQUIRED_BITS = CHECKSUM_PRESENT | MORE_TO_COME;

export interface OpMsgRequest {
  body: Document;
  moreToCome: boolean;
  exhaustAllowed: boolean;
}

// mongod allows 16 KB of command overhead on top of maxBsonObjectSize.
function checkSize(size: number): void {
  if (size > MAX_BSON_OBJECT_SIZE + 16 * 1024) {
    throw new ProtocolError(
      `BSONObj size: ${size} is invalid. Size must be between 0 and ${MAX_BSON_OBJECT_SIZE}(16MB)`,
      'BSONObjectTooLarge',
    );
  }
}

/** Parses an OP_MSG body (after the header); kind-1 sequences are merged into the command. */
export function parseOpMsg(buf: Buffer): OpMsgRequest {
  if (buf.length < 5) throw new ProtocolError('OP_MSG too short');
  const flags = buf.readUInt32LE(0);
  if ((flags & 0xffff & ~KNOWN_REQUIRED_BITS) !== 0) {
    throw new ProtocolError(`unsupported OP_MSG flag bits ${flags.toString(16)}`);
  }
  const end = flags & CHECKSUM_PRESENT ? buf.length - 4 : buf.length;
  let offset = 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[]]> = [];
  while (offset < end) {
    const kind = buf[offset];
    offset += 1;
    if (kind === 0) {
      if (body) throw new ProtocolError('OP_MSG has more than one body section');
      const size = bsonLengthAt(buf, offset, end);
      checkSize(size);
      body = decodeDocument(buf.subarray(offset, offset + size));
      offset += size;
    } else if (kind === 1) {
      if (offset + 4 > end) throw new ProtocolError('truncated document sequence');
      const size = buf.readInt32LE(offset);
      const sectionEnd = offset + size;
      if (size < 5 || sectionEnd > end) throw new ProtocolError(`invalid section size ${size}`);
      const nul = buf.indexOf(0, offset + 4);
      if (nul < 0 || nul >= sectionEnd) throw new ProtocolError('unterminated sequence identifier');
      const identifier = buf.toString('utf8', offset + 4, nul);
      const docs: Document[] = [];
      let pos = nul + 1;
      while (pos < sectionEnd) {
        const docSize = bsonLengthAt(buf, pos, sectionEnd);
        checkSize(docSize);
        docs.push(decodeDocument(buf.subarray(pos, pos + docSize)));
        pos += docSize;
      }
      sequences.push([identifier, docs]);
      offset = sectionEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${String(kind)}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG has no body section');
  for (const [identifier, docs] of sequences) body[identifier] = docs;
  return {
    body,
    moreToCome: (flags & MORE_TO_COME) !== 0,
    exhaustAllowed: (flags & EXHAUST_ALLOWED) !== 0,
  };
}

export function encodeOpMsg(requestId: number, responseTo: number, doc: Document): Buffer {
  const payload = encodeDocument(doc);
  const header = Buffer.alloc(21);
  header.writeInt32LE(21 + payload.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_MSG, 12);
  header.writeUInt32LE(0, 16);
  header.writeUInt8(0, 20);
  return Buffer.concat([header, payload]);
}
