import { withTenant, type Pool } from '@tessera/db';
import type { SavedQueryRow } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", project_id AS "projectId", data_source_id AS "dataSourceId", user_id AS "userId",
  name, sql, created_at AS "createdAt", updated_at AS "updatedAt"`;

export function createSavedQueriesRepo(pool: Pool) {
  return {
    insert(row: Omit<SavedQueryRow, 'createdAt' | 'updatedAt'>): Promise<SavedQueryRow> {
      return withTenant(pool, { tenantId: row.organizationId }, async (client) => {
        const { rows } = await client.query<SavedQueryRow>(
          `INSERT INTO queries.saved_queries (id, organization_id, project_id, data_source_id, user_id, name, sql)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
          [row.id, row.organizationId, row.projectId, row.dataSourceId, row.userId, row.name, row.sql],
        );
        return rows[0]!;
      });
    },
    list(organizationId: string, projectId: string, userId: string): Promise<SavedQueryRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SavedQueryRow>(
          `SELECT ${COLUMNS} FROM queries.saved_queries WHERE project_id = $1 AND user_id = $2 ORDER BY updated_at DESC`,
          [projectId, userId],
        );
        return rows;
      });
    },
    /** Changes the fields given on the user's own saved query; null when it is not theirs. */
    update(
      organizationId: string,
      id: string,
      userId: string,
      patch: { name?: string; sql?: string; dataSourceId?: string },
    ): Promise<SavedQueryRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SavedQueryRow>(
          `UPDATE queries.saved_queries
           SET name = COALESCE($3, name), sql = COALESCE($4, sql), data_source_id = COALESCE($5::uuid, data_source_id), updated_at = now()
           WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
          [id, userId, patch.name ?? null, patch.sql ?? null, patch.dataSourceId ?? null],
        );
        return rows[0] ?? null;
      });
    },
    find(organizationId: string, id: string): Promise<SavedQueryRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<SavedQueryRow>(
          `SELECT ${COLUMNS} FROM queries.saved_queries WHERE id = $1`,
          [id],
        );
        return rows[0] ?? null;
      });
    },
    delete(organizationId: string, id: string, userId: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          'DELETE FROM queries.saved_queries WHERE id = $1 AND user_id = $2',
          [id, userId],
        );
        return (rowCount ?? 0) > 0;
      });
    },
  };
}
