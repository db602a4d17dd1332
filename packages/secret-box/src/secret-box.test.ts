import { describe, expect, it } from 'vitest';
import { SecretBoxError, createSecretBox, deriveKeyRing, isKeyRing, parseKeyRing } from './index.ts';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const RING_V1 = `v1:${key(1)}`;
const RING_V2_V1 = `v2:${key(2)},v1:${key(1)}`;

describe('parseKeyRing', () => {
  it('reads keyId:base64 entries, the active key first', () => {
    const ring = parseKeyRing(` v2:${key(2)} , v1:${key(1)} `);
    expect(ring.map((k) => k.id)).toEqual(['v2', 'v1']);
    expect(ring[0]!.key.equals(Buffer.alloc(32, 2))).toBe(true);
  });

  it.each([
    ['', /empty/],
    [key(1), /no valid id/],
    [`bad id:${key(1)}`, /no valid id/],
    [`v1:${Buffer.alloc(16).toString('base64')}`, /32 bytes/],
    ['v1:not*base64', /32 bytes/],
    [`v1:${key(1)},v1:${key(2)}`, /twice/],
  ])('refuses %j', (value, message) => {
    expect(() => parseKeyRing(value)).toThrow(message);
    expect(isKeyRing(value)).toBe(false);
  });

  it('never echoes key material in its errors', () => {
    const short = Buffer.alloc(31, 9).toString('base64');
    expect(() => parseKeyRing(`v1:${short}`)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(short) }),
    );
  });
});

describe('createSecretBox', () => {
  it('seals with AES-256-GCM under the active key and opens it again', () => {
    const box = createSecretBox(RING_V1);
    const sealed = box.seal('embedding secret');
    expect(sealed).toMatch(/^sb1\.v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('embedding');
    expect(box.open(sealed)).toBe('embedding secret');
    expect(box.seal('embedding secret')).not.toBe(sealed); // random IV
  });

  it('the first key seals; older keys of the ring still open what they sealed', () => {
    const old = createSecretBox(RING_V1).seal('before rotation');
    const rotated = createSecretBox(RING_V2_V1);
    expect(rotated.open(old)).toBe('before rotation');
    expect(rotated.isStale(old)).toBe(true);
    const fresh = rotated.seal('after rotation');
    expect(fresh.startsWith('sb1.v2.')).toBe(true);
    expect(rotated.isStale(fresh)).toBe(false);
  });

  it('refuses a value sealed with a key no longer in the ring', () => {
    const sealed = createSecretBox(RING_V2_V1).seal('x');
    expect(() => createSecretBox(`v3:${key(3)},v1:${key(1)}`).open(sealed)).toThrow(SecretBoxError);
  });

  it('refuses a tampered value, a swapped key id and another context', () => {
    const box = createSecretBox(RING_V2_V1);
    const sealed = box.seal('secret', 'org-a');
    expect(box.open(sealed, 'org-a')).toBe('secret');
    expect(() => box.open(sealed, 'org-b')).toThrow(SecretBoxError);
    expect(() => box.open(sealed)).toThrow(SecretBoxError);
    const body = sealed.split('.')[2]!;
    const flipped = Buffer.from(body, 'base64url');
    flipped[14] = flipped[14]! ^ 1;
    expect(() => box.open(`sb1.v2.${flipped.toString('base64url')}`, 'org-a')).toThrow(SecretBoxError);
    expect(() => box.open(`sb1.v1.${body}`, 'org-a')).toThrow(SecretBoxError);
    expect(() => box.open('sb1.v2.AAAA', 'org-a')).toThrow(SecretBoxError);
    expect(() => box.open('plaintext')).toThrow(SecretBoxError);
  });

  it('tells sealed values from plaintext stored before sealing', () => {
    const box = createSecretBox(RING_V1);
    expect(box.isSealed(box.seal('x'))).toBe(true);
    expect(box.isSealed('kq3Yx0T2fQmZ7e8bXvJp1w2n3r4s5t6u7v8w9x0y1z2')).toBe(false);
  });

  it('keeps unicode intact', () => {
    const box = createSecretBox(RING_V1);
    expect(box.open(box.seal('clé – 秘密 🔑'))).toBe('clé – 秘密 🔑');
  });
});

describe('deriveKeyRing', () => {
  it('derives a stable one-key ring per seed and purpose', () => {
    const a = deriveKeyRing('seed', 'accounts');
    expect(deriveKeyRing('seed', 'accounts')).toBe(a);
    expect(deriveKeyRing('seed', 'webhooks')).not.toBe(a);
    expect(deriveKeyRing('other', 'accounts')).not.toBe(a);
    expect(parseKeyRing(a)[0]!.id).toBe('dev');
    const box = createSecretBox(a);
    expect(box.open(box.seal('ok'))).toBe('ok');
  });
});
