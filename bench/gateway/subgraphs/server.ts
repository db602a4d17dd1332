// One benchmark subgraph in its own process: `node --import tsx bench/gateway/subgraphs/server.ts <name> [port]`.
// @apollo/subgraph's schema on a minimal node:http server (POST /graphql, GET /health). Parsed
// and validated documents are cached by query text (gateways send the same few operations), so
// the subgraphs stay cheap and the gateway under test is what the benchmark measures.
// Prints `{"ready":true,"name":…,"port":…}` on stdout once listening; SIGTERM/SIGINT stop it.
// The accounts subgraph also answers Tessera's gateway's POST /internal/authenticate (the realistic
// mix's signed-in users) when BENCH_JWT_SECRET and INTERNAL_SECRET are set: the access token is
// verified by the accounts service's own code (pinned HS256, issuer, audience, expiry); the
// principal is the token's user with no memberships (the real service also reads the session and
// memberships from PostgreSQL, which the gateway's principal cache spares on repeat requests).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { createAccessTokens } from '../../../subgraphs/accounts/src/services/access-tokens.ts';
import { SUBGRAPHS, SUBGRAPH_NAMES, type SubgraphName } from './schemas.ts';

const name = process.argv[2] as SubgraphName;
if (!SUBGRAPH_NAMES.includes(name)) throw new Error(`usage: server.ts <${SUBGRAPH_NAMES.join('|')}> [port]`);
const port = Number(process.argv[3] ?? 0);
const schema = buildSubgraphSchema([SUBGRAPHS[name]]);

type Prepared =
  { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };
const documents = new Map<string, Prepared>();

function prepare(query: string): Prepared {
  let prepared = documents.get(query);
  if (prepared) return prepared;
  try {
    const document = parse(query);
    const errors = validate(schema, document);
    prepared = errors.length > 0 ? { errors } : { document };
  } catch (error) {
    prepared = { errors: [error as GraphQLError] };
  }
  if (documents.size < 1000) documents.set(query, prepared);
  return prepared;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

const accessTokens =
  name === 'accounts' && process.env.BENCH_JWT_SECRET && process.env.INTERNAL_SECRET
    ? createAccessTokens({ secret: process.env.BENCH_JWT_SECRET, ttlSeconds: 3600 })
    : undefined;

async function authenticate(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!accessTokens || req.headers['x-internal-secret'] !== process.env.INTERNAL_SECRET)
    return send(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { token } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { token: string };
  try {
    const { userId, sessionId } = await accessTokens.verify(token);
    send(res, 200, { principal: { kind: 'user', userId, sessionId, memberships: [] } });
  } catch {
    send(res, 200, { error: { code: 'UNAUTHENTICATED', message: 'Invalid access token' } });
  }
}

// Tessera's write-ahead audit log (the gateway appends a mutation's entry before running it): kept
// in memory here, answered as accounts answers once its PostgreSQL commit is done.
let auditEntries = 0;
async function audit(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!accessTokens || req.headers['x-internal-secret'] !== process.env.INTERNAL_SECRET)
    return send(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    entries?: unknown[];
    outcomes?: unknown[];
  };
  if (req.url === '/internal/audit/outcomes')
    return send(res, 200, { completed: body.outcomes?.length ?? 0 });
  const ids = (body.entries ?? []).map(() => `audit-${++auditEntries}`);
  send(res, 200, { appended: ids.length, ids });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok', components: {} });
  if (req.method === 'POST' && req.url === '/internal/authenticate') return authenticate(req, res);
  if (req.method === 'POST' && req.url?.startsWith('/internal/audit')) return audit(req, res);
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql'))
    return send(res, 404, { error: 'Not found' });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return send(res, 400, { errors: [{ message: 'Malformed JSON body' }] });
  }
  if (typeof body.query !== 'string') return send(res, 400, { errors: [{ message: 'Missing query' }] });
  const prepared = prepare(body.query);
  if (!prepared.document)
    return send(res, 400, { errors: prepared.errors.map((e) => ({ message: e.message })) });
  const result = await execute({
    schema,
    document: prepared.document,
    variableValues: body.variables ?? null,
    operationName: body.operationName ?? null,
  });
  send(res, 200, result);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (!res.headersSent) send(res, 500, { errors: [{ message: String(error) }] });
    else res.destroy();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, name, port: (server.address() as AddressInfo).port }));
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
