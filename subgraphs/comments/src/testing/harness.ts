// Test support: the real comments subgraph on port 0 over a fresh database. Only the OTHER
// services (canvases' and accounts' internal routes) are in-process fakes.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Identity, MembershipClaim, Role } from '@tessera/auth';
import { captureLogger, createTestDatabase, signedIdentityHeaders, TEST_SECRETS } from '@tessera/testing';
import type { CanvasDirectory, CanvasInfo } from '../clients/canvas-directory.ts';
import type { MailRequest } from '../clients/mail.ts';
import type { Member, MemberDirectory } from '../clients/member-directory.ts';
import { loadConfig } from '../config.ts';
import { createServer } from '../server.ts';

export interface GraphQLResult<T> {
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
}

/** What the canvases and accounts services would answer, kept in memory. */
export function createFakeDirectories() {
  const canvases = new Map<string, CanvasInfo>();
  const members = new Map<string, Member[]>();
  const canvasDirectory: CanvasDirectory = { canvas: async (id) => canvases.get(id) ?? null };
  const memberDirectory: MemberDirectory = {
    members: async (organizationId) => [...(members.get(organizationId) ?? [])],
  };
  return {
    canvasDirectory,
    memberDirectory,
    addCanvas(organizationId: string): string {
      const id = randomUUID();
      canvases.set(id, { id, organizationId, projectId: randomUUID(), name: `Canvas ${canvases.size + 1}` });
      return id;
    },
    deleteCanvas: (id: string) => void canvases.delete(id),
    addMember(organizationId: string, member: Member): void {
      members.set(organizationId, [
        ...(members.get(organizationId) ?? []).filter((m) => m.userId !== member.userId),
        member,
      ]);
    },
    removeMember(organizationId: string, userId: string): void {
      members.set(
        organizationId,
        (members.get(organizationId) ?? []).filter((m) => m.userId !== userId),
      );
    },
  };
}

export type FakeDirectories = ReturnType<typeof createFakeDirectories>;

export interface TestUser {
  userId: string;
  name: string;
  email: string;
  identity: Identity;
}

/** A signed-in user who belongs to the given organizations (registered with the fake accounts). */
export function makeUser(
  directories: FakeDirectories,
  name: string,
  memberships: [organizationId: string, role: Role][],
): TestUser {
  const userId = randomUUID();
  const email = `${name.toLowerCase()}.${userId.slice(0, 8)}@example.com`;
  for (const [organizationId, role] of memberships)
    directories.addMember(organizationId, { userId, name, email, role });
  const claims: MembershipClaim[] = memberships.map(([organizationId, role]) => ({ organizationId, role }));
  return {
    userId,
    name,
    email,
    identity: {
      requestId: randomUUID(),
      principal: { kind: 'user', userId, sessionId: randomUUID(), memberships: claims },
    },
  };
}

export interface Harness {
  url: string;
  databaseUrl: string;
  directories: FakeDirectories;
  /** What was handed to the canvases service's mail route (an in-process fake of it). */
  mails: MailRequest[];
  gql<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  logs(): string;
  stop(): Promise<void>;
}

/** `env` overrides the service's configuration (e.g. REDIS_URL). */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase(inject('adminDatabaseUrl'));
  const capture = captureLogger('comments-test', 'info');
  const directories = createFakeDirectories();
  const mails: MailRequest[] = [];
  const server = createServer({
    config: loadConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      COMMENTS_PORT: '0',
      DATABASE_URL: db.url,
      ...env,
    }),
    logger: capture.logger,
    clients: {
      canvases: directories.canvasDirectory,
      members: directories.memberDirectory,
      mail: { send: async (message) => void mails.push(message) },
    },
  });
  const { url } = await server.start();
  return {
    url,
    databaseUrl: db.url,
    directories,
    mails,
    logs: capture.text,
    async gql<T>(identity: Identity, query: string, variables?: Record<string, unknown>) {
      const response = await fetch(url, {
        method: 'POST',
        headers: await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, identity),
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<T>;
    },
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}

export function errorCodes(result: GraphQLResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

export const COMMENT_FIELDS = `id body blockId parentId resolved deleted createdAt updatedAt editedAt
  author { id } canvas { id } mentions { id }`;

export const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
