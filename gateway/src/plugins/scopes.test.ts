import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiScope, Identity, Principal } from '@tessera/auth';
import type { GatewayContext } from '../context.ts';
import { scopesPlugin } from './scopes.ts';

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
  memberships: [{ organizationId: 'o1', role: 'VIEWER' }],
};

/** Runs the plugin's didResolveOperation as Apollo does, after parsing and operation selection. */
async function check(
  plugin: ApolloServerPlugin<GatewayContext>,
  principal: Principal,
  query: string,
  operationName?: string,
): Promise<void> {
  const document = parse(query);
  const identity: Identity = { requestId: 'r1', principal };
  const listener = await plugin.requestDidStart!({} as never);
  await listener!.didResolveOperation!({
    request: { query, operationName },
    document,
    operation: getOperationAST(document, operationName) ?? undefined,
    contextValue: { identity },
  } as never);
}

describe('API key scopes at the gateway', () => {
  const plugin = scopesPlugin();
  const refused = { code: 'FORBIDDEN' };

  it('queries and subscriptions need READ', async () => {
    await expect(check(plugin, key('READ'), '{ me { id } }')).resolves.toBeUndefined();
    await expect(check(plugin, key('WRITE', 'QUERY_RUN'), '{ me { id } }')).rejects.toMatchObject(refused);
    await expect(check(plugin, key('WRITE'), 'subscription { canvasChanged { id } }')).rejects.toMatchObject(
      refused,
    );
    await expect(
      check(plugin, key('READ'), 'subscription { canvasChanged { id } }'),
    ).resolves.toBeUndefined();
  });

  it('mutations need WRITE, except running SQL which needs QUERY_RUN', async () => {
    await expect(
      check(plugin, key('READ', 'QUERY_RUN'), 'mutation { createCanvas { id } }'),
    ).rejects.toMatchObject(refused);
    await expect(check(plugin, key('WRITE'), 'mutation { createCanvas { id } }')).resolves.toBeUndefined();
    for (const field of ['runQuery', 'cancelQueryRun', 'exportQueryRun']) {
      await expect(check(plugin, key('QUERY_RUN'), `mutation { ${field} { id } }`)).resolves.toBeUndefined();
      await expect(check(plugin, key('READ', 'WRITE'), `mutation { ${field} { id } }`)).rejects.toMatchObject(
        refused,
      );
    }
    await expect(
      check(plugin, key('QUERY_RUN'), 'mutation { runQuery { id } cancelQueryRun { id } }'),
    ).resolves.toBeUndefined();
  });

  it('a run next to any other mutation field needs WRITE', async () => {
    await expect(
      check(plugin, key('QUERY_RUN'), 'mutation { runQuery { id } deleteCanvas { id } }'),
    ).rejects.toMatchObject(refused);
    await expect(
      check(plugin, key('QUERY_RUN'), 'mutation { deleteCanvas { id } runQuery { id } }'),
    ).rejects.toMatchObject(refused);
  });

  it('a mutation whose root fields hide in fragments needs WRITE', async () => {
    const viaSpread = 'mutation { ...M } fragment M on Mutation { deleteCanvas { id } }';
    const viaInline = 'mutation { ... on Mutation { deleteCanvas { id } } }';
    await expect(check(plugin, key('QUERY_RUN'), viaSpread)).rejects.toMatchObject(refused);
    await expect(check(plugin, key('QUERY_RUN'), viaInline)).rejects.toMatchObject(refused);
    await expect(check(plugin, key('WRITE'), viaSpread)).resolves.toBeUndefined();
  });

  it('a WRITE mutation spread next to runQuery (named or inline fragment) needs WRITE', async () => {
    const viaSpread = 'mutation { runQuery { id } ...F } fragment F on Mutation { deleteCanvas { id } }';
    const viaInline = 'mutation { runQuery { id } ... on Mutation { deleteCanvas { id } } }';
    const runsOnly =
      'mutation { ...R } fragment R on Mutation { runQuery { id } ... on Mutation { cancelQueryRun { id } } }';
    await expect(check(plugin, key('QUERY_RUN'), viaSpread)).rejects.toMatchObject(refused);
    await expect(check(plugin, key('QUERY_RUN'), viaInline)).rejects.toMatchObject(refused);
    await expect(check(plugin, key('QUERY_RUN'), runsOnly)).resolves.toBeUndefined();
    await expect(check(plugin, key('WRITE'), viaSpread)).resolves.toBeUndefined();
  });

  it('fragment walking: a fragment named like a field, repeated spreads, unknown fragments and cycles', async () => {
    // A fragment may share a root field's name: the field still counts as itself.
    const sameName =
      'mutation { deleteCanvas { id } ...deleteCanvas } fragment deleteCanvas on Mutation { runQuery { id } }';
    await expect(check(plugin, key('QUERY_RUN'), sameName)).rejects.toMatchObject(refused);
    // The spread fragment is the one by that name, not the first one defined.
    const second =
      'mutation { ...B } fragment A on Mutation { runQuery { id } } fragment B on Mutation { deleteCanvas { id } }';
    await expect(check(plugin, key('QUERY_RUN'), second)).rejects.toMatchObject(refused);
    // A fragment spread twice is counted once and adds nothing else.
    const twice = 'mutation { ...R ...R } fragment R on Mutation { runQuery { id } }';
    await expect(check(plugin, key('QUERY_RUN'), twice)).resolves.toBeUndefined();
    // A spread of an unknown fragment (validation refuses it anyway) is counted as a write: fail closed, never a crash.
    await expect(check(plugin, key('WRITE'), 'mutation { ...Missing }')).resolves.toBeUndefined();
    await expect(
      check(plugin, key('QUERY_RUN'), 'mutation { runQuery { id } ...Missing }'),
    ).rejects.toMatchObject(refused);
    // A fragment cycle (also refused by validation) terminates, and with no root field left it needs WRITE.
    const cycle = 'mutation { ...A } fragment A on Mutation { runQuery { id } ...A }';
    await expect(check(plugin, key('QUERY_RUN'), cycle)).resolves.toBeUndefined();
    await expect(
      check(plugin, key('QUERY_RUN'), 'mutation { ...E } fragment E on Mutation { ...E }'),
    ).rejects.toMatchObject(refused);
  });

  it('signed-in users act with every scope', async () => {
    await expect(check(plugin, user, 'mutation { deleteCanvas { id } }')).resolves.toBeUndefined();
    await expect(check(plugin, user, '{ me { id } }')).resolves.toBeUndefined();
  });

  it('a document with several operations and no operationName is refused before any scope check', async () => {
    const document = 'query A { me { id } } mutation B { deleteCanvas { id } }';
    await expect(check(plugin, user, document)).rejects.toMatchObject({
      message: expect.stringMatching(/name the one to run with operationName/),
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
    });
    await expect(check(plugin, key('READ'), document, 'A')).resolves.toBeUndefined();
    await expect(check(plugin, key('READ'), document, 'B')).rejects.toMatchObject(refused);
  });
});
