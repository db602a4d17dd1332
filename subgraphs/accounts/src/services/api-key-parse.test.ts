import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { API_KEY_PREFIX, displayPrefix, generateApiKey, hashApiKey, hashesEqual, looksLikeApiKey, parseApiKey } from './api-key-format.ts';

describe('API key parsing', () => {
  it('returns the lookup id of a generated key, and shows only the prefix', () => {
    for (let i = 0; i < 50; i += 1) {
      const { key, lookupId } = generateApiKey();
      expect(parseApiKey(key)).toEqual({ lookupId });
      expect(key.startsWith(displayPrefix(lookupId))).toBe(true);
      expect(displayPrefix(lookupId)).toBe(`tsr_${lookupId}`);
    }
  });

  it('uses all of base62 for lookup ids and secrets', () => {
    const seen = new Set(Array.from({ length: 200 }, () => generateApiKey().key.slice(4)).join('').replace(/_/g, ''));
    expect(seen.size).toBe(62);
  });

  it('refuses keys of the wrong shape, prefix or checksum', () => {
    const { key } = generateApiKey();
    expect(parseApiKey(`${key}x`)).toBeNull();
    expect(parseApiKey(key.slice(0, -1))).toBeNull();
    expect(parseApiKey(`x${key}`)).toBeNull();
    expect(parseApiKey(key.replace('tsr_', 'tsk_'))).toBeNull();
    expect(parseApiKey(`${key.slice(0, 17)}-${key.slice(18)}`)).toBeNull();
    // Any other checksum is refused (one change of the last character).
    const last = key.at(-1) === '0' ? '1' : '0';
    expect(parseApiKey(key.slice(0, -1) + last)).toBeNull();
    expect(parseApiKey(key.slice(0, -6) + key.slice(-6).split('').reverse().join(''))).toSatisfy((r) => r === null || key.slice(-6) === key.slice(-6).split('').reverse().join(''));
  });

  it('recognises API keys by prefix, and stores only their SHA-256', () => {
    expect(API_KEY_PREFIX).toBe('tsr_');
    expect(looksLikeApiKey('tsr_anything')).toBe(true);
    expect(looksLikeApiKey('eyJhbGciOi')).toBe(false);
    const { key, hash } = generateApiKey();
    expect(hash).toEqual(createHash('sha256').update(key).digest());
    expect(hashApiKey(key)).toEqual(hash);
  });

  it('compares hashes in full', () => {
    const a = hashApiKey('a');
    expect(hashesEqual(a, hashApiKey('a'))).toBe(true);
    expect(hashesEqual(a, hashApiKey('b'))).toBe(false);
    expect(hashesEqual(a, a.subarray(0, 16))).toBe(false);
  });
});
