import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Identity, Role } from '@tessera/auth';
import type { CanvasRecord } from '../data/index.ts';
import { actorId, createAccess } from './access.ts';

const ORG = randomUUID();
const OTHER = randomUUID();
const PROJECT = randomUUID();

const member = (role: Role, organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'user', userId: 'u1', sessionId: 's1', memberships: [{ organizationId, role }] },
});
const apiKey = (scopes: ApiScope[], organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'apiKey', apiKeyId: 'k1', organizationId, scopes, createdBy: 'u1' },
});
const anonymous: Identity = { requestId: 'r', principal: { kind: 'anonymous' } };

function canvasRecord(overrides: Partial<CanvasRecord> = {}): CanvasRecord {
  const now = new Date();
  return {
    id: randomUUID(),
    organizationId: ORG,
    projectId: PROJECT,
    name: 'c',
    blocks: [],
    version: 1,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    lastAutoSnapshotAt: null,
    ...overrides,
  };
}
const live = canvasRecord();
const trashed = canvasRecord({ deletedAt: new Date() });
const canvases = new Map([live, trashed].map((c) => [c.id, c]));
const lookups: string[] = [];
const access = createAccess({
  repos: {
    canvases: {
      find: async (id: string) => {
        lookups.push(id);
        return canvases.get(id) ?? null;
      },
    },
  } as never,
  directory: { organizationOf: async (id: string) => (id === PROJECT ? ORG : null) },
});

const notFound = (what: string) =>
  expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining(what) });
const forbidden = expect.objectContaining({ code: 'FORBIDDEN' });

