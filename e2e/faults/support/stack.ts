// A fault-test stack: the real accounts subgraph and a Mongo dev server in this process (they
// survive), and the canvases subgraph + collab server as a child process that tests SIGKILL and
// restart on the same ports. GraphQL goes straight to the canvases subgraph with the identity
// header the gateway would sign for the signed-up user; live clients use the user's real token.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import type { Identity } from '@tessera/auth';
import { openCanvasStore, type CanvasStore } from '@tessera/canvases/live';
import {
  collabProviderOptions,
  watchCollabStatus,
  type CollabStatusMessage,
} from '@tessera/canvas-model/collab';
import { silentLogger } from '@tessera/logger';
import { start as startMongo } from '@tessera/mongo-dev-server';
import { createTestDatabase, freePort, signedIdentityHeaders, TEST_SECRETS } from '@tessera/testing';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface GraphQLAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface CanvasNode {
  readonly process: ChildProcess;
  /** Resolves with the exit code, or the signal name. */
  readonly exited: Promise<number | string>;
  output(): string;
}

export interface FaultStack {
  user: { accessToken: string; userId: string; organizationId: string; projectId: string };
  identity: Identity;
  canvasesUrl: string;
  collabUrl: string;
  store: CanvasStore;
  node: CanvasNode;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  /** Starts the canvas node (again) on the same ports and waits until it answers. */
  startNode(): Promise<CanvasNode>;
  liveClient(canvasId: string): LiveClient;
  stop(): Promise<void>;
}

export interface LiveClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  statuses: CollabStatusMessage[];
  synced(): Promise<void>;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id memberships { organization { id projects { id } } } } } }`;

export async function startFaultStack(nodeEnv: Record<string, string> = {}): Promise<FaultStack> {
  const db = await createTestDatabase(inject('adminDatabaseUrl'));
  const accounts = createAccounts({
    config: loadAccountsConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      ACCOUNTS_PORT: '0',
      DATABASE_URL: db.url,
    }),
    logger: silentLogger,
  });
  const accountsAddress = await accounts.start();
  const mongo = await startMongo({ port: 0 });
  const mongodbUrl = `${mongo.uri}/tessera`;
  const store = await openCanvasStore({ mongodbUrl });
  const canvasesPort = await freePort();
  const collabPort = await freePort();
  const env = {
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CANVASES_PORT: String(canvasesPort),
    COLLAB_PORT: String(collabPort),
    MONGODB_URL: mongodbUrl,
    ACCOUNTS_URL: accountsAddress.url,
    QUERIES_URL: 'http://127.0.0.1:9/graphql',
    ...nodeEnv,
  };
  const canvasesUrl = `http://127.0.0.1:${canvasesPort}/graphql`;
  const collabUrl = `ws://127.0.0.1:${collabPort}/collab`;

  const anonymous: Identity = { requestId: randomUUID(), principal: { kind: 'anonymous' } };
  const signUp = await post<{
    signUp: {
      accessToken: string;
      user: { id: string; memberships: { organization: { id: string; projects: { id: string }[] } }[] };
    };
  }>(accountsAddress.url, await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, anonymous), SIGN_UP, {
    input: {
      email: `fault-${randomBytes(4).toString('hex')}@example.com`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      name: 'Fault Tester',
      organizationName: 'Faults',
    },
  });
  if (!signUp.data) throw new Error(`signUp failed: ${JSON.stringify(signUp.errors)}`);
  const organization = signUp.data.signUp.user.memberships[0]!.organization;
  const user = {
    accessToken: signUp.data.signUp.accessToken,
    userId: signUp.data.signUp.user.id,
    organizationId: organization.id,
    projectId: organization.projects[0]!.id,
  };
  const identity: Identity = {
    requestId: randomUUID(),
    principal: {
      kind: 'user',
      userId: user.userId,
      sessionId: randomUUID(),
      memberships: [{ organizationId: user.organizationId, role: 'OWNER' }],
    },
  };
  const providers: WebsocketProvider[] = [];

  const stack: FaultStack = {
    user,
    identity,
    canvasesUrl,
    collabUrl,
    store,
    node: null as unknown as CanvasNode,
    // Signed per request, as the gateway does (the internal identity token is short-lived).
    gql: async (query, variables) =>
      post(
        canvasesUrl,
        await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, identity),
        query,
        variables,
      ),
    async startNode() {
      stack.node = await spawnNode(env, canvasesPort, collabPort);
      return stack.node;
    },
    liveClient(canvasId) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(collabUrl, canvasId, doc, {
        WebSocketPolyfill: WebSocket as never,
        ...collabProviderOptions(user.accessToken),
        maxBackoffTime: 300,
      });
      providers.push(provider);
      const statuses: CollabStatusMessage[] = [];
      watchCollabStatus(provider, (status) => statuses.push(status));
      return {
        doc,
        provider,
        statuses,
        synced: () =>
          new Promise<void>((resolve) =>
            provider.synced ? resolve() : provider.once('sync', (s: boolean) => s && resolve()),
          ),
      };
    },
    async stop() {
      for (const provider of providers.splice(0)) provider.destroy();
      stack.node?.process.kill('SIGKILL');
      await store.close();
      await mongo.stop();
      await accounts.stop();
      await db.drop();
    },
  };
  await stack.startNode();
  return stack;
}

async function post<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLAnswer<T>['errors'] };
  return { status: response.status, ...body };
}

async function spawnNode(
  env: Record<string, string>,
  canvasesPort: number,
  collabPort: number,
): Promise<CanvasNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/faults/support/canvas-node.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`canvas node exited early:\n${output}`);
    const up = await Promise.all([
      fetch(`http://127.0.0.1:${collabPort}/health`).then(
        (r) => r.ok,
        () => false,
      ),
      fetch(`http://127.0.0.1:${canvasesPort}/health`).then(
        (r) => r.status < 500,
        () => false,
      ),
    ]);
    if (up.every(Boolean) && output.includes('ready')) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`canvas node did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: child, exited, output: () => output };
}
