import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, parseApiKey } from './api-key-format.ts';

describe('API key format', () => {
  it('generates keys with prefix, lookup id, >=128 random bits and a checksum', () => {
    const { key, lookupId, hash } = generateApiKey();
    expect(key).toMatch(/^tsr_[0-9A-Za-z]{12}_[0-9A-Za-z]{38}$/);
    expect(parseApiKey(key)).toEqual({ lookupId });
    expect(hash.equals(hashApiKey(key))).toBe(true);
  });

  it('refuses a key with one character changed (checksum)', () => {
    const { key } = generateApiKey();
    const index = 20;
    const changed = key.slice(0, index) + (key[index] === 'a' ? 'b' : 'a') + key.slice(index + 1);
    expect(parseApiKey(changed)).toBeNull();
  });

  it('never repeats', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });
});
