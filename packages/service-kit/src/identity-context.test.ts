import { createInternalTokenCodec, type Principal } from '@tessera/auth';
import { describe, expect, it } from 'vitest';
import { identityFromHeaders } from './identity-context.ts';

const codec = createInternalTokenCodec('s'.repeat(40));
const principal: Principal = { kind: 'user', userId: 'u1', sessionId: 's1', memberships: [] };

describe('identityFromHeaders', () => {
  it('takes the request id beside a token that carries none, and the signed one over it', async () => {
    const caller = await codec.sign({ ip: '10.0.0.1', principal });
    expect(
      await identityFromHeaders({ 'x-tessera-identity': caller, 'x-request-id': 'req-1' }, codec),
    ).toEqual({ requestId: 'req-1', ip: '10.0.0.1', principal });
    const withId = await codec.sign({ requestId: 'signed-1', principal });
    expect(
      (await identityFromHeaders({ 'x-tessera-identity': withId, 'x-request-id': 'req-2' }, codec)).requestId,
    ).toBe('signed-1');
  });

  it('gives a request its own id when the one beside the token is missing or not an id', async () => {
    const caller = await codec.sign({ principal });
    const odd = await identityFromHeaders({ 'x-tessera-identity': caller, 'x-request-id': 'a b\n' }, codec);
    const none = await identityFromHeaders({ 'x-tessera-identity': caller }, codec);
    expect(odd.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.requestId).not.toBe(none.requestId);
  });

  it('refuses a request without a signed identity, or with a forged one', async () => {
    await expect(identityFromHeaders({ 'x-request-id': 'req-1' }, codec)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const other = await createInternalTokenCodec('t'.repeat(40)).sign({ principal });
    await expect(identityFromHeaders({ 'x-tessera-identity': other }, codec)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
