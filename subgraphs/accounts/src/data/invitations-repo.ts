import { withTenant, type Pool, type PoolClient } from '@tessera/db';
import type { Role } from '@tessera/auth';

export interface InvitationRow {
  id: string;
  organizationId: string;
  email: string;
  emailNormalized: string;
  role: Role;
  acceptedAt: Date | null;
  expiresAt: Date | null;
}

const COLUMNS = `id, organization_id AS "organizationId", email, email_normalized AS "emailNormalized", role,
  accepted_at AS "acceptedAt", expires_at AS "expiresAt"`;

/** Pending invitations with a link (token hash); read under the inviting organization's RLS context. */
export function createInvitationsRepo(pool: Pool) {
  async function findOpen(
    client: PoolClient,
    organizationId: string,
    tokenHash: Buffer,
  ): Promise<InvitationRow | null> {
    const { rows } = await client.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM accounts.invitations
        WHERE organization_id = $1 AND token_hash = $2 AND accepted_at IS NULL AND (expires_at IS NULL OR expires_at > now()) FOR UPDATE`,
      [organizationId, tokenHash],
    );
    return rows[0] ?? null;
  }

  async function accept(client: PoolClient, invitation: InvitationRow, userId: string): Promise<Role> {
    // A member keeps the higher of their current role and the invited one.
    const { rows } = await client.query<{ role: Role }>(
      `INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, user_id) DO UPDATE SET role = accounts.memberships.role
       RETURNING role`,
      [invitation.organizationId, userId, invitation.role],
    );
    await client.query(
      'UPDATE accounts.invitations SET accepted_at = now(), token_hash = NULL WHERE id = $1',
      [invitation.id],
    );
    return rows[0]!.role;
  }

  return {
    /** Creates or renews the invitation for an email; a renewed one gets the new link (the old one stops working). */
    upsert(invitation: {
      id: string;
      organizationId: string;
      email: string;
      emailNormalized: string;
      role: Role;
      invitedBy: string;
      tokenHash: Buffer;
      expiresAt: Date;
    }): Promise<void> {
      return withTenant(pool, { tenantId: invitation.organizationId }, async (client) => {
        await client.query(
          `INSERT INTO accounts.invitations (id, organization_id, email, email_normalized, role, invited_by, token_hash, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (organization_id, email_normalized) DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by,
             accepted_at = NULL, token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
          [
            invitation.id,
            invitation.organizationId,
            invitation.email,
            invitation.emailNormalized,
            invitation.role,
            invitation.invitedBy,
            invitation.tokenHash,
            invitation.expiresAt,
          ],
        );
      });
    },
    /** An open, unexpired invitation by its link, or null. */
    findOpen(organizationId: string, tokenHash: Buffer): Promise<InvitationRow | null> {
      return withTenant(pool, { tenantId: organizationId }, (client) =>
        findOpen(client, organizationId, tokenHash),
      );
    },
    /** Accepts an open invitation for a user (single use); null when the link is not open any more. */
    acceptByToken(
      organizationId: string,
      tokenHash: Buffer,
      userId: string,
    ): Promise<{ invitation: InvitationRow; role: Role } | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const invitation = await findOpen(client, organizationId, tokenHash);
        if (!invitation) return null;
        return { invitation, role: await accept(client, invitation, userId) };
      });
    },
    /** Accepting inside the caller's transaction (sign-up through an invite link). */
    async acceptInTransaction(
      client: PoolClient,
      organizationId: string,
      tokenHash: Buffer,
      userId: string,
    ): Promise<Role | null> {
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [organizationId]);
      const invitation = await findOpen(client, organizationId, tokenHash);
      const role = invitation ? await accept(client, invitation, userId) : null;
      await client.query("SELECT set_config('app.tenant_id', '', true)");
      return role;
    },
    /** Deletes a pending invitation; false when there is none for that email. */
    revoke(organizationId: string, emailNormalized: string): Promise<boolean> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rowCount } = await client.query(
          'DELETE FROM accounts.invitations WHERE organization_id = $1 AND email_normalized = $2 AND accepted_at IS NULL',
          [organizationId, emailNormalized],
        );
        return (rowCount ?? 0) > 0;
      });
    },
  };
}

export type InvitationsRepo = ReturnType<typeof createInvitationsRepo>;
