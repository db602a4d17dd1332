import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { parseKeyRing, type KeyRing } from './key-ring.ts';

// Sealed values: `sb1.<keyId>.<base64url(iv ‖ ciphertext ‖ tag)>`, AES-256-GCM with a random
// 96-bit IV and a 128-bit tag. The optional context (say, the owning organization's id) is
// authenticated as associated data: a value copied to another row does not open there.

const PREFIX = 'sb1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^sb1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]+)$/;

/** A sealed value that cannot be opened: malformed, sealed with a key not in the ring, or altered. */
export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export interface SecretBox {
  /** Encrypts with the active (first) key. */
  seal(plaintext: string, context?: string): string;
  /** Decrypts with whichever key of the ring sealed it; throws SecretBoxError otherwise. */
  open(sealed: string, context?: string): string;
  /** Whether a stored value is sealed at all (false: plaintext from before sealing). */
  isSealed(value: string): boolean;
  /** Whether a sealed value was sealed with an older key (seal it again to rotate). */
  isStale(sealed: string): boolean;
}

export function createSecretBox(keyRing: KeyRing | string): SecretBox {
  const ring = typeof keyRing === 'string' ? parseKeyRing(keyRing) : keyRing;
  if (ring.length === 0) throw new Error('The key ring is empty');
  const active = ring[0]!;
  const byId = new Map(ring.map((k) => [k.id, k.key]));

  return {
    seal(plaintext, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}.${active.id}.${body.toString('base64url')}`;
    },

    open(sealed, context = '') {
      const match = typeof sealed === 'string' ? SEALED.exec(sealed) : null;
      if (!match) throw new SecretBoxError('Not a sealed value');
      const key = byId.get(match[1]!);
      if (!key) throw new SecretBoxError(`Sealed with key "${match[1]}", which is not in the key ring`);
      const body = Buffer.from(match[2]!, 'base64url');
      if (body.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('Not a sealed value');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        throw new SecretBoxError('The sealed value was altered or sealed for another context');
      }
    },

    isSealed(value) {
      return typeof value === 'string' && SEALED.test(value);
    },

    isStale(sealed) {
      const match = SEALED.exec(sealed);
      return !match || match[1] !== active.id;
    },
  };
}
