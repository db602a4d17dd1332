import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ROLES, requireRole, requireUser, roleAtLeast, type Identity, type Role } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasGrantRole, Repositories } from '../data/index.ts';
import { newInvitationToken, parseInvitationToken } from './invitation-token.ts';
import type { Mailer } from './mailer.ts';
import type { PrincipalEvents } from './principal-events.ts';
import { emailSchema, normalizeEmail, validate } from './validation.ts';

const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;
const idSchema = z.string().uuid('Not a valid id');
const inviteSchema = z.object({ organizationId: idSchema, email: emailSchema, role: z.enum(ROLES) });
const setRoleSchema = z.object({ organizationId: idSchema, userId: idSchema, role: z.enum(ROLES) });
const grantSchema = z.object({
  organizationId: idSchema,
  canvasId: idSchema,
  canvasName: z.string().trim().max(200).optional(),
  email: emailSchema,
  role: z.enum(['VIEWER', 'EDITOR'], { error: 'A canvas can be shared as VIEWER or EDITOR' }),
  grantedBy: idSchema.nullish(),
});
const INVALID_INVITATION = () =>
  AppError.badInput(
    'token',
    'This invitation link is invalid, was revoked or has expired. Ask for a new one.',
  );

export interface MembershipResult {
  organizationId: string;
  userId: string | null;
  email: string;
  role: Role;
  status: 'ACTIVE' | 'PENDING';
  inviteUrl?: string | null;
}

/**
 * People in and around an organization: invitations with links, roles, canvases shared with
 * people outside it, and the organization's signed-embed secret.
 */
