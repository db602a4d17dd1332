import { describe, expect, it } from 'vitest';
import { compressionOf, createTextNormaliser } from './encoding.ts';

/** Feeds `bytes` in chunks of `size` and returns the UTF-8 text and the detected encoding. */
function normalise(bytes: Buffer, size: number): { text: string; encoding: string } {
  const normaliser = createTextNormaliser();
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(normaliser.push(bytes.subarray(i, i + size)));
  parts.push(normaliser.end());
  return { text: Buffer.concat(parts).toString('utf8'), encoding: normaliser.encoding() };
}

describe('text normalisation of uploads', () => {
  it('passes UTF-8 through untouched, even when a character is split across chunks', () => {
    const text = 'name,city\nJosé,Zürich\n東京,€\n';
    for (const size of [1, 2, 3, 5, 64])
      expect(normalise(Buffer.from(text, 'utf8'), size)).toEqual({ text, encoding: 'utf-8' });
  });

  it('transcodes Windows-1252 (Latin-1 plus € and curly quotes) to UTF-8', () => {
    const bytes = Buffer.from([
      ...Buffer.from('name;price\nJos'),
      0xe9,
      ...Buffer.from(';5'),
      0x80,
      0x0a,
      0x93,
      0x78,
      0x94,
      0x0a,
    ]);
    for (const size of [1, 4, 100])
      expect(normalise(bytes, size)).toEqual({
        text: 'name;price\nJosé;5€\n“x”\n',
        encoding: 'windows-1252',
      });
  });

  it('a body that ends inside a UTF-8 sequence is not UTF-8', () => {
    expect(normalise(Buffer.from([0x61, 0xc3]), 1)).toEqual({ text: 'aÃ', encoding: 'windows-1252' });
  });

  it('recognises gzip and zstd bodies, which are stored as they are', () => {
    expect(compressionOf(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(compressionOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))).toBe('zstd');
    expect(compressionOf(Buffer.from('id,name\n'))).toBeNull();
  });
});
