import { withTenant, type Pool } from '@tessera/db';
import type { SemanticModelRow } from './types.ts';

const COLUMNS = `data_source_id AS "dataSourceId", organization_id AS "organizationId", inferred, edits, fingerprint, version,
  inferred_at AS "inferredAt", updated_at AS "updatedAt"`;

/** Semantic models, one per data source, behind row-level security on organization_id. */
export function createModelsRepo(pool: Pool) {
  return {
    find(organizationId: string, dataSourceId: string): Promise<SemanticModelRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SemanticModelRow>(
          `SELECT ${COLUMNS} FROM queries.semantic_models WHERE data_source_id = $1`,
          [dataSourceId],
        );
        return rows[0] ?? null;
      });
    },
    /** Stores a fresh inference (edits are kept) and bumps the version. */
    saveInference(
      organizationId: string,
      dataSourceId: string,
      inferred: unknown,
      fingerprint: string,
    ): Promise<SemanticModelRow> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SemanticModelRow>(
          `INSERT INTO queries.semantic_models (data_source_id, organization_id, inferred, fingerprint)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (data_source_id) DO UPDATE SET inferred = EXCLUDED.inferred, fingerprint = EXCLUDED.fingerprint,
             version = semantic_models.version + 1, inferred_at = now(), updated_at = now()
           RETURNING ${COLUMNS}`,
          [dataSourceId, organizationId, JSON.stringify(inferred), fingerprint],
        );
        return rows[0]!;
      });
    },
    /**
     * Replaces the edits in one statement, only if the row is still at `expectedVersion` (the edits
     * were merged over that version's): null when another writer got there first.
     */
    saveEdits(
      organizationId: string,
      dataSourceId: string,
      edits: unknown,
      expectedVersion: number,
    ): Promise<SemanticModelRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SemanticModelRow>(
          `UPDATE queries.semantic_models SET edits = $2, version = version + 1, updated_at = now()
           WHERE data_source_id = $1 AND version = $3 RETURNING ${COLUMNS}`,
          [dataSourceId, JSON.stringify(edits), expectedVersion],
        );
        return rows[0] ?? null;
      });
    },
  };
}

export type ModelsRepo = ReturnType<typeof createModelsRepo>;
