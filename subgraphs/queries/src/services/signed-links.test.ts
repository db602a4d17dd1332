import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkSigner } from './signed-links.ts';

const SECRET = 'internal-secret-'.repeat(3);

describe('signed links (export downloads, uploads)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('round-trips the payload with its expiry', () => {
    vi.useFakeTimers({ now: new Date('2026-02-01T10:00:00.500Z') });
    const exports = createLinkSigner(SECRET, 'export');
    const { token, expiresAt } = exports.sign({ runId: 'r1', format: 'csv' }, 300);
    expect(expiresAt).toEqual(new Date('2026-02-01T10:05:00.500Z'));
    expect(exports.verify(token)).toEqual({
      runId: 'r1',
      format: 'csv',
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('stops working at its expiry', () => {
    vi.useFakeTimers({ now: new Date('2026-02-01T10:00:00Z') });
    const signer = createLinkSigner(SECRET, 'export');
    const { token } = signer.sign({ runId: 'r1' }, 60);
    vi.setSystemTime(new Date('2026-02-01T10:00:59.999Z'));
    expect(signer.verify(token)).toMatchObject({ runId: 'r1' });
    vi.setSystemTime(new Date('2026-02-01T10:01:00Z'));
    expect(signer.verify(token)).toBeNull();
  });

  it('an export link never passes as an upload link, nor under another secret', () => {
    const { token } = createLinkSigner(SECRET, 'export').sign({ runId: 'r1' }, 60);
    expect(createLinkSigner(SECRET, 'upload').verify(token)).toBeNull();
    expect(createLinkSigner(`${SECRET}x`, 'export').verify(token)).toBeNull();
    expect(createLinkSigner(SECRET, 'export').verify(token)).toMatchObject({ runId: 'r1' });
  });

  it('refuses altered payloads, signatures and malformed tokens', () => {
    const signer = createLinkSigner(SECRET, 'export');
    const { token } = signer.sign({ runId: 'r1', organizationId: 'o1' }, 60);
    const [body, signature] = token.split('.') as [string, string];
    const forgedBody = Buffer.from(Buffer.from(body, 'base64url').toString().replace('o1', 'o2')).toString(
      'base64url',
    );
    expect(signer.verify(`${forgedBody}.${signature}`)).toBeNull();
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect(signer.verify(`${body}.${flipped}`)).toBeNull();
    expect(signer.verify(`${body}.${signature}x`)).toBeNull();
    expect(signer.verify(`${body}.${signature.slice(0, -1)}`)).toBeNull();
    for (const malformed of ['', body, `${body}.`, `.${signature}`, 'a.b'])
      expect(signer.verify(malformed)).toBeNull();
  });
});
