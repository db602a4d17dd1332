import { describe, expect, it } from 'vitest';
import type { Identity, Principal, Role } from './identity.ts';
import {
  requireRole,
  requireScope,
  requireSignedIn,
  requireUser,
  roleAtLeast,
  roleIn,
  visibleOrganizationIds,
} from './permissions.ts';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN', 'OWNER'];
const user: Principal = {
  kind: 'user',
  userId: 'u1',
  sessionId: 's1',
  memberships: [
    { organizationId: 'o1', role: 'ADMIN' },
    { organizationId: 'o2', role: 'VIEWER' },
  ],
};
const key = (scopes: ('READ' | 'WRITE' | 'QUERY_RUN')[]): Principal => ({
  kind: 'apiKey',
  apiKeyId: 'k1',
  organizationId: 'o1',
  scopes,
  createdBy: 'u1',
});
const anonymous: Principal = { kind: 'anonymous' };
const as = (principal: Principal): Identity => ({ requestId: 'r', principal });

describe('roles and scopes', () => {
  it('ranks OWNER > ADMIN > EDITOR > VIEWER', () => {
    for (const [i, role] of ROLES.entries()) {
      for (const [j, minimum] of ROLES.entries()) expect(roleAtLeast(role, minimum)).toBe(i >= j);
    }
  });

  it('a user holds the role of each membership and nothing elsewhere', () => {
    expect(roleIn(user, 'o1')).toBe('ADMIN');
    expect(roleIn(user, 'o2')).toBe('VIEWER');
    expect(roleIn(user, 'o3')).toBeNull();
    expect(roleIn(anonymous, 'o1')).toBeNull();
  });

  it('an API key is EDITOR with WRITE, VIEWER otherwise, and only in its organization', () => {
    expect(roleIn(key(['WRITE']), 'o1')).toBe('EDITOR');
    expect(roleIn(key(['READ', 'QUERY_RUN']), 'o1')).toBe('VIEWER');
    expect(roleIn(key(['READ', 'WRITE']), 'o2')).toBeNull();
  });

  it('lists the organizations a principal may see', () => {
    expect(visibleOrganizationIds(user)).toEqual(['o1', 'o2']);
    expect(visibleOrganizationIds(key(['READ']))).toEqual(['o1']);
    expect(visibleOrganizationIds(anonymous)).toEqual([]);
  });

  it('requireSignedIn and requireUser refuse anonymous callers and API keys as documented', () => {
    expect(requireSignedIn(as(user))).toBe(user);
    expect(() => requireSignedIn(as(anonymous))).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(requireUser(as(user))).toBe(user);
    expect(() => requireUser(as(key(['READ', 'WRITE'])))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/signed-in user/) }),
    );
    expect(() => requireUser(as(anonymous))).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('scopes bind API keys only; users act with every scope', () => {
    expect(() => requireScope(as(user), 'WRITE')).not.toThrow();
    expect(() => requireScope(as(key(['READ'])), 'READ')).not.toThrow();
    expect(() => requireScope(as(key(['READ'])), 'QUERY_RUN')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'This API key lacks the QUERY_RUN scope' }),
    );
  });

  it('requireRole: NOT_FOUND across tenants (named), FORBIDDEN below the role, the role otherwise', () => {
    expect(requireRole(as(user), 'o1', 'ADMIN')).toBe('ADMIN');
    expect(requireRole(as(user), 'o1', 'EDITOR')).toBe('ADMIN');
    expect(() => requireRole(as(user), 'o1', 'OWNER')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'Requires the OWNER role or above' }),
    );
    expect(() => requireRole(as(user), 'o3', 'VIEWER', 'Canvas')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Canvas') }),
    );
    expect(() => requireRole(as(user), 'o3', 'VIEWER')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Organization') }),
    );
    expect(() => requireRole(as(anonymous), 'o1', 'VIEWER')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
