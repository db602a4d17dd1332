import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type Gunzip } from 'node:zlib';
import { AppError } from '@tessera/errors';
import { compressionOf, createTextNormaliser, type Compression, type Encoding } from './encoding.ts';

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Files are limited to ${limit} bytes`);
  }
}

export interface ReceivedBody {
  /** Bytes received from the client (before any transcoding). */
  bytes: number;
  encoding: Encoding | null;
  compression: Compression;
}

/**
 * Streams a request body to `file`, chunk by chunk (never held in memory), refusing it past
 * `maxBytes`. Text formats are normalised to UTF-8 on the way (see createTextNormaliser);
 * gzip/zstd bodies and binary formats are written as they are. `partial`: the body is the first
 * part of a file (a preview).
 */
export async function receiveBody(
  body: Readable,
  file: string,
  options: { maxBytes: number; text: boolean; partial?: boolean },
): Promise<ReceivedBody> {
  const result: ReceivedBody = { bytes: 0, encoding: null, compression: null };
  const normaliser = createTextNormaliser();
  let transcode: boolean | null = null;
  let gunzip: GunzipCheck | null = null;
  await pipeline(
    body,
    async function* limitAndNormalise(chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        result.bytes += chunk.length;
        if (result.bytes > options.maxBytes) throw new TooLargeError(options.maxBytes);
        if (transcode === null) {
          result.compression = compressionOf(chunk);
          transcode = options.text && result.compression === null;
          // A preview sends the first part of a file only: a gzip stream cut short is expected there.
          if (result.compression === 'gzip' && !options.partial) gunzip = checkGzip();
        }
        await gunzip?.write(chunk);
        yield transcode ? normaliser.push(chunk) : chunk;
      }
      if (transcode) yield normaliser.end();
      await gunzip?.end();
    },
    createWriteStream(file),
  );
  if (transcode) result.encoding = normaliser.encoding();
  return result;
}

interface GunzipCheck {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * DuckDB reads a truncated gzip stream without complaint (it returns the rows it could inflate),
 * so a gzip body is inflated alongside, output discarded, to refuse a damaged or cut-off file.
 */
function checkGzip(): GunzipCheck {
  const gunzip: Gunzip = createGunzip();
  let failure: Error | null = null;
  const done = new Promise<void>((resolve) => {
    gunzip.on('error', (error) => {
      failure = error;
      resolve();
    });
    gunzip.on('end', () => resolve());
  });
  gunzip.resume();
  const refuse = () =>
    new AppError('BAD_USER_INPUT', 'The file could not be read: the gzip stream is damaged or cut short');
  return {
    async write(chunk) {
      if (failure) throw refuse();
      if (!gunzip.write(chunk))
        await new Promise<void>((resolve) => gunzip.once('drain', resolve).once('error', () => resolve()));
    },
    async end() {
      gunzip.end();
      await done;
      if (failure) throw refuse();
    },
  };
}
