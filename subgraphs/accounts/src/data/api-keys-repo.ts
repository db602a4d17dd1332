import { withTenant, type Pool } from '@tessera/db';
import type { ApiScope } from '@tessera/auth';
import type { ApiKeyRow } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", name, lookup_id AS "lookupId", scopes, created_by AS "createdBy",
  created_at AS "createdAt", revoked_at AS "revokedAt"`;

export interface ApiKeyForAuthentication {
  id: string;
  organizationId: string;
  keyHash: Buffer;
  scopes: ApiScope[];
  createdBy: string;
  revokedAt: Date | null;
}

export function createApiKeysRepo(pool: Pool) {
  return {
    insert(key: {
      id: string;
      organizationId: string;
      name: string;
      lookupId: string;
      keyHash: Buffer;
      scopes: ApiScope[];
      createdBy: string;
    }): Promise<ApiKeyRow> {
      return withTenant(pool, { tenantId: key.organizationId }, async (client) => {
        const { rows } = await client.query<ApiKeyRow>(
          `INSERT INTO accounts.api_keys (id, organization_id, name, lookup_id, key_hash, scopes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
          [key.id, key.organizationId, key.name, key.lookupId, key.keyHash, key.scopes, key.createdBy],
        );
        return rows[0]!;
      });
    },
    list(organizationId: string): Promise<ApiKeyRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<ApiKeyRow>(
          `SELECT ${COLUMNS} FROM accounts.api_keys WHERE organization_id = $1 ORDER BY created_at`,
          [organizationId],
        );
        return rows;
      });
    },
    revoke(id: string, organizationId: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          'UPDATE accounts.api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1',
          [id],
        );
        return (rowCount ?? 0) > 0;
      });
    },
    /** Which of the given organizations owns the key, if any (RLS hides the others' keys). */
    async findOrganizationOfKey(id: string, organizationIds: readonly string[]): Promise<string | null> {
      for (const organizationId of organizationIds) {
        const found = await withTenant(pool, { tenantId: organizationId }, async (client) => {
          const { rowCount } = await client.query('SELECT 1 FROM accounts.api_keys WHERE id = $1', [id]);
          return (rowCount ?? 0) > 0;
        });
        if (found) return organizationId;
      }
      return null;
    },
    async forAuthentication(lookupId: string): Promise<ApiKeyForAuthentication | null> {
      const { rows } = await pool.query<ApiKeyForAuthentication>(
        `SELECT id, organization_id AS "organizationId", key_hash AS "keyHash", scopes, created_by AS "createdBy", revoked_at AS "revokedAt"
         FROM accounts.api_key_for_authentication($1)`,
        [lookupId],
      );
      return rows[0] ?? null;
    },
  };
}

export type ApiKeysRepo = ReturnType<typeof createApiKeysRepo>;
