import { crc32 } from 'node:zlib';
import type { Document } from 'bson';
import { decodeDocument, encodeDocument } from '../wire/bson-codec.ts';

/** Record framing shared by the journal and snapshots: [u32 length][u32 crc32][BSON]. */
export const RECORD_HEADER_SIZE = 8;

export function encodeRecord(doc: Document): Buffer {
  const payload = encodeDocument(doc);
  const header = Buffer.allocUnsafe(RECORD_HEADER_SIZE);
  header.writeUInt32LE(payload.length, 0);
  header.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

export interface DecodeResult {
  records: Document[];
  /** Bytes up to the end of the last intact record. */
  validLength: number;
  /** Why decoding stopped before the end of the buffer, if it did. */
  problem: string | null;
}

/** Decodes records until the end of the buffer or the first torn or corrupt record. */
export function decodeRecords(buf: Buffer): DecodeResult {
  const records: Document[] = [];
  let offset = 0;
  while (offset < buf.length) {
    if (offset + RECORD_HEADER_SIZE > buf.length) {
      return { records, validLength: offset, problem: 'torn record header' };
    }
    const length = buf.readUInt32LE(offset);
    const checksum = buf.readUInt32LE(offset + 4);
    const start = offset + RECORD_HEADER_SIZE;
    if (length < 5 || start + length > buf.length) {
      return { records, validLength: offset, problem: 'torn record body' };
    }
    const payload = buf.subarray(start, start + length);
    if (crc32(payload) !== checksum) {
      return { records, validLength: offset, problem: 'checksum mismatch' };
    }
    try {
      records.push(decodeDocument(payload));
    } catch {
      return { records, validLength: offset, problem: 'undecodable BSON' };
    }
    offset = start + length;
  }
  return { records, validLength: offset, problem: null };
}
