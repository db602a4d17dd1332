import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Identity, Role } from '@tessera/auth';
import { actorOf, createAccess } from './access.ts';

const ORG = randomUUID();
const OTHER = randomUUID();
const CANVAS = { id: 'canvas-1', organizationId: ORG, projectId: 'p1', name: 'Revenue' };

const member = (role: Role, organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'user', userId: 'u1', sessionId: 's1', memberships: [{ organizationId, role }] },
});
const apiKey = (scopes: ApiScope[], organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'apiKey', apiKeyId: 'k1', organizationId, scopes, createdBy: 'creator' },
});
const anonymous: Identity = { requestId: 'r', principal: { kind: 'anonymous' } };

const lookups: string[] = [];
const access = createAccess({
  canvas: async (id: string) => {
    lookups.push(id);
    return id === CANVAS.id ? CANVAS : null;
  },
});
const notFound = expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Canvas') });
const forbidden = expect.objectContaining({ code: 'FORBIDDEN' });

describe('comments tenancy checks', () => {
  it('every member, VIEWER included, reads and writes comments', async () => {
    await expect(access.canvas(member('VIEWER'), CANVAS.id, 'read')).resolves.toEqual({
      canvas: CANVAS,
      role: 'VIEWER',
    });
    await expect(access.canvas(member('VIEWER'), CANVAS.id, 'write')).resolves.toEqual({
      canvas: CANVAS,
      role: 'VIEWER',
    });
    expect(access.member(member('EDITOR'), ORG, 'write', 'Comment')).toBe('EDITOR');
  });

  it('another tenant and an unknown canvas are NOT_FOUND', async () => {
    await expect(access.canvas(member('OWNER', OTHER), CANVAS.id, 'read')).rejects.toEqual(notFound);
    await expect(access.canvas(member('OWNER'), 'nope', 'read')).rejects.toEqual(notFound);
    expect(() => access.member(member('OWNER', OTHER), ORG, 'read', 'Comment')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Comment') }),
    );
  });

  it('API keys need READ to read and WRITE to write, checked before the canvas is looked up', async () => {
    await expect(access.canvas(apiKey(['READ']), CANVAS.id, 'read')).resolves.toMatchObject({
      role: 'VIEWER',
    });
    await expect(access.canvas(apiKey(['WRITE']), CANVAS.id, 'write')).resolves.toMatchObject({
      role: 'EDITOR',
    });
    lookups.length = 0;
    await expect(access.canvas(apiKey(['WRITE']), CANVAS.id, 'read')).rejects.toEqual(forbidden);
    await expect(access.canvas(apiKey(['READ']), CANVAS.id, 'write')).rejects.toEqual(forbidden);
    expect(lookups).toEqual([]);
    expect(() => access.member(apiKey(['READ']), ORG, 'write', 'Comment')).toThrow(forbidden);
    expect(() => access.member(apiKey(['WRITE']), ORG, 'read', 'Comment')).toThrow(forbidden);
    await expect(access.canvas(apiKey(['READ', 'WRITE'], OTHER), CANVAS.id, 'read')).rejects.toEqual(
      notFound,
    );
  });

  it('anonymous callers are UNAUTHENTICATED before any lookup', async () => {
    lookups.length = 0;
    await expect(access.canvas(anonymous, CANVAS.id, 'read')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(() => access.member(anonymous, ORG, 'read', 'Comment')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(lookups).toEqual([]);
  });

  it('writes are attributed to the user, or to the API key and its creator', () => {
    expect(actorOf(member('VIEWER'))).toEqual({ userId: 'u1', apiKeyId: null });
    expect(actorOf(apiKey(['WRITE']))).toEqual({ userId: 'creator', apiKeyId: 'k1' });
    expect(() => actorOf(anonymous)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
