// The built web app's files, held in memory with their compressed forms: a page open asks for some
// 30 files, and reading each from disk through a stream cost the gateway's one thread about 40 ms of
// CPU per open (bench/web, process CPU), while users far from the server waited on ~600 KiB of
// uncompressed JavaScript where ~140 KiB of gzip would do. A file is compressed once, off the event
// loop (zlib's thread pool), the first time it is asked for; until then it goes out as it is. The
// levels are the fast ones (brotli 5, gzip 6: a few ms for the largest chunk, against about a second
// for brotli 11), so the first open after a start does not compete with its own compression.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Worth compressing: text formats, above a size where the headers would eat the saving. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|map|txt)$/;
const MIN_COMPRESS_BYTES = 1024;
/** Files larger than this are streamed from disk as before, not held. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** All held files together (their compressed forms included) stay under this. */
const MAX_TOTAL_BYTES = 96 * 1024 * 1024;

export type Encoding = 'br' | 'gzip' | 'identity';

export interface WebFile {
  /** A strong validator of the file in `encoding` (each coding is its own representation). */
  etag(encoding: Encoding): string;
  /** The body in `encoding` (the best of what the client accepts and what is ready). */
  body(encoding: Encoding): Buffer;
  /** The best encoding ready for a client that sent `acceptEncoding`. */
  encodingFor(acceptEncoding: string | undefined): Encoding;
}

interface Entry extends WebFile {
  mtimeMs: number;
  size: number;
  bytes: number;
  /** Replaced by a newer read of its file: a compression finishing late is not kept. */
  dropped: boolean;
}

/** Parses Accept-Encoding into the codings it allows (q > 0). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.toLowerCase().split(';');
    const name = coding?.trim();
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name);
  }
  return accepted;
}

export class WebFiles {
  private readonly entries = new Map<string, Promise<Entry | null>>();
  private held = 0;

  /**
   * The file at `file` (already resolved inside web/dist and stat'ed), or null when it is not held
   * (too large, or the cache is full): the caller streams it. A file changed on disk since it was
   * read (another build) is read again.
   */
  async get(file: string, info: Stats): Promise<WebFile | null> {
    if (info.size > MAX_FILE_BYTES) return null;
    for (;;) {
      const known = this.entries.get(file);
      if (!known) break;
      const entry = await known;
      if (entry && entry.mtimeMs === info.mtimeMs && entry.size === info.size) return entry;
      // Another request replaced it meanwhile (the same new build): look at that one.
      if (this.entries.get(file) !== known) continue;
      this.entries.delete(file);
      if (entry) {
        entry.dropped = true;
        this.held -= entry.bytes;
      }
      break;
    }
    if (this.held + info.size > MAX_TOTAL_BYTES) return null;
    const loading: Promise<Entry | null> = this.load(file, info).then((entry) => {
      if (!entry && this.entries.get(file) === loading) this.entries.delete(file);
      return entry;
    });
    this.entries.set(file, loading);
    return loading;
  }

  private async load(file: string, info: Stats): Promise<Entry | null> {
    const raw = await readFile(file).catch(() => null);
    if (!raw) return null;
    const forms = new Map<Encoding, Buffer>([['identity', raw]]);
    const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 27);
    const entry: Entry = {
      etag: (encoding) => (encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`),
      mtimeMs: info.mtimeMs,
      size: info.size,
      bytes: raw.length,
      dropped: false,
      body: (encoding) => forms.get(encoding) ?? raw,
      encodingFor: (header) => {
        if (forms.size === 1) return 'identity';
        const accepted = acceptedEncodings(header);
        if (accepted.has('br') && forms.has('br')) return 'br';
        if (accepted.has('gzip') && forms.has('gzip')) return 'gzip';
        return 'identity';
      },
    };
    this.held += raw.length;
    if (COMPRESSIBLE.test(file) && raw.length >= MIN_COMPRESS_BYTES) {
      // Kept only when smaller; a failure leaves the file uncompressed, never unserved.
      const keep = (encoding: Encoding) => (compressed: Buffer) => {
        if (entry.dropped || compressed.length >= raw.length) return;
        if (this.held + compressed.length > MAX_TOTAL_BYTES) return;
        forms.set(encoding, compressed);
        entry.bytes += compressed.length;
        this.held += compressed.length;
      };
      void gzipped(raw, { level: 6 }).then(keep('gzip'), () => undefined);
      void brotli(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }).then(keep('br'), () => undefined);
    }
    return entry;
  }
}
