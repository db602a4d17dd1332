import { OP_REPLY } from './constants.ts';
import { bsonLengthAt, decodeDocument, encodeDocument, ProtocolError } from './bson-codec.ts';
import type { Document } from './bson-codec.ts';

export interface OpQueryRequest {
  fullCollectionName: string;
  numberToSkip: number;
  numberToReturn: number;
  query: Document;
}

/** Parses a legacy OP_QUERY body (after the header). Drivers only use it for the first hello. */
export function parseOpQuery(buf: Buffer): OpQueryRequest {
  if (buf.length < 4 + 1 + 8 + 5) throw new ProtocolError('OP_QUERY too short');
  const nul = buf.indexOf(0, 4);
  if (nul < 0) throw new ProtocolError('unterminated collection name');
  const fullCollectionName = buf.toString('utf8', 4, nul);
  let offset = nul + 1;
  if (offset + 8 > buf.length) throw new ProtocolError('OP_QUERY too short');
  const numberToSkip = buf.readInt32LE(offset);
  const numberToReturn = buf.readInt32LE(offset + 4);
  offset += 8;
  const size = bsonLengthAt(buf, offset, buf.length);
  const query = decodeDocument(buf.subarray(offset, offset + size));
  return { fullCollectionName, numberToSkip, numberToReturn, query };
}

export function encodeOpReply(requestId: number, responseTo: number, docs: Document[]): Buffer {
  const payloads = docs.map((d) => encodeDocument(d));
  const header = Buffer.alloc(36);
  const total = payloads.reduce((n, p) => n + p.length, 36);
  header.writeInt32LE(total, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_REPLY, 12);
  header.writeInt32LE(0, 16); // responseFlags
  header.writeBigInt64LE(0n, 20); // cursorID
  header.writeInt32LE(0, 28); // startingFrom
  header.writeInt32LE(docs.length, 32);
  return Buffer.concat([header, ...payloads]);
}
