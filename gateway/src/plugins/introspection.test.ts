import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Principal } from '@tessera/auth';
import { introspectionPolicy } from './introspection.ts';

const key = (...scopes: ApiScope[]): Principal => ({
  kind: 'apiKey',
  apiKeyId: 'k1',
  organizationId: 'o1',
  scopes,
  createdBy: 'u1',
});
const user: Principal = {
  kind: 'user',
  userId: 'u1',
  sessionId: 's1',
  memberships: [{ organizationId: 'o1', role: 'OWNER' }],
};
const anonymous: Principal = { kind: 'anonymous' };

async function check(production: boolean, principal: Principal, query: string): Promise<void> {
  const listener = await introspectionPolicy({ production }).requestDidStart!({} as never);
  await listener!.didResolveOperation!({
    document: parse(query),
    contextValue: { identity: { requestId: 'r1', principal } },
  } as never);
}

const SCHEMA = '{ __schema { types { name } } }';
const TYPE = '{ __type(name: "Canvas") { fields { name } } }';

describe('introspection policy', () => {
  it('in production, only API keys with READ may introspect (__schema and __type)', async () => {
    for (const query of [SCHEMA, TYPE]) {
      await expect(check(true, key('READ'), query)).resolves.toBeUndefined();
      for (const principal of [anonymous, user, key('WRITE', 'QUERY_RUN')]) {
        await expect(check(true, principal, query)).rejects.toMatchObject({
          code: 'FORBIDDEN',
          message: expect.stringMatching(/READ scope/),
        });
      }
    }
  });

  it('finds introspection in any operation of the document', async () => {
    await expect(check(true, user, `query A { me { id } } query B ${SCHEMA}`)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      check(true, user, `fragment F on Query { me { id } } query B ${TYPE}`),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ordinary operations and __typename pass in production', async () => {
    await expect(check(true, anonymous, '{ __typename me { id } }')).resolves.toBeUndefined();
    await expect(
      check(true, user, 'query A { me { id } } fragment F on Query { __typename }'),
    ).resolves.toBeUndefined();
  });

  it('in development everyone may introspect', async () => {
    await expect(check(false, anonymous, SCHEMA)).resolves.toBeUndefined();
    await expect(check(false, user, TYPE)).resolves.toBeUndefined();
  });
});
