import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'windows-1252';
export type Compression = 'gzip' | 'zstd' | null;

/** Compressed bodies are stored as they are (DuckDB decompresses them); only plain text is transcoded. */
export function compressionOf(head: Buffer): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return null;
}

/** How many bytes at the end of `chunk` start a UTF-8 sequence that continues in the next chunk. */
function incompleteTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * Text uploads arrive as UTF-8 or as Latin-1 / Windows-1252 (what spreadsheets export on Windows).
 * Bytes pass through untouched while they are valid UTF-8; at the first invalid sequence the rest
 * of the body (from that chunk on) is decoded as Windows-1252 and re-encoded as UTF-8, so DuckDB
 * always reads UTF-8 and nothing is buffered beyond one chunk. `encoding()` tells which it was.
 */
export function createTextNormaliser() {
  let encoding: Encoding = 'utf-8';
  let carry = Buffer.alloc(0);
  const legacy = new TextDecoder('windows-1252');
  return {
    encoding: () => encoding,
    push(chunk: Buffer): Buffer {
      if (encoding === 'windows-1252') return Buffer.from(legacy.decode(chunk, { stream: true }), 'utf8');
      const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = joined.length - incompleteTail(joined);
      const body = joined.subarray(0, cut);
      if (isUtf8(body)) {
        carry = Buffer.from(joined.subarray(cut));
        return body;
      }
      encoding = 'windows-1252';
      carry = Buffer.alloc(0);
      return Buffer.from(legacy.decode(joined, { stream: true }), 'utf8');
    },
    /** The bytes still held at the end of the body (an unfinished sequence: not UTF-8 after all). */
    end(): Buffer {
      if (carry.length === 0) return Buffer.alloc(0);
      const rest = carry;
      carry = Buffer.alloc(0);
      if (isUtf8(rest)) return rest;
      encoding = 'windows-1252';
      return Buffer.from(legacy.decode(rest), 'utf8');
    },
  };
}
