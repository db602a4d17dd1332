import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from './identity.ts';
import { createInternalTokenCodec } from './internal-token.ts';

const SECRET = 's'.repeat(40);
const identity: Identity = {
  requestId: 'r1',
  principal: { kind: 'apiKey', apiKeyId: 'k', organizationId: 'o1', scopes: ['READ'], createdBy: 'u1' },
};
const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token signed with the right secret, with any header and claims. */
function forge(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256' }): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);
const valid = () => ({
  idn: identity,
  iss: 'tessera-gateway',
  aud: 'tessera-subgraph',
  iat: now(),
  exp: now() + 60,
});

describe('internal identity token claims', () => {
  const codec = createInternalTokenCodec(SECRET);
  const refused = { code: 'UNAUTHENTICATED', message: 'Invalid internal identity' };

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lives exactly 60 seconds', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const token = await codec.sign(identity);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg: 'HS256' });
    vi.setSystemTime(new Date('2026-01-01T00:00:59Z'));
    expect(await codec.verify(token)).toEqual(identity);
    vi.setSystemTime(new Date('2026-01-01T00:01:00Z'));
    await expect(codec.verify(token)).rejects.toMatchObject(refused);
  });

  it('accepts an audience list that includes the subgraph audience', async () => {
    expect(await codec.verify(forge({ ...valid(), aud: ['other', 'tessera-subgraph'] }))).toEqual(identity);
    await expect(codec.verify(forge({ ...valid(), aud: ['other'] }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), aud: undefined }))).rejects.toMatchObject(refused);
  });

  it('refuses a token without a numeric exp, and one not yet valid', async () => {
    await expect(codec.verify(forge({ ...valid(), exp: undefined }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), exp: String(now() + 60) }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), nbf: now() + 30 }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), nbf: 'soon' }))).rejects.toMatchObject(refused);
    expect(await codec.verify(forge({ ...valid(), nbf: now() }))).toEqual(identity);
  });

  it('refuses a token without an identity claim or with one lacking a principal', async () => {
    await expect(codec.verify(forge({ ...valid(), idn: undefined }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), idn: 'user' }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge({ ...valid(), idn: { requestId: 'r1' } }))).rejects.toMatchObject(
      refused,
    );
  });

  it('refuses other algorithms, critical headers, and signatures of another length', async () => {
    await expect(codec.verify(forge(valid(), { alg: 'HS512' }))).rejects.toMatchObject(refused);
    await expect(codec.verify(forge(valid(), { alg: 'HS256', crit: ['exp'] }))).rejects.toMatchObject(
      refused,
    );
    const token = forge(valid());
    await expect(codec.verify(`${token}AAAA`)).rejects.toMatchObject(refused);
    await expect(codec.verify(`${token}.x`)).rejects.toMatchObject(refused);
    await expect(codec.verify(token.slice(0, token.lastIndexOf('.')))).rejects.toMatchObject(refused);
    await expect(codec.verify(`${b64('not json')}.${b64(valid())}.x`)).rejects.toMatchObject(refused);
  });
});
