import { randomBytes } from 'node:crypto';

// Short link codes: 12 base62 characters from a CSPRNG (≈71 bits), so a code cannot be guessed
// or enumerated; uniqueness is the share_links index's job (a collision is retried).

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const SHORT_CODE_LENGTH = 12;
export const SHORT_CODE = /^[0-9A-Za-z]{10,32}$/;

/** A random base62 code; rejection sampling keeps every character uniform. */
export function newShortCode(length = SHORT_CODE_LENGTH): string {
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: bytes above it would favour the first characters.
      if (byte < 248 && code.length < length) code += ALPHABET[byte % 62];
    }
  }
  return code;
}

/** Whether a mongo error is a duplicate key on the short code (retry with another code). */
export function isDuplicateShortCode(error: unknown): boolean {
  const e = error as { code?: number; message?: string } | null;
  return e?.code === 11000 && /shortCode/.test(e.message ?? '');
}
