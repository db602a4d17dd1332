import { DateTimeScalar } from '@tessera/service-kit';
import { requireRole, requireUser, roleIn, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { CanvasGrantRow, MembershipRow, OrganizationRow, ProjectRow, UserRow } from '../data/index.ts';
import type { AccountsContext } from '../context.ts';

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

export const resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    me: async (_: unknown, __: unknown, ctx: AccountsContext) => {
      if (ctx.identity.principal.kind !== 'user') return null;
      return ctx.loaders.user(ctx.identity.principal.userId);
    },
    organization: (_: unknown, args: { id: string }, ctx: AccountsContext) =>
      ctx.services.organizations.organization(ctx.identity, args.id),
    project: (_: unknown, args: { id: string }, ctx: AccountsContext) =>
      ctx.services.organizations.project(ctx.identity, args.id),
    canvasPeople: async (
      _: unknown,
      args: { organizationId: string; canvasId: string },
      ctx: AccountsContext,
    ) => {
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
    auditLog: async (
      _: unknown,
      args: { organizationId: string; first?: number; after?: string },
      ctx: AccountsContext,
    ) => {
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
    signUp: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.auth.signUp(args.input),
    requestSignUp: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.auth.requestSignUp(args.input),
    completeSignUp: (_: unknown, args: { token: string }, ctx: AccountsContext) =>
      ctx.services.auth.completeSignUp(args.token),
    logIn: (_: unknown, args: { input: { email: string; password: string } }, ctx: AccountsContext) =>
      ctx.services.auth.logIn(args.input, ip(ctx.identity)),
    refreshSession: (_: unknown, args: { refreshToken: string }, ctx: AccountsContext) =>
      ctx.services.auth.refresh(args.refreshToken),
    logOut: (_: unknown, __: unknown, ctx: AccountsContext) =>
      ctx.services.auth.logOut(requireUser(ctx.identity)),
    createProject: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.organizations.createProject(ctx.identity, args.input),
    inviteMember: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.people.inviteMember(ctx.identity, args.input),
    revokeInvitation: (_: unknown, args: { organizationId: string; email: string }, ctx: AccountsContext) =>
      ctx.services.people.revokeInvitation(ctx.identity, args.organizationId, args.email),
    acceptInvitation: (_: unknown, args: { token: string }, ctx: AccountsContext) =>
      ctx.services.people.acceptInvitation(ctx.identity, args.token),
    setMemberRole: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.people.setMemberRole(ctx.identity, args.input),
    createEmbeddingSecret: (_: unknown, args: { organizationId: string }, ctx: AccountsContext) =>
      ctx.services.people.createEmbeddingSecret(ctx.identity, args.organizationId),
    unshareCanvas: (
      _: unknown,
      args: { input: { organizationId: string; canvasId: string; email: string } },
      ctx: AccountsContext,
    ) => {
      if (!/^[0-9a-f-]{36}$/i.test(args.input.organizationId)) throw AppError.notFound('Canvas');
      requireRole(ctx.identity, args.input.organizationId, 'EDITOR', 'Canvas');
      return ctx.services.people.revokeCanvasGrant(args.input);
    },
    removeMember: (_: unknown, args: { organizationId: string; userId: string }, ctx: AccountsContext) =>
      ctx.services.organizations.removeMember(ctx.identity, args.organizationId, args.userId),
    createApiKey: (_: unknown, args: { input: unknown }, ctx: AccountsContext) =>
      ctx.services.organizations.createApiKey(ctx.identity, args.input),
    revokeApiKey: (_: unknown, args: { id: string }, ctx: AccountsContext) =>
      ctx.services.organizations.revokeApiKey(ctx.identity, args.id),
  },
  User: {
    __resolveReference: (ref: { id: string }, ctx: AccountsContext) => visibleUser(ctx, ref.id),
    memberships: async (user: UserRow, _: unknown, ctx: AccountsContext) => {
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
    organization: (m: MembershipRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.repos.organizations.findOrganization(m.organizationId),
    user: (m: MembershipRow, _: unknown, ctx: AccountsContext) =>
      m.userId ? ctx.loaders.user(m.userId) : null,
  },
  Organization: {
    __resolveReference: async (ref: { id: string }, ctx: AccountsContext) => {
      const org = await ctx.services.organizations.organization(ctx.identity, ref.id);
      if (!org) throw AppError.notFound('Organization');
      return org;
    },
    projects: (org: OrganizationRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.repos.organizations.projects(org.id),
    members: (org: OrganizationRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.repos.organizations.members(org.id),
    apiKeys: (org: OrganizationRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.organizations.apiKeys(ctx.identity, org.id),
    embeddingSecretCreatedAt: (org: OrganizationRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.people.embeddingSecretCreatedAt(ctx.identity, org.id),
  },
  CanvasGrant: {
    user: async (grant: CanvasGrantRow, _: unknown, ctx: AccountsContext) => {
      const id = await ctx.services.repos.users.existsByEmail(grant.email.trim().toLowerCase());
      return id ? ctx.loaders.user(id) : null;
    },
  },
  Project: {
    __resolveReference: (ref: { id: string }, ctx: AccountsContext) =>
      ctx.services.organizations.project(ctx.identity, ref.id),
    organization: (project: ProjectRow, _: unknown, ctx: AccountsContext) =>
      ctx.services.repos.organizations.findOrganization(project.organizationId),
  },
};
