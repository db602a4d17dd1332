import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebFiles, acceptedEncodings } from './web-files.ts';

describe('acceptedEncodings', () => {
  it('reads the codings a client allows, without the ones it refuses (q=0)', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.8')]).toEqual(['gzip']);
    expect([...acceptedEncodings(' GZIP ; q=1.0 ')]).toEqual(['gzip']);
    expect([...acceptedEncodings('gzip;q=0.000')]).toEqual([]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('')]).toEqual([]);
  });
});

describe('WebFiles', () => {
  it('reads a rebuilt file once for the requests that arrive together, and serves them the new bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tessera-web-files-'));
    try {
      const file = path.join(dir, 'index.html');
      await writeFile(file, 'build 1');
      const files = new WebFiles();
      expect((await files.get(file, await stat(file)))!.body('identity').toString()).toBe('build 1');

      await writeFile(file, 'build 2');
      const later = new Date(Date.now() + 5_000);
      await utimes(file, later, later);
      const info = await stat(file);
      const [a, b, c] = await Promise.all([
        files.get(file, info),
        files.get(file, info),
        files.get(file, info),
      ]);
      expect(a).toBe(b);
      expect(b).toBe(c);
      expect(a!.body('identity').toString()).toBe('build 2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is not the place for a file that is gone: the caller falls back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tessera-web-files-'));
    try {
      const file = path.join(dir, 'app.js');
      await writeFile(file, 'export {};');
      const info = await stat(file);
      await rm(file);
      const files = new WebFiles();
      expect(await files.get(file, info)).toBeNull();
      await writeFile(file, 'export const again = 1;');
      expect((await files.get(file, await stat(file)))!.body('identity').toString()).toBe(
        'export const again = 1;',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