describe('canvases tenancy checks', () => {
  it('VIEWER reads, EDITOR and above write; the caller’s role comes back', async () => {
    await expect(access.canvas(member('VIEWER'), live.id, 'VIEWER')).resolves.toEqual({
      canvas: live,
      role: 'VIEWER',
    });
    await expect(access.canvas(member('VIEWER'), live.id, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access.canvas(member('ADMIN'), live.id, 'EDITOR')).resolves.toEqual({
      canvas: live,
      role: 'ADMIN',
    });
  });

  it('another tenant, a trashed canvas, an unknown or malformed id: all NOT_FOUND', async () => {
    await expect(access.canvas(member('OWNER', OTHER), live.id, 'VIEWER')).rejects.toEqual(
      notFound('Canvas'),
    );
    await expect(access.canvas(member('OWNER'), trashed.id, 'VIEWER')).rejects.toEqual(notFound('Canvas'));
    await expect(access.canvas(member('OWNER'), randomUUID(), 'VIEWER')).rejects.toEqual(notFound('Canvas'));
    lookups.length = 0;
    await expect(access.canvas(member('OWNER'), `${live.id} `, 'VIEWER')).rejects.toEqual(notFound('Canvas'));
    await expect(access.canvas(member('OWNER'), `a${live.id}`, 'VIEWER')).rejects.toEqual(notFound('Canvas'));
    await expect(access.deletedCanvas(member('OWNER'), 'not-a-uuid')).rejects.toEqual(notFound('Canvas'));
    expect(lookups).toEqual([]);
  });

  it('API keys act as VIEWER with READ and as EDITOR with WRITE', async () => {
    await expect(access.canvas(apiKey(['READ']), live.id, 'VIEWER')).resolves.toMatchObject({
      role: 'VIEWER',
    });
    await expect(access.canvas(apiKey(['WRITE']), live.id, 'VIEWER')).rejects.toEqual(forbidden);
    await expect(access.canvas(apiKey(['READ']), live.id, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access.canvas(apiKey(['WRITE']), live.id, 'EDITOR')).resolves.toMatchObject({
      role: 'EDITOR',
    });
    await expect(access.canvas(apiKey(['READ', 'WRITE'], OTHER), live.id, 'VIEWER')).rejects.toEqual(
      notFound('Canvas'),
    );
  });

  it('restoring from the trash needs EDITOR on the canvas’s organization', async () => {
    await expect(access.deletedCanvas(member('EDITOR'), trashed.id)).resolves.toBe(trashed);
    await expect(access.deletedCanvas(member('VIEWER'), trashed.id)).rejects.toEqual(forbidden);
    await expect(access.deletedCanvas(member('OWNER', OTHER), trashed.id)).rejects.toEqual(
      notFound('Canvas'),
    );
    await expect(access.deletedCanvas(member('OWNER'), randomUUID())).rejects.toEqual(notFound('Canvas'));
    await expect(access.deletedCanvas(apiKey(['READ']), trashed.id)).rejects.toEqual(forbidden);
    await expect(access.deletedCanvas(anonymous, trashed.id)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('projects: members by role, others NOT_FOUND', async () => {
    await expect(access.project(member('VIEWER'), PROJECT, 'VIEWER')).resolves.toBe(ORG);
    await expect(access.project(member('VIEWER'), PROJECT, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access.project(member('OWNER', OTHER), PROJECT, 'VIEWER')).rejects.toEqual(
      notFound('Project'),
    );
    await expect(access.project(member('OWNER'), randomUUID(), 'VIEWER')).rejects.toEqual(
      notFound('Project'),
    );
    await expect(access.project(apiKey(['READ']), PROJECT, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access.project(anonymous, PROJECT, 'VIEWER')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('running a canvas’s SQL: VIEWER and above; API keys also need QUERY_RUN', async () => {
    await expect(access.runner(member('VIEWER'), live.id)).resolves.toMatchObject({ canvas: live });
    await expect(access.runner(apiKey(['READ']), live.id)).rejects.toEqual(forbidden);
    await expect(access.runner(apiKey(['READ', 'QUERY_RUN']), live.id)).resolves.toMatchObject({
      role: 'VIEWER',
    });
    await expect(access.runner(member('OWNER', OTHER), live.id)).rejects.toEqual(notFound('Canvas'));
  });

  it('organization checks (share links, versions) name what was not found', () => {
    expect(access.organization(member('ADMIN'), ORG, 'EDITOR', 'Share link')).toBe('ADMIN');
    expect(() => access.organization(member('VIEWER'), ORG, 'EDITOR', 'Share link')).toThrow(forbidden);
    expect(() => access.organization(member('OWNER', OTHER), ORG, 'VIEWER', 'Share link')).toThrow(
      notFound('Share link'),
    );
    expect(() => access.organization(apiKey(['READ']), ORG, 'EDITOR', 'Share link')).toThrow(forbidden);
    expect(() => access.organization(anonymous, ORG, 'VIEWER', 'Share link')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('anonymous callers are UNAUTHENTICATED before any lookup', async () => {
    lookups.length = 0;
    await expect(access.canvas(anonymous, live.id, 'VIEWER')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(lookups).toEqual([]);
  });

  it('authors are users; API keys author nothing', () => {
    expect(actorId(member('EDITOR'))).toBe('u1');
    expect(actorId(apiKey(['WRITE']))).toBeNull();
  });
  it('an API key with WRITE but not READ cannot read projects or organizations', async () => {
    await expect(access.project(apiKey(['WRITE']), PROJECT, 'VIEWER')).rejects.toEqual(forbidden);
    expect(() => access.organization(apiKey(['WRITE']), ORG, 'VIEWER', 'Share link')).toThrow(forbidden);
    expect(access.organization(apiKey(['READ']), ORG, 'VIEWER', 'Share link')).toBe('VIEWER');
  });

  it('anonymous callers reach no repository or directory', async () => {
    const calls: string[] = [];
    const strict = createAccess({
      repos: {
        canvases: { find: async (id: string) => (calls.push(id), canvases.get(id) ?? null) },
      } as never,
      directory: { organizationOf: async (id: string) => (calls.push(id), id === PROJECT ? ORG : null) },
    });
    await expect(strict.deletedCanvas(anonymous, trashed.id)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(strict.project(anonymous, PROJECT, 'VIEWER')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(strict.runner(anonymous, live.id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toEqual([]);
  });
});

describe('canvas grants (shareCanvas): one canvas, nothing around it', () => {
  const other = canvasRecord();
  canvases.set(other.id, other);
  const grantee = (
    role: 'VIEWER' | 'EDITOR',
    canvasId = live.id,
    memberships: { organizationId: string; role: Role }[] = [],
  ): Identity => ({
    requestId: 'r',
    principal: {
      kind: 'user',
      userId: 'u9',
      sessionId: 's9',
      memberships,
      canvasGrants: [{ canvasId, organizationId: ORG, role }],
    },
  });

  it('a VIEWER grant reads the canvas and cannot write it; an EDITOR grant writes', async () => {
    await expect(access.canvas(grantee('VIEWER'), live.id, 'VIEWER')).resolves.toEqual({
      canvas: live,
      role: 'VIEWER',
    });
    await expect(access.canvas(grantee('VIEWER'), live.id, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access.canvas(grantee('EDITOR'), live.id, 'EDITOR')).resolves.toEqual({
      canvas: live,
      role: 'EDITOR',
    });
    await expect(access.runner(grantee('VIEWER'), live.id)).resolves.toEqual({
      canvas: live,
      role: 'VIEWER',
    });
  });

  it('the organization’s other canvases, the project, the trash and the organization stay NOT_FOUND', async () => {
    await expect(access.canvas(grantee('EDITOR'), other.id, 'VIEWER')).rejects.toEqual(notFound('Canvas'));
    await expect(access.project(grantee('EDITOR'), PROJECT, 'VIEWER')).rejects.toEqual(notFound('Project'));
    await expect(access.deletedCanvas(grantee('EDITOR', trashed.id), trashed.id)).rejects.toEqual(
      notFound('Canvas'),
    );
    expect(() => access.organization(grantee('EDITOR'), ORG, 'VIEWER', 'Share link')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('a grant filed under another organization does not open the canvas', async () => {
    const forged: Identity = {
      requestId: 'r',
      principal: {
        kind: 'user',
        userId: 'u9',
        sessionId: 's9',
        memberships: [],
        canvasGrants: [{ canvasId: live.id, organizationId: OTHER, role: 'EDITOR' }],
      },
    };
    await expect(access.canvas(forged, live.id, 'VIEWER')).rejects.toEqual(notFound('Canvas'));
  });

  it('a member with a grant gets the higher of the two roles', async () => {
    await expect(
      access.canvas(grantee('EDITOR', live.id, [{ organizationId: ORG, role: 'VIEWER' }]), live.id, 'EDITOR'),
    ).resolves.toEqual({ canvas: live, role: 'EDITOR' });
    await expect(
      access.canvas(grantee('VIEWER', live.id, [{ organizationId: ORG, role: 'ADMIN' }]), live.id, 'EDITOR'),
    ).resolves.toEqual({ canvas: live, role: 'ADMIN' });
  });
});
