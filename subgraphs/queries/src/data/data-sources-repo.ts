import { withTenant, type Pool } from '@tessera/db';
import type { TableInfo } from '../engines/types.ts';
import type { DataSourceKind, DataSourceRow, GlossaryEntry } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", project_id AS "projectId", name, kind, settings,
  secret_ciphertext AS "secretCiphertext", glossary, schema_cache AS "schemaCache", schema_cached_at AS "schemaCachedAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

export function createDataSourcesRepo(pool: Pool) {
  return {
    async ownerOf(kind: 'data_source' | 'query_run' | 'saved_query', id: string): Promise<string | null> {
      const { rows } = await pool.query<{ owner: string | null }>(
        'SELECT queries.owner_of($1, $2) AS owner',
        [kind, id],
      );
      return rows[0]?.owner ?? null;
    },
    insert(source: {
      id: string;
      organizationId: string;
      projectId: string;
      name: string;
      kind: DataSourceKind;
      settings: Record<string, unknown>;
      secretCiphertext: string | null;
      glossary: GlossaryEntry[];
      createdBy: string | null;
    }): Promise<DataSourceRow | null> {
      return withTenant(pool, { tenantId: source.organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `INSERT INTO queries.data_sources (id, organization_id, project_id, name, kind, settings, secret_ciphertext, glossary, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
          [
            source.id,
            source.organizationId,
            source.projectId,
            source.name,
            source.kind,
            source.settings,
            source.secretCiphertext,
            JSON.stringify(source.glossary),
            source.createdBy,
          ],
        );
        return rows[0] ?? null;
      });
    },
    find(organizationId: string, id: string): Promise<DataSourceRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `SELECT ${COLUMNS} FROM queries.data_sources WHERE id = $1 AND deleted_at IS NULL`,
          [id],
        );
        return rows[0] ?? null;
      });
    },
    listForProject(organizationId: string, projectId: string): Promise<DataSourceRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `SELECT ${COLUMNS} FROM queries.data_sources WHERE project_id = $1 AND deleted_at IS NULL ORDER BY kind <> 'DEMO', created_at`,
          [projectId],
        );
        return rows;
      });
    },
    update(
      organizationId: string,
      id: string,
      patch: {
        name?: string;
        settings?: Record<string, unknown>;
        secretCiphertext?: string | null;
        glossary?: GlossaryEntry[];
      },
    ): Promise<DataSourceRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `UPDATE queries.data_sources SET
             name = coalesce($3, name),
             settings = coalesce($4, settings),
             secret_ciphertext = CASE WHEN $5::boolean THEN $6 ELSE secret_ciphertext END,
             glossary = coalesce($7, glossary),
             schema_cache = CASE WHEN $4::jsonb IS NULL THEN schema_cache END,
             updated_at = now()
           WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
          [
            id,
            organizationId,
            patch.name ?? null,
            patch.settings ?? null,
            patch.secretCiphertext !== undefined,
            patch.secretCiphertext ?? null,
            patch.glossary ? JSON.stringify(patch.glossary) : null,
          ],
        );
        return rows[0] ?? null;
      });
    },
    /**
     * Single-use upload links: several may be outstanding for one source (each file its own link);
     * the source holds their nonces (`settings.uploadNonce`, a list; a single string before
     * multi-file sources), at most `keep`, the oldest dropped first.
     */
    addUploadNonce(
      organizationId: string,
      id: string,
      nonce: string,
      keep: number,
    ): Promise<DataSourceRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `UPDATE queries.data_sources SET settings = jsonb_set(settings, '{uploadNonce}', (
             SELECT coalesce(jsonb_agg(n ORDER BY o), '[]') FROM (
               SELECT n, o FROM jsonb_array_elements(CASE jsonb_typeof(settings->'uploadNonce')
                 WHEN 'array' THEN settings->'uploadNonce' WHEN 'string' THEN jsonb_build_array(settings->'uploadNonce') ELSE '[]' END
                 || jsonb_build_array($2::text)) WITH ORDINALITY AS e(n, o)
               ORDER BY o DESC LIMIT $3) kept))
           WHERE id = $1 AND deleted_at IS NULL AND kind = 'FILE' RETURNING ${COLUMNS}`,
          [id, nonce, keep],
        );
        return rows[0] ?? null;
      });
    },
    /**
     * Takes the link's nonce off the source atomically. True for exactly one caller per nonce; a
     * second request with the same link (or a concurrent one) gets false.
     */
    claimUploadNonce(organizationId: string, id: string, nonce: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          `UPDATE queries.data_sources SET settings = CASE jsonb_typeof(settings->'uploadNonce')
             WHEN 'array' THEN jsonb_set(settings, '{uploadNonce}', (settings->'uploadNonce') - $2::text) ELSE settings - 'uploadNonce' END
           WHERE id = $1 AND deleted_at IS NULL AND kind = 'FILE'
             AND (settings->>'uploadNonce' = $2 OR (jsonb_typeof(settings->'uploadNonce') = 'array' AND settings->'uploadNonce' ? $2))`,
          [id, nonce],
        );
        return (rowCount ?? 0) > 0;
      });
    },
    /** Puts a claimed nonce back (the upload failed before anything was imported: the link may be retried). */
    releaseUploadNonce(organizationId: string, id: string, nonce: string): Promise<void> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          `UPDATE queries.data_sources SET settings = jsonb_set(settings, '{uploadNonce}', CASE jsonb_typeof(settings->'uploadNonce')
             WHEN 'array' THEN settings->'uploadNonce' WHEN 'string' THEN jsonb_build_array(settings->'uploadNonce') ELSE '[]' END || jsonb_build_array($2::text))
           WHERE id = $1 AND deleted_at IS NULL AND kind = 'FILE'
             AND NOT (jsonb_typeof(settings->'uploadNonce') = 'array' AND settings->'uploadNonce' ? $2)
             AND settings->>'uploadNonce' IS DISTINCT FROM $2`,
          [id, nonce],
        );
      });
    },
    /**
     * Points a FILE source at a new database file in one row update (`patch` merged over the
     * settings, so nonces issued meanwhile survive), if its file version is still `expectedVersion`;
     * null when another landing got there first. The schema cache is cleared.
     */
    switchFile(
      organizationId: string,
      id: string,
      expectedVersion: number,
      patch: Record<string, unknown>,
    ): Promise<DataSourceRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<DataSourceRow>(
          `UPDATE queries.data_sources SET settings = settings || $3::jsonb, schema_cache = NULL, schema_cached_at = NULL, updated_at = now()
           WHERE id = $1 AND deleted_at IS NULL AND kind = 'FILE' AND coalesce((settings->>'fileVersion')::int, 0) = $2 RETURNING ${COLUMNS}`,
          [id, expectedVersion, JSON.stringify(patch)],
        );
        return rows[0] ?? null;
      });
    },
    saveSchema(organizationId: string, id: string, tables: TableInfo[]): Promise<void> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          'UPDATE queries.data_sources SET schema_cache = $2, schema_cached_at = now() WHERE id = $1',
          [id, JSON.stringify(tables)],
        );
      });
    },
    softDelete(organizationId: string, id: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          'UPDATE queries.data_sources SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL',
          [id],
        );
        return (rowCount ?? 0) > 0;
      });
    },
    /** Every secret, for key rotation (owner connection, all tenants). */
    async allSecrets(
      ownerPool: Pool,
    ): Promise<{ id: string; organizationId: string; secretCiphertext: string }[]> {
      const { rows } = await ownerPool.query<{
        id: string;
        organizationId: string;
        secretCiphertext: string;
      }>(
        `SELECT id, organization_id AS "organizationId", secret_ciphertext AS "secretCiphertext" FROM queries.data_sources WHERE secret_ciphertext IS NOT NULL`,
      );
      return rows;
    },
  };
}

export type DataSourcesRepo = ReturnType<typeof createDataSourcesRepo>;
