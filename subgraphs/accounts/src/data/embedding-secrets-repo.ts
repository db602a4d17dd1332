import { withTenant, type Pool } from '@tessera/db';

/** The organization's signed-embed secret (one current secret; writing replaces it). */
export function createEmbeddingSecretsRepo(pool: Pool) {
  return {
    put(organizationId: string, secret: string, createdBy: string): Promise<void> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          `INSERT INTO accounts.embedding_secrets (organization_id, secret, created_by) VALUES ($1, $2, $3)
           ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret, created_by = EXCLUDED.created_by, created_at = now()`,
          [organizationId, secret, createdBy],
        );
      });
    },
    current(organizationId: string): Promise<{ secret: string; createdAt: Date } | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<{ secret: string; createdAt: Date }>(
          'SELECT secret, created_at AS "createdAt" FROM accounts.embedding_secrets WHERE organization_id = $1',
          [organizationId],
        );
        return rows[0] ?? null;
      });
    },
  };
}

export type EmbeddingSecretsRepo = ReturnType<typeof createEmbeddingSecretsRepo>;
