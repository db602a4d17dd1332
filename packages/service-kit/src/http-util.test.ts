import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { searchOf } from './graphql-handler.ts';
import { BodyTooLargeError, readBody } from './http-util.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Sends `chunks` as a chunked body (no content-length) and settles with what readBody made of it. */
async function readSent(chunks: Buffer[], limit: number): Promise<string | Error> {
  let read!: Promise<string | Error>;
  server = createServer((req: IncomingMessage, res) => {
    read = readBody(req, limit).catch((error: Error) => error);
    void read.then(() => res.end());
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    const req = request({ port, method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', () => resolve());
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
  return read;
}

describe('readBody', () => {
  it('joins the chunks of a body as UTF-8, whatever the chunk boundaries', async () => {
    const bytes = Buffer.from('{"q":"grüße ✓"}');
    // The ✓ (three bytes) split across two chunks.
    const cut = bytes.length - 3;
    expect(await readSent([bytes.subarray(0, cut), bytes.subarray(cut)], 100)).toBe('{"q":"grüße ✓"}');
    expect(await readSent([], 100)).toBe('');
  });

  it('refuses a body that grows past the limit without declaring its length', async () => {
    expect(await readSent([Buffer.alloc(60, 'a'), Buffer.alloc(60, 'b')], 100)).toBeInstanceOf(
      BodyTooLargeError,
    );
  });
});

describe('searchOf', () => {
  it('gives the query string as URL would', () => {
    for (const target of [
      '/graphql',
      '/graphql?',
      '/graphql?query={a}&x=1',
      '/graphql?a=1#frag',
      '/g#x?y',
      '/?',
    ])
      expect(searchOf(target)).toBe(new URL(target, 'http://localhost').search);
  });
});
