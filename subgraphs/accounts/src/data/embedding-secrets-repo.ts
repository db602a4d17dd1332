import { withTenant, type Pool } from '@tessera/db';
import type { SecretBox } from '@tessera/secret-box';

/**
 * The organization's signed-embed secret (one current secret; writing replaces it), sealed at rest
 * with the accounts key ring (`ACCOUNTS_SECRETS_KEYS`) and the organization id as context. Rows
 * stored before sealing (plaintext) still read, and are sealed on the first read or by
 * `sealStoredSecrets` at start.
 */
export function createEmbeddingSecretsRepo(pool: Pool, box: SecretBox) {
  return {
    put(organizationId: string, secret: string, createdBy: string): Promise<void> {
      const sealed = box.seal(secret, organizationId);
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          `INSERT INTO accounts.embedding_secrets (organization_id, secret, created_by) VALUES ($1, $2, $3)
           ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret, created_by = EXCLUDED.created_by, created_at = now()`,
          [organizationId, sealed, createdBy],
        );
      });
    },
    current(organizationId: string): Promise<{ secret: string; createdAt: Date } | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<{ secret: string; createdAt: Date }>(
          'SELECT secret, created_at AS "createdAt" FROM accounts.embedding_secrets WHERE organization_id = $1',
          [organizationId],
        );
        const row = rows[0];
        if (!row) return null;
        if (box.isSealed(row.secret))
          return { secret: box.open(row.secret, organizationId), createdAt: row.createdAt };
        await client.query(
          'UPDATE accounts.embedding_secrets SET secret = $2 WHERE organization_id = $1 AND secret = $3',
          [organizationId, box.seal(row.secret, organizationId), row.secret],
        );
        return row;
      });
    },
  };
}

/**
 * Seals every embedding secret still stored in plaintext, and re-seals those sealed with an older
 * key of the ring. Needs the owner connection (it lists every organization); each row is changed
 * under its own tenant. Returns how many rows changed.
 */
export async function sealStoredSecrets(owner: Pool, box: SecretBox): Promise<number> {
  const { rows: organizations } = await owner.query<{ id: string }>('SELECT id FROM accounts.organizations');
  let changed = 0;
  for (const { id } of organizations) {
    changed += await withTenant(owner, { tenantId: id }, async (client) => {
      const { rows } = await client.query<{ secret: string }>(
        'SELECT secret FROM accounts.embedding_secrets WHERE organization_id = $1 FOR UPDATE',
        [id],
      );
      const stored = rows[0]?.secret;
      if (stored === undefined) return 0;
      const sealed = !box.isSealed(stored)
        ? box.seal(stored, id)
        : box.isStale(stored)
          ? box.seal(box.open(stored, id), id)
          : null;
      if (sealed === null) return 0;
      await client.query('UPDATE accounts.embedding_secrets SET secret = $2 WHERE organization_id = $1', [
        id,
        sealed,
      ]);
      return 1;
    });
  }
  return changed;
}

export type EmbeddingSecretsRepo = ReturnType<typeof createEmbeddingSecretsRepo>;
