import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Partner API keys look like `tsr_<lookup>_<secret><check>`:
 * - `tsr_` makes them recognisable (and findable by secret scanners);
 * - lookup: 12 base62 characters identifying the row, shown in lists as the key's prefix;
 * - secret: 32 base62 characters (~190 random bits);
 * - check: 6 base62 characters of a SHA-256 checksum, so typos are refused without a lookup.
 * Only SHA-256 of the whole key is stored: keys are high-entropy, so a slow hash adds nothing.
 */
export const API_KEY_PREFIX = 'tsr_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PATTERN = /^tsr_([0-9A-Za-z]{12})_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;

function base62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

function checksum(body: string): string {
  const digest = createHash('sha256').update(body).digest();
  let value = digest.readUIntBE(0, 6);
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[value % 62];
    value = Math.floor(value / 62);
  }
  return out;
}

export function generateApiKey(): { key: string; lookupId: string; hash: Buffer } {
  const lookupId = base62(12);
  const body = `${API_KEY_PREFIX}${lookupId}_${base62(32)}`;
  const key = body + checksum(body);
  return { key, lookupId, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** Returns the lookup id of a well-formed key whose checksum matches, or null. */
export function parseApiKey(key: string): { lookupId: string } | null {
  const match = PATTERN.exec(key);
  if (!match) return null;
  const body = key.slice(0, -6);
  if (checksum(body) !== match[3]) return null;
  return { lookupId: match[1]! };
}

export function hashesEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function displayPrefix(lookupId: string): string {
  return `${API_KEY_PREFIX}${lookupId}`;
}
