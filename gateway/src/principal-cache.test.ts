import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity, type Principal } from '@tessera/auth';
import type { Authenticator } from './authenticate.ts';
import { cachePrincipals } from './principal-cache.ts';

const identity: Identity = {
  requestId: 'r1',
  ip: '10.0.0.1',
  principal: {
    kind: 'user',
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organizationId: 'o1', role: 'EDITOR' }],
  },
};

describe('principal cache', () => {
  const user: Principal = identity.principal;
  function counting(answer: (token: string | undefined) => Principal): Authenticator & { calls: number } {
    const inner = {
      calls: 0,
      async fromHeader(header: string | undefined) {
        inner.calls++;
        if (header === 'Bearer bad') throw new Error('invalid');
        return answer(header);
      },
      fromRequest(req: IncomingMessage) {
        return inner.fromHeader(req.headers.authorization);
      },
    };
    return inner;
  }
  const request = (authorization?: string) =>
    ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

  it('reuses a principal for the TTL, shares concurrent first calls, never caches failures or anonymous', async () => {
    let clock = 0;
    const inner = counting((h) => (h ? user : ANONYMOUS));
    const cached = cachePrincipals(inner, { ttlMs: 1000, now: () => clock });
    await Promise.all([cached.fromRequest(request('Bearer a')), cached.fromRequest(request('Bearer a'))]);
    expect(inner.calls).toBe(1);
    expect(await cached.fromRequest(request('Bearer a'))).toEqual(user);
    expect(inner.calls).toBe(1);
    clock = 1000;
    await cached.fromRequest(request('Bearer a'));
    expect(inner.calls).toBe(2);
    await cached.fromRequest(request());
    await cached.fromRequest(request());
    expect(inner.calls).toBe(4);
    await expect(cached.fromRequest(request('Bearer bad'))).rejects.toThrow('invalid');
    await expect(cached.fromRequest(request('Bearer bad'))).rejects.toThrow('invalid');
    expect(inner.calls).toBe(6);
  });

  it('drops the oldest entries beyond maxEntries', async () => {
    const inner = counting(() => user);
    const cached = cachePrincipals(inner, { maxEntries: 2 });
    for (const token of ['a', 'b', 'c', 'a']) await cached.fromHeader(`Bearer ${token}`);
    expect(inner.calls).toBe(4);
  });
});

describe('principal cache invalidation', () => {
  const user: Principal = { kind: 'user', userId: 'u', sessionId: 's', memberships: [] };

  it('invalidate() forgets every principal', async () => {
    let calls = 0;
    const cached = cachePrincipals({
      fromHeader: async () => (calls++, user),
      fromRequest: async () => (calls++, user),
    });
    await cached.fromHeader('Bearer a');
    await cached.fromHeader('Bearer b');
    expect(cached.size).toBe(2);
    cached.invalidate();
    expect(cached.size).toBe(0);
    await cached.fromHeader('Bearer a');
    expect(calls).toBe(3);
  });

  it('does not store an answer that was in flight when a revocation arrived, nor share it with later callers', async () => {
    const answers: ((p: Principal) => void)[] = [];
    let calls = 0;
    const slow = () => new Promise<Principal>((resolve) => (calls++, answers.push(resolve)));
    const cached = cachePrincipals({ fromHeader: slow, fromRequest: slow });
    const before = cached.fromHeader('Bearer a');
    cached.invalidate();
    const after = cached.fromHeader('Bearer a');
    expect(calls).toBe(2);
    answers[0]!(user);
    answers[1]!(user);
    await Promise.all([before, after]);
    expect(cached.size).toBe(1);
    cached.invalidate();
    answers.length = 0;
    const third = cached.fromHeader('Bearer a');
    expect(calls).toBe(3);
    answers[0]!(user);
    await third;
  });

  it('never keeps a JWT principal past the token’s exp', async () => {
    let clock = 1_000_000;
    let calls = 0;
    const cached = cachePrincipals(
      { fromHeader: async () => (calls++, user), fromRequest: async () => (calls++, user) },
      { ttlMs: 5_000, now: () => clock },
    );
    const exp = Math.floor(clock / 1000) + 2; // expires in 2 s, before the 5 s TTL
    const jwt = `e30.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.sig`;
    await cached.fromHeader(`Bearer ${jwt}`);
    clock += 1_500;
    await cached.fromHeader(`Bearer ${jwt}`);
    expect(calls).toBe(1);
    clock += 1_000; // past exp, inside the TTL
    await cached.fromHeader(`Bearer ${jwt}`);
    expect(calls).toBe(2);
  });
});
