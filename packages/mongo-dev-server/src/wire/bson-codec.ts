import { deserialize, serialize } from 'bson';
import type { Document } from 'bson';

export type { Document };

/** Values are promoted to JS types (numbers, RegExp) so mingo can compare them. */
const DESERIALIZE_OPTIONS = {
  promoteLongs: true,
  promoteValues: true,
  promoteBuffers: false,
  bsonRegExp: false,
  validation: { utf8: false },
} as const;

/** A well-framed message whose content is unacceptable; answered with an error reply. */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly codeName: 'InvalidBSON' | 'BSONObjectTooLarge' = 'InvalidBSON',
  ) {
    super(message);
  }
}

export function decodeDocument(buf: Buffer): Document {
  try {
    return deserialize(buf, DESERIALIZE_OPTIONS);
  } catch (err) {
    throw new ProtocolError(`invalid BSON: ${(err as Error).message}`);
  }
}

export function encodeDocument(doc: Document): Buffer {
  const bytes = serialize(doc, { ignoreUndefined: true, checkKeys: false });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the int32 length prefix of the BSON document at `offset`, checking it fits in `end`. */
export function bsonLengthAt(buf: Buffer, offset: number, end: number): number {
  if (offset + 5 > end) throw new ProtocolError('truncated BSON document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new ProtocolError(`invalid BSON document size ${size}`);
  return size;
}
