import { describe, expect, it } from 'vitest';
import { accessFor, createDevAuthorize, parseProtocols, selectProtocol, tokenFromProtocols } from './auth.ts';

describe('subprotocol parsing [A1]', () => {
  it('splits offered subprotocols on commas, trimming blanks, from a header or a list', () => {
    expect(parseProtocols(' tessera.v1 ,  tok ,, ')).toEqual(['tessera.v1', 'tok']);
    expect(parseProtocols(['tessera.v1, a', 'b'])).toEqual(['tessera.v1', 'a', 'b']);
    expect(parseProtocols('')).toEqual([]);
    expect(parseProtocols(undefined)).toEqual([]);
  });

  it('reads only the entry right after tessera.v1, never tessera.v1 itself', () => {
    expect(tokenFromProtocols(['x', 'tessera.v1', 'tok', 'other'])).toBe('tok');
    expect(tokenFromProtocols(['tok', 'tessera.v1'])).toBeNull();
    expect(tokenFromProtocols(['tessera.v1', 'tessera.v1'])).toBeNull();
    expect(tokenFromProtocols(['tessera.v1', ''])).toBeNull();
  });

  it('answers the first offered protocol when tessera.v1 is absent', () => {
    expect(selectProtocol(new Set(['a', 'b']))).toBe('a');
    expect(selectProtocol(new Set(['a', 'tessera.v1']))).toBe('tessera.v1');
  });
});

describe('access [A4]', () => {
  it('a share link is read-only whatever else it claims', () => {
    expect(accessFor({ shareLink: true, role: 'OWNER' } as never)).toBe('read-only');
  });
});

describe('development authorizer', () => {
  const authorize = createDevAuthorize();

  it('accepts only the exact dev.rw/dev.ro form with a short word id', async () => {
    expect(await authorize({ token: 'dev.ro.a-b_1', canvasId: 'c' })).toEqual({
      ok: true,
      user: { id: 'a-b_1', name: 'a-b_1' },
      access: 'read-only',
    });
    expect(await authorize({ token: `dev.rw.${'u'.repeat(64)}`, canvasId: 'c' })).toMatchObject({
      ok: true,
      access: 'read-write',
    });
    for (const token of [
      `dev.rw.${'u'.repeat(65)}`,
      'dev.rw.',
      'xdev.rw.alice',
      'dev.rw.alice x',
      'dev.rx.alice',
      'dev.rw.al.ice',
      'dev.RW.alice',
    ]) {
      expect(await authorize({ token, canvasId: 'c' })).toEqual({
        ok: false,
        code: 4401,
        reason: 'Invalid token',
      });
    }
  });
});
