import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from './web-files.ts';

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
