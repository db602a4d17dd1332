import { DateTimeScalar } from '@tessera/service-kit';
import { requireRole, requireUser, roleIn, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { OrganizationRow, UserRow } from '../data/index.ts';
import type { AccountsContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

function ip(identity: Identity): string | null {
  return identity.ip ?? null;
}

/** Users visible to the caller: themselves and people who share an organization with them. */
async function visibleUser(ctx: AccountsContext, id: string): Promise<UserRow | null> {
  const principal = ctx.identity.principal;
  if (principal.kind === 'anonymous') return null;
  const user = await ctx.loaders.user(id);
  if (!user) return null;
  if (principal.kind === 'user' && principal.userId === id) return user;
  const theirOrgs = await ctx.services.repos.organizations.membershipsOfUser(id);
  return theirOrgs.some((m) => roleIn(principal, m.organizationId)) ? user : null;
}

/** The organization a membership or project belongs to (gone only if deleted meanwhile). */
async function organizationOf(ctx: AccountsContext, id: string): Promise<OrganizationRow> {
  const organization = await ctx.services.repos.organizations.findOrganization(id);
  if (!organization) throw AppError.notFound('Organization');
  return organization;
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    me: async (_, __, ctx) => {
      if (ctx.identity.principal.kind !== 'user') return null;
      return ctx.loaders.user(ctx.identity.principal.userId);
    },
    organization: (_, args, ctx) => ctx.services.organizations.organization(ctx.identity, args.id),
    project: (_, args, ctx) => ctx.services.organizations.project(ctx.identity, args.id),
    canvasPeople: async (_, args, ctx) => {
      const uuid = /^[0-9a-f-]{36}$/i;
      if (!uuid.test(args.organizationId)) throw AppError.notFound('Organization');
      if (!uuid.test(args.canvasId)) throw AppError.notFound('Canvas');
      requireRole(ctx.identity, args.organizationId, 'VIEWER', 'Canvas');
      const [members, grants] = await Promise.all([
        ctx.services.repos.organizations.members(args.organizationId),
        ctx.services.repos.canvasGrants.listForCanvas(args.organizationId, args.canvasId),
      ]);
      return { members, grants };
    },
    auditLog: async (_, args, ctx) => {
      if (!/^[0-9a-f-]{36}$/i.test(args.organizationId)) throw AppError.notFound('Organization');
      requireRole(ctx.identity, args.organizationId, 'ADMIN');
      const first = args.first ?? 50;
      if (first < 1 || first > 100) throw AppError.badInput('first', 'first must be between 1 and 100');
      const rows = await ctx.services.repos.audit.list(
        args.organizationId,
        first + 1,
        args.after ?? undefined,
      );
      const page = rows.slice(0, first);
      return {
        edges: page.map((row) => ({
          cursor: row.id,
          node: {
            ...row,
            actorUserId: row.actor.userId ?? null,
            actorApiKeyId: row.actor.apiKeyId ?? null,
            actorShareLinkId: row.actor.shareLinkId ?? null,
          },
        })),
        pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.id ?? null },
      };
    },
  },
  Mutation: {
    signUp: (_, args, ctx) => ctx.services.auth.signUp(args.input),
    requestSignUp: (_, args, ctx) => ctx.services.auth.requestSignUp(args.input),
    completeSignUp: (_, args, ctx) => ctx.services.auth.completeSignUp(args.token),
    logIn: (_, args, ctx) => ctx.services.auth.logIn(args.input, ip(ctx.identity)),
    refreshSession: (_, args, ctx) => ctx.services.auth.refresh(args.refreshToken),
    logOut: (_, __, ctx) => ctx.services.auth.logOut(requireUser(ctx.identity)),
    createProject: (_, args, ctx) => ctx.services.organizations.createProject(ctx.identity, args.input),
    inviteMember: (_, args, ctx) => ctx.services.people.inviteMember(ctx.identity, args.input),
    revokeInvitation: (_, args, ctx) =>
      ctx.services.people.revokeInvitation(ctx.identity, args.organizationId, args.email),
    acceptInvitation: (_, args, ctx) => ctx.services.people.acceptInvitation(ctx.identity, args.token),
    setMemberRole: (_, args, ctx) => ctx.services.people.setMemberRole(ctx.identity, args.input),
    createEmbeddingSecret: (_, args, ctx) =>
      ctx.services.people.createEmbeddingSecret(ctx.identity, args.organizationId),
    unshareCanvas: (_, args, ctx) => {
      if (!/^[0-9a-f-]{36}$/i.test(args.input.organizationId)) throw AppError.notFound('Canvas');
      requireRole(ctx.identity, args.input.organizationId, 'EDITOR', 'Canvas');
      return ctx.services.people.revokeCanvasGrant(args.input);
    },
    removeMember: (_, args, ctx) =>
      ctx.services.organizations.removeMember(ctx.identity, args.organizationId, args.userId),
    createApiKey: (_, args, ctx) => ctx.services.organizations.createApiKey(ctx.identity, args.input),
    revokeApiKey: (_, args, ctx) => ctx.services.organizations.revokeApiKey(ctx.identity, args.id),
  },
  User: {
    __resolveReference: (ref, ctx) => visibleUser(ctx, ref.id),
    memberships: async (user, _, ctx) => {
      const principal = ctx.identity.principal;
      // Only the user themself sees their list of organizations (including right after signing in).
      const self =
        (principal.kind === 'user' && principal.userId === user.id) ||
        (user as { signedIn?: boolean }).signedIn === true;
      if (!self) return [];
      const memberships = await ctx.services.repos.organizations.membershipsOfUser(user.id);
      return memberships.map((m) => ({ ...m, userId: user.id, email: user.email, status: 'ACTIVE' }));
    },
  },
  Membership: {
    organization: (m, _, ctx) => organizationOf(ctx, m.organizationId),
    user: (m, _, ctx) => (m.userId ? ctx.loaders.user(m.userId) : null),
  },
  Organization: {
    __resolveReference: async (ref, ctx) => {
      const org = await ctx.services.organizations.organization(ctx.identity, ref.id);
      if (!org) throw AppError.notFound('Organization');
      return org;
    },
    projects: (org, _, ctx) => ctx.services.repos.organizations.projects(org.id),
    members: (org, _, ctx) => ctx.services.repos.organizations.members(org.id),
    apiKeys: (org, _, ctx) => ctx.services.organizations.apiKeys(ctx.identity, org.id),
    embeddingSecretCreatedAt: (org, _, ctx) =>
      ctx.services.people.embeddingSecretCreatedAt(ctx.identity, org.id),
  },
  CanvasGrant: {
    user: async (grant, _, ctx) => {
      const id = await ctx.services.repos.users.existsByEmail(grant.email.trim().toLowerCase());
      return id ? ctx.loaders.user(id) : null;
    },
  },
  Project: {
    __resolveReference: (ref, ctx) => ctx.services.organizations.project(ctx.identity, ref.id),
    organization: (project, _, ctx) => organizationOf(ctx, project.organizationId),
  },
};
