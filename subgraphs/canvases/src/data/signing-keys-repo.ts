import { randomBytes } from 'node:crypto';
import { toBytes, type Models, type SigningKeyDoc } from './models.ts';

/** Per-organization HS256 keys for share tokens: 32 random bytes, created on first use. */
export function createSigningKeysRepo({ signingKeys }: Models) {
  const cache = new Map<string, Uint8Array>();

  async function read(organizationId: string): Promise<Uint8Array | null> {
    const doc = await signingKeys.findById(organizationId).lean<SigningKeyDoc>();
    return doc ? toBytes(doc.key) : null;
  }

  return {
    /** The organization's key, or null when it never signed anything (so nothing can verify). */
    async find(organizationId: string): Promise<Uint8Array | null> {
      const cached = cache.get(organizationId);
      if (cached) return cached;
      const key = await read(organizationId);
      if (key) cache.set(organizationId, key);
      return key;
    },

    async findOrCreate(organizationId: string, now: Date): Promise<Uint8Array> {
      const existing = await this.find(organizationId);
      if (existing) return existing;
      try {
        await signingKeys.create({ _id: organizationId, key: randomBytes(32), createdAt: now });
      } catch (error) {
        // Two first uses at once: the other insert won; both then read the same key.
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const key = await read(organizationId);
      if (!key) throw new Error('signing key vanished after insert');
      cache.set(organizationId, key);
      return key;
    },
  };
}

export type SigningKeysRepo = ReturnType<typeof createSigningKeysRepo>;