export function createPeopleService(deps: {
  repos: Repositories;
  logger: Logger;
  events: PrincipalEvents;
  mailer: Mailer;
  publicUrl: string;
}) {
  const { repos, logger, events, mailer } = deps;
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');

  async function sendMail(to: string, subject: string, lines: string[]): Promise<void> {
    try {
      await mailer.send({ to, subject, text: lines.join('\n') });
    } catch (err) {
      logger.error({ err }, 'mail could not be sent');
    }
  }

  async function organizationName(organizationId: string): Promise<string> {
    return (await repos.organizations.findOrganization(organizationId))?.name ?? 'an organization';
  }

  return {
    /**
     * Invites by email. A person with an account joins at once (as before); anyone else gets a
     * pending invitation whose link (`inviteUrl`, also emailed) lands them in this organization.
     * Inviting the same email again renews the link; the old one stops working.
     */
    async inviteMember(identity: Identity, input: unknown): Promise<MembershipResult> {
      const inviter = requireUser(identity);
      const data = validate(inviteSchema, input);
      const inviterRole = requireRole(identity, data.organizationId, 'ADMIN');
      if (!roleAtLeast(inviterRole, data.role))
        throw AppError.forbidden(`Only an ${data.role} or above can grant the ${data.role} role`);
      const emailNormalized = normalizeEmail(data.email);
      const orgName = await organizationName(data.organizationId);
      const existingUserId = await repos.users.existsByEmail(emailNormalized);
      if (existingUserId) {
        await repos.organizations.addMember(data.organizationId, existingUserId, data.role);
        await events.changed({
          reason: 'member-role-set',
          userId: existingUserId,
          organizationId: data.organizationId,
        });
        await sendMail(data.email, `You were added to ${orgName} on Tessera`, [
          `You are now a member of ${orgName} (${data.role}).`,
          '',
          `Open Tessera: ${publicUrl}/`,
        ]);
        return {
          organizationId: data.organizationId,
          userId: existingUserId,
          email: data.email,
          role: data.role,
          status: 'ACTIVE',
          inviteUrl: null,
        };
      }
      const { token, hash } = newInvitationToken(data.organizationId);
      await repos.invitations.upsert({
        id: randomUUID(),
        organizationId: data.organizationId,
        email: data.email,
        emailNormalized,
        role: data.role,
        invitedBy: inviter.userId,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
      const inviteUrl = `${publicUrl}/invite/${token}`;
      await sendMail(data.email, `You are invited to ${orgName} on Tessera`, [
        `You are invited to join ${orgName} on Tessera as ${data.role}.`,
        '',
        'Open this link within 14 days to sign up (or sign in) and join:',
        inviteUrl,
        '',
        'If you did not expect this, ignore this email.',
      ]);
      logger.info({ organizationId: data.organizationId }, 'invitation sent');
      return {
        organizationId: data.organizationId,
        userId: null,
        email: data.email,
        role: data.role,
        status: 'PENDING',
        inviteUrl,
      };
    },

    async revokeInvitation(identity: Identity, organizationId: string, email: string): Promise<boolean> {
      requireUser(identity);
      if (!idSchema.safeParse(organizationId).success) throw AppError.notFound('Organization');
      requireRole(identity, organizationId, 'ADMIN');
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success || !(await repos.invitations.revoke(organizationId, normalizeEmail(parsed.data))))
        throw AppError.notFound('Invitation');
      logger.info({ organizationId }, 'invitation revoked');
      return true;
    },

    /** The signed-in user joins the organization that sent the link (single use). */
    async acceptInvitation(identity: Identity, token: unknown): Promise<MembershipResult> {
      const user = requireUser(identity);
      const parsed = parseInvitationToken(token);
      if (!parsed) throw INVALID_INVITATION();
      const accepted = await repos.invitations.acceptByToken(parsed.organizationId, parsed.hash, user.userId);
      if (!accepted) throw INVALID_INVITATION();
      await events.changed({
        reason: 'member-role-set',
        userId: user.userId,
        organizationId: parsed.organizationId,
      });
      const [row] = await repos.users.findByIds([user.userId]);
      logger.info({ organizationId: parsed.organizationId, userId: user.userId }, 'invitation accepted');
      return {
        organizationId: parsed.organizationId,
        userId: user.userId,
        email: row?.email ?? accepted.invitation.email,
        role: accepted.role,
        status: 'ACTIVE',
      };
    },

    /**
     * ADMIN and above. Nobody grants a role above their own or changes the role of someone above
     * them; the last OWNER cannot be demoted.
     */
    async setMemberRole(identity: Identity, input: unknown): Promise<MembershipResult> {
      requireUser(identity);
      const data = validate(setRoleSchema, input);
      const callerRole = requireRole(identity, data.organizationId, 'ADMIN');
      if (!roleAtLeast(callerRole, data.role))
        throw AppError.forbidden(`Only an ${data.role} or above can grant the ${data.role} role`);
      const target = (await repos.organizations.membershipsOfUser(data.userId)).find(
        (m) => m.organizationId === data.organizationId,
      );
      if (!target) throw AppError.notFound('Member');
      if (!roleAtLeast(callerRole, target.role))
        throw AppError.forbidden(`Only an ${target.role} or above can change an ${target.role}'s role`);
      const { outcome } = await repos.organizations.setRole(data.organizationId, data.userId, data.role);
      if (outcome === 'not-member') throw AppError.notFound('Member');
      if (outcome === 'last-owner')
        throw AppError.badInput('role', 'The last OWNER cannot be demoted: make someone else OWNER first');
      await events.changed({
        reason: 'member-role-set',
        userId: data.userId,
        organizationId: data.organizationId,
      });
      const [user] = await repos.users.findByIds([data.userId]);
      logger.info(
        { organizationId: data.organizationId, userId: data.userId, role: data.role },
        'member role set',
      );
      return {
        organizationId: data.organizationId,
        userId: data.userId,
        email: user?.email ?? '',
        role: data.role,
        status: 'ACTIVE',
      };
    },

    /** ADMIN and above: a new 32-byte secret, returned once; the previous one stops verifying. */
    async createEmbeddingSecret(identity: Identity, organizationId: string): Promise<string> {
      const user = requireUser(identity);
      if (!idSchema.safeParse(organizationId).success) throw AppError.notFound('Organization');
      requireRole(identity, organizationId, 'ADMIN');
      const secret = randomBytes(32).toString('base64url');
      await repos.embeddingSecrets.put(organizationId, secret, user.userId);
      logger.info({ organizationId }, 'embedding secret created');
      return secret;
    },

    /** Whether the organization has an embedding secret, and since when (never the secret). */
    async embeddingSecretCreatedAt(identity: Identity, organizationId: string): Promise<Date | null> {
      requireRole(identity, organizationId, 'ADMIN');
      return (await repos.embeddingSecrets.current(organizationId))?.createdAt ?? null;
    },

    /**
     * Internal (the canvases service, which has checked that the caller may share the canvas):
     * gives one canvas to a person by email. Someone without an account is told to sign up with
     * that email; the grant applies as soon as they do.
     */
    async grantCanvas(input: unknown): Promise<{ invited: boolean }> {
      const data = validate(grantSchema, input);
      const emailNormalized = normalizeEmail(data.email);
      await repos.canvasGrants.put({
        organizationId: data.organizationId,
        canvasId: data.canvasId,
        email: data.email,
        emailNormalized,
        role: data.role as CanvasGrantRole,
        grantedBy: data.grantedBy ?? null,
      });
      await events.changed({
        reason: 'canvas-access-changed',
        canvasId: data.canvasId,
        organizationId: data.organizationId,
      });
      const hasAccount = (await repos.users.existsByEmail(emailNormalized)) !== null;
      const name = data.canvasName ? `“${data.canvasName}”` : 'a canvas';
      const canvasUrl = `${publicUrl}/canvas/${data.canvasId}`;
      await sendMail(
        data.email,
        `${name} was shared with you on Tessera`,
        hasAccount
          ? [`${name} was shared with you (${data.role}).`, '', `Open it: ${canvasUrl}`]
          : [
              `${name} was shared with you (${data.role}).`,
              '',
              `Create your Tessera account with this email address to open it:`,
              `${publicUrl}/signup?email=${encodeURIComponent(data.email)}`,
              '',
              `Then open: ${canvasUrl}`,
            ],
      );
      logger.info(
        { organizationId: data.organizationId, canvasId: data.canvasId },
        'canvas shared with a person',
      );
      return { invited: !hasAccount };
    },

    async revokeCanvasGrant(input: {
      organizationId?: unknown;
      canvasId?: unknown;
      email?: unknown;
    }): Promise<boolean> {
      const data = validate(grantSchema.pick({ organizationId: true, canvasId: true, email: true }), input);
      const removed = await repos.canvasGrants.remove(
        data.organizationId,
        data.canvasId,
        normalizeEmail(data.email),
      );
      if (removed)
        await events.changed({
          reason: 'canvas-access-changed',
          canvasId: data.canvasId,
          organizationId: data.organizationId,
        });
      return removed;
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
