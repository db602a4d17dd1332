import type { Role } from '../../gql/graphql';

export const ROLE_OPTIONS: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN', 'OWNER'];
const RANK: Record<Role, number> = { OWNER: 4, ADMIN: 3, EDITOR: 2, VIEWER: 1 };

/** The roles someone with `own` may grant: never above their own. */
export function grantableRoles(own: Role | null | undefined): Role[] {
  if (!own) return [];
  return ROLE_OPTIONS.filter((r) => RANK[r] <= RANK[own]);
}

export function roleLabel(role: Role): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A client-side check before asking the server (which validates again). */
export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (!email) return 'Enter an email address.';
  if (email.length > 254 || !EMAIL.test(email)) return 'Enter a valid email address.';
  return null;
}
