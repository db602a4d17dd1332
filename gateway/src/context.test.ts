import { createInternalTokenCodec, type Principal } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { describe, expect, it } from 'vitest';
import { createContextFactory, createIdentitySigner } from './context.ts';

const codec = createInternalTokenCodec('s'.repeat(40));
const user = (): Principal => ({ kind: 'user', userId: 'u1', sessionId: 's1', memberships: [] });

describe('signed identities', () => {
  it('signs a caller once per 10 s: per principal object and client IP', async () => {
    let clock = 1_000_000;
    const signed: unknown[] = [];
    const sign = createIdentitySigner(
      { ...codec, sign: (identity) => (signed.push(identity), codec.sign(identity)) },
      () => clock,
    );
    const principal = user();
    const first = await sign(principal, '10.0.0.1');
    expect(await sign(principal, '10.0.0.1')).toBe(first);
    expect(signed).toHaveLength(1);
    // Another authentication (a new principal object) or another IP: signed again.
    await sign(user(), '10.0.0.1');
    const otherIp = await sign(principal, '10.0.0.2');
    expect(signed).toHaveLength(3);
    expect(await codec.verify(otherIp)).toEqual({ ip: '10.0.0.2', principal });
    clock += 9_999;
    await sign(principal, '10.0.0.1');
    expect(signed).toHaveLength(3);
    clock += 1;
    await sign(principal, '10.0.0.1');
    expect(signed).toHaveLength(4);
  });

  it('gives each request its own request id, which the token does not carry', async () => {
    const contextFor = createContextFactory(codec, silentLogger);
    const principal = user();
    const a = await contextFor(principal, { ip: '10.0.0.1' });
    const b = await contextFor(principal, { ip: '10.0.0.1', requestId: 'given-1' });
    expect(b.identity.requestId).toBe('given-1');
    expect(a.identity.requestId).not.toBe(b.identity.requestId);
    expect(a.identityToken).toBe(b.identityToken);
    expect(await codec.verify(a.identityToken)).toEqual({ ip: '10.0.0.1', principal });
  });
});
