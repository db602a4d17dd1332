import { AppError } from '@tessera/errors';
import type { ApiScope, Identity, Principal, Role } from './identity.ts';

const RANK: Record<Role, number> = { OWNER: 4, ADMIN: 3, EDITOR: 2, VIEWER: 1 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The role the principal holds in an organization, or null when it is not a member. */
export function roleIn(principal: Principal, organizationId: string): Role | null {
  switch (principal.kind) {
    case 'user':
      return principal.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
    case 'apiKey':
      if (principal.organizationId !== organizationId) return null;
      return principal.scopes.includes('WRITE') ? 'EDITOR' : 'VIEWER';
    default:
      return null;
  }
}

/**
 * The role a canvas grant (shareCanvas) gives the principal on one canvas, or null. The grant must
 * name the canvas's own organization, so a grant filed under another tenant never opens it.
 */
export function canvasGrantRole(
  principal: Principal,
  canvasId: string,
  canvasOrganizationId: string,
): 'EDITOR' | 'VIEWER' | null {
  if (principal.kind !== 'user') return null;
  return (
    principal.canvasGrants?.find((g) => g.canvasId === canvasId && g.organizationId === canvasOrganizationId)
      ?.role ?? null
  );
}

/** Organizations the principal can see, for list queries. */
export function visibleOrganizationIds(principal: Principal): string[] {
  if (principal.kind === 'user') return principal.memberships.map((m) => m.organizationId);
  if (principal.kind === 'apiKey') return [principal.organizationId];
  return [];
}

export function requireSignedIn(identity: Identity): Exclude<Principal, { kind: 'anonymous' }> {
  if (identity.principal.kind === 'anonymous') throw AppError.unauthenticated();
  return identity.principal;
}

export function requireUser(identity: Identity): Extract<Principal, { kind: 'user' }> {
  const principal = requireSignedIn(identity);
  if (principal.kind !== 'user')
    throw AppError.forbidden('This operation needs a signed-in user, not an API key');
  return principal;
}

/** API keys carry scopes; users act with every scope their role allows. */
export function requireScope(identity: Identity, scope: ApiScope): void {
  const { principal } = identity;
  if (principal.kind === 'apiKey' && !principal.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', `This API key lacks the ${scope} scope`);
  }
}

/**
 * Checks membership and role. A non-member gets NOT_FOUND (existence is not disclosed across
 * tenants); a member below the required role gets FORBIDDEN.
 */
export function requireRole(
  identity: Identity,
  organizationId: string,
  minimum: Role,
  what = 'Organization',
): Role {
  const principal = requireSignedIn(identity);
  const role = roleIn(principal, organizationId);
  if (!role) throw AppError.notFound(what);
  if (!roleAtLeast(role, minimum)) throw AppError.forbidden(`Requires the ${minimum} role or above`);
  return role;
}
