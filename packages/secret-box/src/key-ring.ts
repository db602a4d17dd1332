import { hkdfSync } from 'node:crypto';

/** One AES-256 key and the id sealed values name it by. */
export interface SecretKey {
  id: string;
  key: Buffer;
}

/** Keys in order of preference: the first seals, every one opens what it sealed. */
export type KeyRing = readonly SecretKey[];

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;
export const KEY_RING_FORMAT = '"<keyId>:<base64 of 32 bytes>[,<keyId>:<base64>...]" (first seals)';

/**
 * Parses `keyId:base64key` entries separated by commas, the active key first. Throws (without
 * echoing any key material) on an empty ring, a bad id, a key that is not 32 bytes or a repeated id.
 */
export function parseKeyRing(value: string): KeyRing {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) throw new Error(`The key ring is empty: expected ${KEY_RING_FORMAT}`);
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id))
      throw new Error(`Key ${index + 1} of the key ring has no valid id: ${KEY_RING_FORMAT}`);
    if (seen.has(id)) throw new Error(`The key ring names key "${id}" twice`);
    seen.add(id);
    const encoded = entry.slice(colon + 1);
    const key = Buffer.from(encoded, 'base64');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) || key.length !== KEY_BYTES)
      throw new Error(`Key "${id}" of the key ring is not base64 of ${KEY_BYTES} bytes`);
    return { id, key };
  });
}

/** Whether a string parses as a key ring (for config validation). */
export function isKeyRing(value: string): boolean {
  try {
    parseKeyRing(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A development key ring derived (HKDF-SHA256) from another secret, so a development platform
 * needs no extra configuration. Never for production: whoever has the seed has the key.
 */
export function deriveKeyRing(seed: string, purpose: string, id = 'dev'): string {
  const key = Buffer.from(hkdfSync('sha256', seed, 'tessera-secret-box', purpose, KEY_BYTES));
  return `${id}:${key.toString('base64')}`;
}
