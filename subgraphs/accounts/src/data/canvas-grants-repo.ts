import { withTenant, type Pool } from '@tessera/db';

export type CanvasGrantRole = 'EDITOR' | 'VIEWER';

export interface CanvasGrantRow {
  organizationId: string;
  canvasId: string;
  email: string;
  role: CanvasGrantRole;
  createdAt: Date;
}

const COLUMNS =
  'organization_id AS "organizationId", canvas_id AS "canvasId", email, role, created_at AS "createdAt"';

/** One canvas for one person by email: tenant data of the canvas's organization. */
export function createCanvasGrantsRepo(pool: Pool) {
  return {
    put(grant: {
      organizationId: string;
      canvasId: string;
      email: string;
      emailNormalized: string;
      role: CanvasGrantRole;
      grantedBy: string | null;
    }): Promise<CanvasGrantRow> {
      return withTenant(pool, { tenantId: grant.organizationId }, async (client) => {
        const { rows } = await client.query<CanvasGrantRow>(
          `INSERT INTO accounts.canvas_grants (organization_id, canvas_id, email, email_normalized, role, granted_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (canvas_id, email_normalized) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by
           RETURNING ${COLUMNS}`,
          [
            grant.organizationId,
            grant.canvasId,
            grant.email,
            grant.emailNormalized,
            grant.role,
            grant.grantedBy,
          ],
        );
        return rows[0]!;
      });
    },
    remove(organizationId: string, canvasId: string, emailNormalized: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          'DELETE FROM accounts.canvas_grants WHERE organization_id = $1 AND canvas_id = $2 AND email_normalized = $3',
          [organizationId, canvasId, emailNormalized],
        );
        return (rowCount ?? 0) > 0;
      });
    },
    listForCanvas(organizationId: string, canvasId: string): Promise<CanvasGrantRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<CanvasGrantRow>(
          `SELECT ${COLUMNS} FROM accounts.canvas_grants WHERE organization_id = $1 AND canvas_id = $2 ORDER BY email_normalized`,
          [organizationId, canvasId],
        );
        return rows;
      });
    },
    /**
     * The grants made to a user's email, across organizations (the user-scoped policy), newest
     * first. They travel in the signed identity header on every request, so at most `limit`.
     */
    listForUser(userId: string, limit = 50): Promise<CanvasGrantRow[]> {
      return withTenant(pool, { tenantId: null, userId }, async (client) => {
        const { rows } = await client.query<CanvasGrantRow>(
          `SELECT ${COLUMNS} FROM accounts.canvas_grants
            WHERE email_normalized = (SELECT email_normalized FROM accounts.users WHERE id = $1)
            ORDER BY created_at DESC LIMIT $2`,
          [userId, limit],
        );
        return rows;
      });
    },
  };
}

export type CanvasGrantsRepo = ReturnType<typeof createCanvasGrantsRepo>;
