import { withTenant, type Pool, type PoolClient } from '@tessera/db';
import type { Role } from '@tessera/auth';
import type { MembershipRow, OrganizationRow, ProjectRow } from './types.ts';

const PROJECT_COLUMNS = 'id, organization_id AS "organizationId", name, created_at AS "createdAt"';

/** Organizations, memberships, invitations and projects: tenant data, read under RLS. */
export function createOrganizationsRepo(pool: Pool) {
  return {
    /** Creates an organization with its owner and first project, in the caller's transaction. */
    async createWithOwner(
      client: PoolClient,
      org: { id: string; name: string; ownerId: string; project: { id: string; name: string } },
    ) {
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [org.id]);
      await client.query('INSERT INTO accounts.organizations (id, name) VALUES ($1, $2)', [org.id, org.name]);
      await client.query(
        "INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')",
        [org.id, org.ownerId],
      );
      await client.query('INSERT INTO accounts.projects (id, organization_id, name) VALUES ($1, $2, $3)', [
        org.project.id,
        org.id,
        org.project.name,
      ]);
    },
    /** Project → organization, for internal callers that check membership themselves. */
    async projectOrganization(projectId: string): Promise<string | null> {
      const { rows } = await pool.query<{ organizationId: string }>(
        'SELECT organization_id AS "organizationId" FROM accounts.project_directory($1)',
        [projectId],
      );
      return rows[0]?.organizationId ?? null;
    },
    async claimInvitations(client: PoolClient, userId: string, emailNormalized: string): Promise<number> {
      const { rows } = await client.query<{ n: number }>('SELECT accounts.claim_invitations($1, $2) AS n', [
        userId,
        emailNormalized,
      ]);
      return rows[0]?.n ?? 0;
    },
    /** A user's active memberships across organizations (the user-scoped RLS policy). */
    membershipsOfUser(userId: string): Promise<{ organizationId: string; role: Role }[]> {
      return withTenant(pool, { tenantId: null, userId }, async (client) => {
        const { rows } = await client.query<{ organizationId: string; role: Role }>(
          'SELECT organization_id AS "organizationId", role FROM accounts.memberships WHERE user_id = $1 ORDER BY created_at',
          [userId],
        );
        return rows;
      });
    },
    findOrganization(id: string): Promise<OrganizationRow | null> {
      return withTenant(pool, { tenantId: id }, async (client) => {
        const { rows } = await client.query<OrganizationRow>(
          'SELECT id, name, created_at AS "createdAt" FROM accounts.organizations WHERE id = $1',
          [id],
        );
        return rows[0] ?? null;
      });
    },
    members(organizationId: string): Promise<MembershipRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<MembershipRow>(
          `SELECT m.organization_id AS "organizationId", m.user_id AS "userId", u.email, m.role, 'ACTIVE' AS status
             FROM accounts.memberships m JOIN accounts.users u ON u.id = m.user_id WHERE m.organization_id = $1
           UNION ALL
           SELECT organization_id, NULL, email, role, 'PENDING' FROM accounts.invitations
             WHERE organization_id = $1 AND accepted_at IS NULL
           ORDER BY 3`,
          [organizationId],
        );
        return rows;
      });
    },
    addMember(organizationId: string, userId: string, role: Role): Promise<void> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          'INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (organization_id, user_id) DO UPDATE SET role = EXCLUDED.role',
          [organizationId, userId, role],
        );
      });
    },
    /** Deletes a membership unless it is the organization's last OWNER; returns the outcome. */
    removeMember(organizationId: string, userId: string): Promise<'removed' | 'not-member' | 'last-owner'> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<{ role: Role }>(
          'SELECT role FROM accounts.memberships WHERE organization_id = $1 AND user_id = $2 FOR UPDATE',
          [organizationId, userId],
        );
        if (!rows[0]) return 'not-member';
        if (rows[0].role === 'OWNER') {
          const { rows: owners } = await client.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM accounts.memberships WHERE organization_id = $1 AND role = 'OWNER'",
            [organizationId],
          );
          if ((owners[0]?.n ?? 0) <= 1) return 'last-owner';
        }
        await client.query('DELETE FROM accounts.memberships WHERE organization_id = $1 AND user_id = $2', [
          organizationId,
          userId,
        ]);
        return 'removed';
      });
    },
    /** Changes a member's role unless that demotes the organization's last OWNER; returns the outcome. */
    setRole(
      organizationId: string,
      userId: string,
      role: Role,
    ): Promise<{ outcome: 'set' | 'not-member' | 'last-owner'; previous: Role | null }> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        // Lock the organization's OWNER rows too, so two concurrent demotions cannot both pass the count.
        await client.query(
          "SELECT 1 FROM accounts.memberships WHERE organization_id = $1 AND role = 'OWNER' FOR UPDATE",
          [organizationId],
        );
        const { rows } = await client.query<{ role: Role }>(
          'SELECT role FROM accounts.memberships WHERE organization_id = $1 AND user_id = $2 FOR UPDATE',
          [organizationId, userId],
        );
        const previous = rows[0]?.role ?? null;
        if (!previous) return { outcome: 'not-member' as const, previous };
        if (previous === 'OWNER' && role !== 'OWNER') {
          const { rows: owners } = await client.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM accounts.memberships WHERE organization_id = $1 AND role = 'OWNER'",
            [organizationId],
          );
          if ((owners[0]?.n ?? 0) <= 1) return { outcome: 'last-owner' as const, previous };
        }
        await client.query(
          'UPDATE accounts.memberships SET role = $3 WHERE organization_id = $1 AND user_id = $2',
          [organizationId, userId, role],
        );
        return { outcome: 'set' as const, previous };
      });
    },
    invite(invitation: {
      id: string;
      organizationId: string;
      email: string;
      emailNormalized: string;
      role: Role;
      invitedBy: string;
    }): Promise<void> {
      return withTenant(pool, { tenantId: invitation.organizationId }, async (client) => {
        await client.query(
          `INSERT INTO accounts.invitations (id, organization_id, email, email_normalized, role, invited_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organization_id, email_normalized) DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by, accepted_at = NULL`,
          [
            invitation.id,
            invitation.organizationId,
            invitation.email,
            invitation.emailNormalized,
            invitation.role,
            invitation.invitedBy,
          ],
        );
      });
    },
    createProject(project: { id: string; organizationId: string; name: string }): Promise<ProjectRow> {
      return withTenant(pool, { tenantId: project.organizationId }, async (client) => {
        const { rows } = await client.query<ProjectRow>(
          `INSERT INTO accounts.projects (id, organization_id, name) VALUES ($1, $2, $3) RETURNING ${PROJECT_COLUMNS}`,
          [project.id, project.organizationId, project.name],
        );
        return rows[0]!;
      });
    },
    projects(organizationId: string): Promise<ProjectRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<ProjectRow>(
          `SELECT ${PROJECT_COLUMNS} FROM accounts.projects WHERE organization_id = $1 ORDER BY created_at`,
          [organizationId],
        );
        return rows;
      });
    },
    /**
     * Looks a project up inside the organizations the caller belongs to only: RLS makes another
     * tenant's project invisible, so it is indistinguishable from one that does not exist.
     */
    async findProjectInTenants(
      projectId: string,
      organizationIds: readonly string[],
    ): Promise<ProjectRow | null> {
      for (const organizationId of organizationIds) {
        const row = await withTenant(pool, { tenantId: organizationId }, async (client) => {
          const { rows } = await client.query<ProjectRow>(
            `SELECT ${PROJECT_COLUMNS} FROM accounts.projects WHERE id = $1`,
            [projectId],
          );
          return rows[0] ?? null;
        });
        if (row) return row;
      }
      return null;
    },
  };
}

export type OrganizationsRepo = ReturnType<typeof createOrganizationsRepo>;
