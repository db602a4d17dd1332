import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '@tessera/errors';

/**
 * Connection secrets at rest: AES-256-GCM with a random 96-bit IV, the key version stored with
 * each ciphertext, and "<organization>:<source>" as associated data, so a ciphertext copied onto
 * another source or tenant fails to decrypt. Stored form: "<version>.<iv>.<tag>.<ciphertext>".
 */
export interface KeyRing {
  currentVersion: string;
  keys: Map<string, Buffer>;
}

export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let currentVersion = '';
  for (const part of spec.split(',')) {
    const [version, encoded] = part.split(':') as [string, string];
    const key = Buffer.from(encoded.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
    if (key.length !== 32) throw new Error(`secret key ${version} must be 32 bytes`);
    keys.set(version, key);
    currentVersion = version;
  }
  return { currentVersion, keys };
}

export function generateKeySpec(version = 'v1'): string {
  return `${version}:${randomBytes(32).toString('base64')}`;
}

const aad = (organizationId: string, sourceId: string) => Buffer.from(`${organizationId}:${sourceId}`);

export function encryptSecret(
  ring: KeyRing,
  plaintext: string,
  organizationId: string,
  sourceId: string,
): string {
  const key = ring.keys.get(ring.currentVersion)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(organizationId, sourceId));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    ring.currentVersion,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

export function decryptSecret(
  ring: KeyRing,
  stored: string,
  organizationId: string,
  sourceId: string,
): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  const key = version ? ring.keys.get(version) : undefined;
  if (!key || !iv || !tag || ciphertext === undefined)
    throw new AppError('INTERNAL_SERVER_ERROR', 'Connection secret cannot be decrypted');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(aad(organizationId, sourceId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch (cause) {
    throw new AppError('INTERNAL_SERVER_ERROR', 'Connection secret cannot be decrypted', { cause });
  }
}

export function keyVersionOf(stored: string): string {
  return stored.split('.')[0] ?? '';
}
