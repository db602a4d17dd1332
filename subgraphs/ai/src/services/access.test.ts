import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Identity, Role } from '@tessera/auth';
import type { QueriesClient } from '../clients/queries-client.ts';
import { actorOf, createAccess } from './access.ts';

const ORG = randomUUID();
const OTHER = randomUUID();
const source = { organizationId: ORG, dataSourceId: 'ds1' };
const run = { organizationId: ORG, runId: 'run1' };

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
const queries = {
  sourceContext: async (id: string) => {
    lookups.push(id);
    return id === 'ds1' ? source : null;
  },
  run: async (id: string) => {
    lookups.push(id);
    return id === 'run1' ? run : null;
  },
} as unknown as QueriesClient;
const access = createAccess(queries);

describe('assistant tenancy checks', () => {
  it('members, VIEWER and above, use the assistant on their sources and runs', async () => {
    await expect(access.source(member('VIEWER'), 'ds1')).resolves.toBe(source);
    await expect(access.run(member('VIEWER'), 'run1')).resolves.toBe(run);
    await expect(access.source(apiKey(['READ']), 'ds1')).resolves.toBe(source);
    await expect(access.run(apiKey(['READ']), 'run1')).resolves.toBe(run);
  });

  it('another tenant and unknown ids are NOT_FOUND, named', async () => {
    await expect(access.source(member('OWNER', OTHER), 'ds1')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Data source'),
    });
    await expect(access.source(member('OWNER'), 'ds2')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Data source'),
    });
    await expect(access.run(member('OWNER', OTHER), 'run1')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Query run'),
    });
    await expect(access.run(member('OWNER'), 'run2')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Query run'),
    });
    await expect(access.source(apiKey(['READ'], OTHER), 'ds1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('API keys without READ and anonymous callers are refused before any lookup', async () => {
    lookups.length = 0;
    await expect(access.source(apiKey(['WRITE', 'QUERY_RUN']), 'ds1')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(access.run(apiKey(['WRITE', 'QUERY_RUN']), 'run1')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(access.source(anonymous, 'ds1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(access.run(anonymous, 'run1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(lookups).toEqual([]);
  });

  it('records are attributed to the user, or to the API key and its creator', () => {
    expect(actorOf(member('VIEWER'))).toEqual({ userId: 'u1', apiKeyId: null });
    expect(actorOf(apiKey(['READ']))).toEqual({ userId: 'creator', apiKeyId: 'k1' });
    expect(() => actorOf(anonymous)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
