import { describe, expect, it } from 'vitest';
import { accessFor, createDevAuthorize, parseProtocols, selectProtocol, tokenFromProtocols } from './auth.ts';

describe('subprotocol token [A1]', () => {
  it('reads the token after tessera.v1', () => {
    expect(tokenFromProtocols(parseProtocols('tessera.v1, eyJhbGciOi.x.y'))).toBe('eyJhbGciOi.x.y');
    expect(tokenFromProtocols(parseProtocols(['tessera.v1', 'tok']))).toBe('tok');
    expect(tokenFromProtocols(parseProtocols('tessera.v1'))).toBeNull();
    expect(tokenFromProtocols(parseProtocols('other, tok'))).toBeNull();
    expect(tokenFromProtocols(parseProtocols(undefined))).toBeNull();
  });

  it('selects tessera.v1, or whatever lets the handshake complete so the close code arrives [A3]', () => {
    expect(selectProtocol(new Set(['tessera.v1', 'tok']))).toBe('tessera.v1');
    expect(selectProtocol(new Set(['graphql-ws']))).toBe('graphql-ws');
    expect(selectProtocol(new Set())).toBe(false);
  });
});

describe('access [A4]', () => {
  it('EDITOR and above write, VIEWER and share links read', () => {
    expect(accessFor({ role: 'OWNER' })).toBe('read-write');
    expect(accessFor({ role: 'ADMIN' })).toBe('read-write');
    expect(accessFor({ role: 'EDITOR' })).toBe('read-write');
    expect(accessFor({ role: 'VIEWER' })).toBe('read-only');
    expect(accessFor({ shareLink: true })).toBe('read-only');
  });

  it('the development authorizer reads dev.rw.<user> and dev.ro.<user>', async () => {
    const authorize = createDevAuthorize();
    expect(await authorize({ token: 'dev.rw.alice', canvasId: 'c' })).toEqual({
      ok: true,
      user: { id: 'alice', name: 'alice' },
      access: 'read-write',
    });
    expect(await authorize({ token: 'dev.ro.bob', canvasId: 'c' })).toMatchObject({
      ok: true,
      access: 'read-only',
    });
    expect(await authorize({ token: 'nope', canvasId: 'c' })).toMatchObject({ ok: false, code: 4401 });
  });
});
