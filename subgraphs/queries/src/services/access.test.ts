import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Identity, Role } from '@tessera/auth';
import { createAccess, requireConnectionTester } from './access.ts';

const ORG = randomUUID();
const OTHER = randomUUID();
const SOURCE = randomUUID();
const RUN = randomUUID();
const SAVED = randomUUID();
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

/** Owners as the data layer answers them: which organization each id belongs to. */
const owners = new Map<string, string>([
  [`data_source:${SOURCE}`, ORG],
  [`query_run:${RUN}`, ORG],
  [`saved_query:${SAVED}`, ORG],
]);
const lookups: string[] = [];
// Built per test (not at import), so that each test exercises the access object it checks.
const access = () =>
  createAccess({
    repos: {
      dataSources: {
        ownerOf: async (kind: string, id: string) => {
          lookups.push(id);
          return owners.get(`${kind}:${id}`) ?? null;
        },
      },
    } as never,
    directory: { organizationOf: async (id: string) => (id === PROJECT ? ORG : null) },
  });

const notFound = (what: string) =>
  expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining(what) });
const forbidden = expect.objectContaining({ code: 'FORBIDDEN' });

describe('queries tenancy checks', () => {
  it('members see their organization’s sources, runs and saved queries', async () => {
    await expect(access().source(member('VIEWER'), SOURCE)).resolves.toBe(ORG);
    await expect(access().run(member('VIEWER'), RUN)).resolves.toBe(ORG);
    await expect(access().savedQuery(member('VIEWER'), SAVED)).resolves.toBe(ORG);
    await expect(access().source(member('EDITOR'), SOURCE, 'EDITOR')).resolves.toBe(ORG);
    await expect(access().project(member('VIEWER'), PROJECT)).resolves.toBe(ORG);
  });

  it('another tenant gets NOT_FOUND, exactly like an id that does not exist', async () => {
    await expect(access().source(member('OWNER', OTHER), SOURCE)).rejects.toEqual(notFound('Data source'));
    await expect(access().run(member('OWNER', OTHER), RUN)).rejects.toEqual(notFound('Query run'));
    await expect(access().savedQuery(member('OWNER', OTHER), SAVED)).rejects.toEqual(notFound('Saved query'));
    await expect(access().project(member('OWNER', OTHER), PROJECT)).rejects.toEqual(notFound('Project'));
    await expect(access().source(member('OWNER'), randomUUID())).rejects.toEqual(notFound('Data source'));
    await expect(access().run(member('OWNER'), SOURCE)).rejects.toEqual(notFound('Query run'));
    await expect(access().savedQuery(member('OWNER'), RUN)).rejects.toEqual(notFound('Saved query'));
    await expect(access().project(member('OWNER'), randomUUID())).rejects.toEqual(notFound('Project'));
    await expect(access().source(apiKey(['READ'], OTHER), SOURCE)).rejects.toEqual(notFound('Data source'));
  });

  it('ids that are not UUIDs are NOT_FOUND without reaching the database', async () => {
    lookups.length = 0;
    await expect(access().source(member('OWNER'), `${SOURCE}'--`)).rejects.toEqual(notFound('Data source'));
    await expect(access().source(member('OWNER'), `x${SOURCE}`)).rejects.toEqual(notFound('Data source'));
    expect(lookups).toEqual([]);
  });

  it('a member below the needed role gets FORBIDDEN; anonymous callers UNAUTHENTICATED', async () => {
    await expect(access().source(member('VIEWER'), SOURCE, 'EDITOR')).rejects.toEqual(forbidden);
    await expect(access().project(member('EDITOR'), PROJECT, 'ADMIN')).rejects.toEqual(forbidden);
    await expect(access().project(member('ADMIN'), PROJECT, 'ADMIN')).resolves.toBe(ORG);
    await expect(access().source(anonymous, SOURCE)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(access().project(anonymous, PROJECT)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('running SQL: EDITOR and above, or an API key of the organization with QUERY_RUN', () => {
    expect(() => access().requireRunner(member('EDITOR'), ORG)).not.toThrow();
    expect(() => access().requireRunner(member('OWNER'), ORG)).not.toThrow();
    expect(() => access().requireRunner(member('VIEWER'), ORG)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/EDITOR/) }),
    );
    expect(() => access().requireRunner(member('OWNER', OTHER), ORG)).toThrow(notFound('Data source'));
    expect(() => access().requireRunner(apiKey(['QUERY_RUN']), ORG)).not.toThrow();
    expect(() => access().requireRunner(apiKey(['READ', 'WRITE']), ORG)).toThrow(forbidden);
    expect(() => access().requireRunner(apiKey(['QUERY_RUN'], OTHER), ORG)).toThrow(notFound('Data source'));
    expect(() => access().requireRunner(anonymous, ORG)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('testing a connection needs EDITOR (an API key with WRITE)', () => {
    expect(() => requireConnectionTester(member('EDITOR'), ORG)).not.toThrow();
    expect(() => requireConnectionTester(member('VIEWER'), ORG)).toThrow(forbidden);
    expect(() => requireConnectionTester(apiKey(['READ']), ORG)).toThrow(forbidden);
    expect(() => requireConnectionTester(apiKey(['WRITE']), ORG)).not.toThrow();
    expect(() => requireConnectionTester(member('OWNER', OTHER), ORG)).toThrow(notFound('Data source'));
  });
  it('anonymous callers reach no repository or directory', async () => {
    const calls: string[] = [];
    const strict = createAccess({
      repos: {
        dataSources: { ownerOf: async (_kind: string, id: string) => (calls.push(id), ORG) },
      } as never,
      directory: { organizationOf: async (id: string) => (calls.push(id), ORG) },
    });
    await expect(strict.source(anonymous, SOURCE)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(strict.run(anonymous, RUN)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(strict.project(anonymous, PROJECT)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toEqual([]);
  });

  it('a source whose organization is known gets the same membership checks without a lookup', () => {
    const checks = access();
    const before = lookups.length;
    expect(checks.sourceOwnedBy(member('VIEWER'), ORG)).toBe(ORG);
    expect(() => checks.sourceOwnedBy(member('OWNER', OTHER), ORG)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => checks.sourceOwnedBy(anonymous, ORG)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(lookups.length).toBe(before);
  });
});
