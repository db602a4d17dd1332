import { describe, expect, it } from 'vitest';
import type { Identity } from './identity.ts';
import { createInternalTokenCodec } from './internal-token.ts';
import { canvasGrantRole, requireRole, requireScope, roleIn } from './permissions.ts';

const user: Identity = {
  requestId: 'r1',
  principal: {
    kind: 'user',
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organizationId: 'o1', role: 'VIEWER' }],
  },
};

describe('permissions', () => {
  it('hides other tenants as NOT_FOUND and under-privileged access as FORBIDDEN', () => {
    expect(() => requireRole(user, 'o2', 'VIEWER')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => requireRole(user, 'o1', 'EDITOR')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireRole(user, 'o1', 'VIEWER')).toBe('VIEWER');
  });

  it('maps API key scopes to a role and enforces scopes', () => {
    const key: Identity = {
      requestId: 'r2',
      principal: { kind: 'apiKey', apiKeyId: 'k', organizationId: 'o1', scopes: ['READ'], createdBy: 'u1' },
    };
    expect(roleIn(key.principal, 'o1')).toBe('VIEWER');
    expect(() => requireScope(key, 'WRITE')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('internal token', () => {
  it('round-trips and rejects a token signed with another secret', async () => {
    const codec = createInternalTokenCodec('a'.repeat(32));
    const token = await codec.sign(user);
    expect(await codec.verify(token)).toEqual(user);
    const other = createInternalTokenCodec('b'.repeat(32));
    await expect(other.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('canvas grants', () => {
  const grantee: Identity = {
    requestId: 'r3',
    principal: {
      kind: 'user',
      userId: 'u2',
      sessionId: 's2',
      memberships: [],
      canvasGrants: [{ canvasId: 'c1', organizationId: 'o1', role: 'EDITOR' }],
    },
  };

  it('give a role on that canvas of that organization only, never membership', () => {
    expect(canvasGrantRole(grantee.principal, 'c1', 'o1')).toBe('EDITOR');
    expect(canvasGrantRole(grantee.principal, 'c1', 'o2')).toBeNull();
    expect(canvasGrantRole(grantee.principal, 'c2', 'o1')).toBeNull();
    expect(roleIn(grantee.principal, 'o1')).toBeNull();
    expect(() => requireRole(grantee, 'o1', 'VIEWER')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
