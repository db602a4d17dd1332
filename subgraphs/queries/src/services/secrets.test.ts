import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, generateKeySpec, keyVersionOf, parseKeyRing } from './secrets.ts';

describe('connection secrets', () => {
  const ring = parseKeyRing(`${generateKeySpec('v1')},${generateKeySpec('v2')}`);

  it('encrypts with the newest key and decrypts', () => {
    const stored = encryptSecret(ring, 's3cret', 'org', 'src');
    expect(keyVersionOf(stored)).toBe('v2');
    expect(stored).not.toContain('s3cret');
    expect(decryptSecret(ring, stored, 'org', 'src')).toBe('s3cret');
  });

  it('binds the ciphertext to its tenant and source', () => {
    const stored = encryptSecret(ring, 's3cret', 'org', 'src');
    expect(() => decryptSecret(ring, stored, 'other-org', 'src')).toThrow();
    expect(() => decryptSecret(ring, stored, 'org', 'other-src')).toThrow();
  });

  it('still reads ciphertexts of older key versions', () => {
    const old = parseKeyRing(
      [...ring.keys]
        .slice(0, 1)
        .map(([v, k]) => `${v}:${k.toString('base64')}`)
        .join(','),
    );
    const stored = encryptSecret(old, 'legacy', 'org', 'src');
    expect(decryptSecret(ring, stored, 'org', 'src')).toBe('legacy');
  });
});
