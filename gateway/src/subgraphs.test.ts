import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Identity } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import type { GatewayContext } from './context.ts';
import { IdentityForwardingDataSource } from './subgraphs.ts';

// A stand-in subgraph: records what it receives, answers after a short delay (so requests overlap).
const received: {
  headers: IncomingMessage['headers'];
  body: { query: string; variables?: Record<string, unknown> };
}[] = [];
let status = 200;
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    received.push({ headers: req.headers, body: JSON.parse(text) });
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'max-age=30, private' });
      res.end(
        status === 200
          ? JSON.stringify({ data: { value: { n: received.length } } })
          : JSON.stringify({ error: 'nope' }),
      );
    }, 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
const sources: IdentityForwardingDataSource[] = [];
afterAll(async () => {
  await Promise.all(sources.map((s) => s.close()));
  server.close();
});
const dataSource = (config: ConstructorParameters<typeof IdentityForwardingDataSource>[0]) => {
  const created = new IdentityForwardingDataSource(config);
  sources.push(created);
  return created;
};

const identity = (requestId: string, userId = 'u1'): Identity => ({
  requestId,
  principal: { kind: 'user', userId, sessionId: 's', memberships: [] },
});
const context = (id: Identity): GatewayContext => ({
  identity: id,
  identityToken: `token-${id.requestId}`,
  logger: silentLogger,
});

function process(
  source: IdentityForwardingDataSource,
  ctx: GatewayContext,
  operation: 'query' | 'mutation' = 'query',
  restrict?: (hint: object) => void,
) {
  return source.process({
    kind: 'incoming operation' as never,
    request: { query: '{ value { n } }', variables: { a: 1 } },
    incomingRequestContext: {
      operation: { operation },
      overallCachePolicy: restrict ? { restrict } : undefined,
    } as never,
    context: ctx,
  });
}

describe('IdentityForwardingDataSource', () => {
  it('forwards the signed identity and request id, posts the request as JSON, and honours Cache-Control', async () => {
    received.length = 0;
    const hints: object[] = [];
    const source = dataSource({ url });
    const result = await process(source, context(identity('r1')), 'query', (hint) => hints.push(hint));
    expect(result.data).toEqual({ value: { n: 1 } });
    expect(received[0]!.headers).toMatchObject({
      'x-tessera-identity': 'token-r1',
      'x-request-id': 'r1',
      'content-type': 'application/json',
    });
    expect(received[0]!.body).toEqual({ query: '{ value { n } }', variables: { a: 1 } });
    expect(hints).toEqual([{ maxAge: 30, scope: 'PRIVATE' }]);
  });

  it('shares identical concurrent queries of one caller, each with its own copy; never mutations or other callers', async () => {
    received.length = 0;
    const source = dataSource({ url });
    const same = await Promise.all([
      process(source, context(identity('r1'))),
      process(source, context(identity('r2'))),
    ]);
    expect(received).toHaveLength(1);
    expect(same[0]).toEqual(same[1]);
    expect(same[0]!.data).not.toBe(same[1]!.data);
    await Promise.all([
      process(source, context(identity('r3'))),
      process(source, context(identity('r4', 'u2'))),
    ]);
    expect(received).toHaveLength(3);
    await Promise.all([
      process(source, context(identity('r5')), 'mutation'),
      process(source, context(identity('r6')), 'mutation'),
    ]);
    expect(received).toHaveLength(5);
    const off = dataSource({ url, requestOptions: { dedupeInflightQueries: false } });
    await Promise.all([process(off, context(identity('r7'))), process(off, context(identity('r8')))]);
    expect(received).toHaveLength(7);
  });

  it('turns a non-2xx answer into the same GraphQLError as RemoteGraphQLDataSource', async () => {
    status = 401;
    try {
      const error = await process(dataSource({ url }), context(identity('r9'))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).message).toBe('401: Unauthorized');
      expect((error as GraphQLError).extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        response: { status: 401, body: { error: 'nope' } },
      });
    } finally {
      status = 200;
    }
  });
});
