import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signedIdentityHeaders, TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { postGraphQL, startStack, type GraphQLResult, type Stack } from '../support/stack.ts';
import {
  keyedEntities,
  loadApiSchema,
  loadSupergraph,
  operationFor,
  rootFieldsTakingIds,
  subscriptionFieldsTakingIds,
  type RootFieldWithIds,
} from '../support/supergraph.ts';

// Tenancy as a table: every root field taking an id, and every @key entity in every subgraph that
// resolves it, read from the composed supergraph (the gateway's subscriptions from the public API
// schema), so a new field or entity is covered, or this test fails until the tables below say how
// to build its id. The victim's ids, asked for by a signed-in OWNER of another organization, must
// be NOT_FOUND; the victim asking the same way is the control.

const schema = loadSupergraph();
const ROOT_FIELDS = rootFieldsTakingIds(schema);
const ENTITIES = keyedEntities(schema);
/** The gateway's own Subscription fields (in the public API schema, not the supergraph). */
const SUBSCRIPTIONS = subscriptionFieldsTakingIds(loadApiSchema());

interface Victim {
  user: SignedUpUser;
  member: SignedUpUser;
  organizationId: string;
  projectId: string;
  canvasId: string;
  blockId: string;
  versionId: string;
  shareLinkId: string;
  commentId: string;
  notificationId: string;
  dataSourceId: string;
  queryRunId: string;
  savedQueryId: string;
  apiKeyId: string;
  suggestionId: string;
  scheduleId: string;
  alertId: string;
}

/** How to build each id: by argument name, wherever it appears. */
const ID_BY_ARGUMENT: Record<string, (v: Victim) => string> = {
  organizationId: (v) => v.organizationId,
  projectId: (v) => v.projectId,
  canvasId: (v) => v.canvasId,
  blockId: (v) => v.blockId,
  versionId: (v) => v.versionId,
  parentId: (v) => v.commentId,
  dataSourceId: (v) => v.dataSourceId,
  queryRunId: (v) => v.queryRunId,
  userId: (v) => v.member.userId,
  assigneeId: (v) => v.member.userId,
};

/** ... and for an argument (or input field) named `id`, by the root field. */
const ID_BY_FIELD: Record<string, (v: Victim) => string> = {
  organization: (v) => v.organizationId,
  project: (v) => v.projectId,
  canvas: (v) => v.canvasId,
  canvasVersion: (v) => v.versionId,
  comment: (v) => v.commentId,
  notification: (v) => v.notificationId,
  dataSource: (v) => v.dataSourceId,
  queryRun: (v) => v.queryRunId,
  revokeApiKey: (v) => v.apiKeyId,
  recordSuggestionOutcome: (v) => v.suggestionId,
  renameCanvas: (v) => v.canvasId,
  duplicateCanvas: (v) => v.canvasId,
  deleteCanvas: (v) => v.canvasId,
  restoreCanvas: (v) => v.canvasId,
  revokeShareLink: (v) => v.shareLinkId,
  resolveComment: (v) => v.commentId,
  reopenComment: (v) => v.commentId,
  editComment: (v) => v.commentId,
  deleteComment: (v) => v.commentId,
  markNotificationRead: (v) => v.notificationId,
  updateDataSource: (v) => v.dataSourceId,
  deleteDataSource: (v) => v.dataSourceId,
  testDataSourceConnection: (v) => v.dataSourceId,
  cancelQueryRun: (v) => v.queryRunId,
  exportQueryRun: (v) => v.queryRunId,
  deleteSavedQuery: (v) => v.savedQueryId,
  updateSavedQuery: (v) => v.savedQueryId,
  queryRunUpdated: (v) => v.queryRunId,
  deleteSchedule: (v) => v.scheduleId,
  runScheduleNow: (v) => v.scheduleId,
  setSchedulePaused: (v) => v.scheduleId,
  deleteAlert: (v) => v.alertId,
  runAlertNow: (v) => v.alertId,
  setAlertPaused: (v) => v.alertId,
};

/** Entity representations: the victim's id of each @key type. */
const ENTITY_ID: Record<string, (v: Victim) => string> = {
  Canvas: (v) => v.canvasId,
  Comment: (v) => v.commentId,
  DataSource: (v) => v.dataSourceId,
  Notification: (v) => v.notificationId,
  Organization: (v) => v.organizationId,
  Project: (v) => v.projectId,
  QueryRun: (v) => v.queryRunId,
  User: (v) => v.user.userId,
};

/** Plain values where the default would be refused as bad input before the tenancy check is reached. */
const VALUE: Record<string, unknown> = {
  'inviteMember(input.email)': 'newcomer@example.com',
  'inviteMember(input.role)': 'VIEWER',
  'updateBlock(input.content)': { markdown: 'defaced' },
  // A question with an answer: the victim's own call (the control) goes all the way to adding blocks.
  'askCanvas(input.prompt)': 'revenue by month in 2025 as a chart',
  'createFileUpload(input.format)': 'csv',
  'createDataSource(input.kind)': 'POSTGRES',
  'createDataSource(input.connection)': {
    host: '127.0.0.1',
    port: 5432,
    database: 'x',
    user: 'x',
    password: 'x',
  },
  'createSchedule(input.cron)': '0 8 * * 1',
  'createSchedule(input.destinations)': [{ kind: 'EMAIL', target: 'team@example.com' }],
  'createAlert(input.cron)': '0 * * * *',
  'createAlert(input.op)': '>',
  'createAlert(input.destinations)': [{ kind: 'EMAIL', target: 'team@example.com' }],
  'testConnection(input.kind)': 'POSTGRES',
  'testConnection(input.connection)': {
    host: '127.0.0.1',
    port: 5432,
    database: 'x',
    user: 'x',
    password: 'x',
  },
};

/** Notifications belong to the person notified: the victim organization's member. */
const victimOwning = (v: Victim, what: string) =>
  what === 'notification' || what === 'Notification' ? v.member : v.user;

/**
 * A user outside every organization you share is null, not an error (a comment author who left
 * must not break a comment list); that it leaks nothing is still checked.
 */
const NULL_NOT_ERROR = new Set(['User in accounts']);

/**
 * PostgreSQL tables carrying a tenant id whose row-level security is known not to be both
 * enabled and forced. The application role is not the owner, so RLS applies to it; without FORCE
 * the owner role (migrations, SECURITY DEFINER functions) still bypasses it. Each entry is a gap
 * to close in its service's migrations, then to remove from here (the check fails on any change).
 */
const KNOWN_RLS_GAPS: Record<string, 'not forced' | 'disabled'> = {};

let stack: Stack;
let victim: Victim;
let attacker: SignedUpUser & { shareToken: string };

const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
  const result = await stack.gql<T>(query, variables, token);
  if (!result.data) throw new Error(`fixture step failed: ${query}: ${JSON.stringify(result.errors)}`);
  return result.data;
};

async function createVictim(): Promise<Victim> {
  const user = await signUp(stack, 'victim');
  const member = await signUp(stack, 'victim-member');
  const t = user.accessToken;
  await gql(
    'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status } }',
    { i: { organizationId: user.organizationId, email: member.email, role: 'EDITOR' } },
    t,
  );
  const canvasId = (
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: user.projectId, name: 'Victim canvas' } },
      t,
    )
  ).createCanvas.id;
  const blockId = (
    await gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      {
        i: { canvasId, type: 'TEXT', position: { x: 0, y: 0, w: 2, h: 2 }, content: { markdown: 'secret' } },
      },
      t,
    )
  ).addBlock.id;
  const versionId = (
    await gql<{ createCanvasVersion: { id: string } }>(
      'mutation($c: ID!) { createCanvasVersion(canvasId: $c, name: "v1") { id } }',
      { c: canvasId },
      t,
    )
  ).createCanvasVersion.id;
  const shareLinkId = (
    await gql<{ createShareLink: { id: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id } }',
      { i: { canvasId } },
      t,
    )
  ).createShareLink.id;
  const commentId = (
    await gql<{ addComment: { id: string } }>(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { canvasId, blockId, body: `look @[Member](${member.userId})` } },
      t,
    )
  ).addComment.id;
  const notifications = await gql<{ notifications: { edges: { node: { id: string } }[] } }>(
    '{ notifications { edges { node { id } } } }',
    {},
    member.accessToken,
  );
  const notificationId = notifications.notifications.edges[0]?.node.id;
  if (!notificationId) throw new Error('the mention made no notification');
  const dataSourceId = await demoSourceId(stack, user);
  const queryRunId = (await runQuery(stack, t, { dataSourceId, sql: 'SELECT 1 AS one' })).id;
  const savedQueryId = (
    await gql<{ saveQuery: { id: string } }>(
      'mutation($i: SaveQueryInput!) { saveQuery(input: $i) { id } }',
      { i: { projectId: user.projectId, dataSourceId, name: 'q', sql: 'SELECT 1' } },
      t,
    )
  ).saveQuery.id;
  const apiKeyId = (
    await gql<{ createApiKey: { apiKey: { id: string } } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }',
      { i: { organizationId: user.organizationId, name: 'k', scopes: ['READ'] } },
      t,
    )
  ).createApiKey.apiKey.id;
  const suggestionId = (
    await gql<{ generateSql: { id: string } }>(
      'mutation($i: GenerateSqlInput!) { generateSql(input: $i) { id } }',
      { i: { dataSourceId, prompt: 'revenue by month' } },
      t,
    )
  ).generateSql.id;
  // A published canvas with a METRIC block, a schedule and an alert (the job queue runs in the stack's worker).
  const sqlBlockId = (
    await gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      {
        i: {
          canvasId,
          type: 'SQL',
          position: { x: 0, y: 2, w: 4, h: 3 },
          content: { dataSourceId, sql: 'SELECT 1 AS v' },
        },
      },
      t,
    )
  ).addBlock.id;
  const metricId = (
    await gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      {
        i: {
          canvasId,
          type: 'METRIC',
          position: { x: 4, y: 2, w: 2, h: 2 },
          content: { sourceBlockId: sqlBlockId, field: 'v' },
        },
      },
      t,
    )
  ).addBlock.id;
  await gql(
    'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }',
    { i: { canvasId } },
    t,
  );
  const destinations = [{ kind: 'EMAIL', target: 'victim-team@example.com' }];
  const scheduleId = (
    await gql<{ createSchedule: { id: string } }>(
      'mutation($i: CreateScheduleInput!) { createSchedule(input: $i) { id } }',
      { i: { canvasId, cron: '0 8 1 1 *', destinations } },
      t,
    )
  ).createSchedule.id;
  const alertId = (
    await gql<{ createAlert: { id: string } }>(
      'mutation($i: CreateAlertInput!) { createAlert(input: $i) { id } }',
      { i: { canvasId, blockId: metricId, op: '>', value: 1e9, cron: '0 8 1 1 *', destinations } },
      t,
    )
  ).createAlert.id;
  return {
    scheduleId,
    alertId,
    user,
    member,
    organizationId: user.organizationId,
    projectId: user.projectId,
    canvasId,
    blockId,
    versionId,
    shareLinkId,
    commentId,
    notificationId,
    dataSourceId,
    queryRunId,
    savedQueryId,
    apiKeyId,
    suggestionId,
  };
}

beforeAll(async () => {
  stack = await startStack({}, { worker: true });
  victim = await createVictim();
  const outsider = await signUp(stack, 'attacker');
  const ownCanvas = (
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: outsider.projectId, name: 'Mine' } },
      outsider.accessToken,
    )
  ).createCanvas.id;
  const shareToken = (
    await gql<{ createShareLink: { token: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token } }',
      { i: { canvasId: ownCanvas } },
      outsider.accessToken,
    )
  ).createShareLink.token;
  attacker = { ...outsider, shareToken };
}, 180_000);
afterAll(() => stack?.stop());

const rules = (v: Victim) => ({
  id(field: string, path: string) {
    const name = path.split('.').at(-1)!;
    const build = name === 'id' ? ID_BY_FIELD[field] : ID_BY_ARGUMENT[name];
    if (!build)
      throw new Error(`no rule for the id ${field}(${path}): add it to ID_BY_FIELD / ID_BY_ARGUMENT`);
    return build(v);
  },
  value(field: string, path: string) {
    // A share token proves access to the attacker's own canvas only; the victim's block must stay out of reach.
    if (field === 'runSharedBlock' && path === 'token') return attacker.shareToken;
    return VALUE[`${field}(${path})`];
  },
});

const codes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

const subscriptionClients: Client[] = [];
afterAll(async () => {
  await Promise.all(subscriptionClients.map((c) => c.dispose()));
});

type Message = { data?: unknown; errors?: { extensions?: { code?: string } }[] };

/** What makes each subscription yield an event on the victim's side (queryRunUpdated yields the run's state at once). */
const SUBSCRIPTION_TRIGGER: Record<string, ((v: Victim) => Promise<unknown>) | undefined> = {
  commentAdded: (v) =>
    stack.gql(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { canvasId: v.canvasId, body: 'trigger' } },
      v.user.accessToken,
    ),
  // The same body again: an EDITED event, with the comment and its mention unchanged.
  commentUpdated: (v) =>
    stack.gql(
      'mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id } }',
      { id: v.commentId, b: `look @[Member](${v.member.userId})` },
      v.user.accessToken,
    ),
  queryRunUpdated: undefined,
};

/**
 * The first thing a subscription through the gateway yields, an event or an error, while the
 * victim keeps causing events (so a subscription that was wrongly accepted shows a leak, not a hang).
 */
async function firstSubscriptionMessage(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  trigger?: () => Promise<unknown>,
): Promise<Message> {
  const client = createClient({
    url: stack.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  subscriptionClients.push(client);
  let settled = false;
  const message = new Promise<Message>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (m) => resolve(m as Message),
        error: (error) =>
          resolve({
            errors: Array.isArray(error)
              ? error
              : [
                  {
                    extensions: {
                      code: `socket: ${String((error as { message?: string })?.message ?? error)}`,
                    },
                  },
                ],
          }),
        complete: () => resolve({ errors: [{ extensions: { code: 'completed without a message' } }] }),
      },
    );
  }).finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  while (!settled && Date.now() < deadline) {
    await Promise.race([message, new Promise((resolve) => setTimeout(resolve, 300))]);
    if (!settled && trigger) await trigger();
  }
  if (!settled) throw new Error(`no message within 15 s: ${query}`);
  return message;
}

describe('tenancy: another organization gets NOT_FOUND for every id', () => {
  it('the table covers every root field taking an id and every @key entity (derived from the supergraph)', () => {
    expect(ROOT_FIELDS.length).toBeGreaterThan(50);
    expect(new Set(ENTITIES.map((e) => e.typename))).toEqual(new Set(Object.keys(ENTITY_ID)));
    expect(SUBSCRIPTIONS.map((root) => root.field.name).sort()).toEqual(
      Object.keys(SUBSCRIPTION_TRIGGER).sort(),
    );
  });

  it.each(
    ROOT_FIELDS.map(
      (root) =>
        [`${root.operation} ${root.field.name}(${root.idPaths.join(', ')})`, root] as [
          string,
          RootFieldWithIds,
        ],
    ),
  )('through the gateway: %s', async (_name, root) => {
    const { query, variables } = operationFor(root, rules(victim));
    const result = await stack.gql<Record<string, unknown>>(query, variables, attacker.accessToken);
    expect(
      codes(result),
      `${query} ${JSON.stringify(variables)} → ${JSON.stringify(result.errors)}`,
    ).toContain('NOT_FOUND');
    expect(result.data?.[root.field.name] ?? null).toBeNull();
    if (root.operation === 'query') {
      // The same call by the victim finds it: the NOT_FOUND above is the tenancy check, not a bad id.
      // (runSharedBlock has no victim side: the token is the attacker's own link.)
      if (root.field.name !== 'runSharedBlock') {
        const own = await stack.gql(query, variables, victimOwning(victim, root.field.name).accessToken);
        expect(codes(own), `${query} as the victim → ${JSON.stringify(own.errors)}`).not.toContain(
          'NOT_FOUND',
        );
      }
    }
  });

  it.each(
    SUBSCRIPTIONS.map(
      (root) =>
        [`subscription ${root.field.name}(${root.idPaths.join(', ')})`, root] as [string, RootFieldWithIds],
    ),
  )('through a gateway subscription: %s', async (_name, root) => {
    const { query, variables } = operationFor(root, rules(victim));
    const trigger = SUBSCRIPTION_TRIGGER[root.field.name];
    const first = (token: string) =>
      firstSubscriptionMessage(query, variables, token, trigger && (() => trigger(victim)));
    const theirs = await first(attacker.accessToken);
    expect(
      theirs.errors?.map((e) => e.extensions?.code),
      JSON.stringify(theirs),
    ).toContain('NOT_FOUND');
    expect(theirs.data ?? null).toBeNull();
    // The victim subscribing the same way gets events.
    const own = await first(victim.user.accessToken);
    expect(own.errors, JSON.stringify(own)).toBeUndefined();
    expect(own.data, JSON.stringify(own)).toHaveProperty(root.field.name);
  });

  it.each(ENTITIES.map((entity) => [`${entity.typename} in ${entity.subgraph}`, entity] as const))(
    'through _entities: %s',
    async (_name, entity) => {
      const url = stack.subgraphUrls[entity.subgraph as keyof Stack['subgraphUrls']];
      // As the gateway would sign it: the user's own organization, and the victim's for its member.
      const identity = (user: SignedUpUser) =>
        signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, {
          requestId: `tenancy-${entity.typename}`,
          principal: {
            kind: 'user',
            userId: user.userId,
            sessionId: 's',
            memberships: [
              { organizationId: user.organizationId, role: 'OWNER' as const },
              ...(user === victim.member
                ? [{ organizationId: victim.organizationId, role: 'EDITOR' as const }]
                : []),
            ],
          },
        });
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity.typename} { ${entity.selection} } } }`;
      const representations = [
        { __typename: entity.typename, [entity.key]: ENTITY_ID[entity.typename]!(victim) },
      ];
      const result = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
        url,
        query,
        { r: representations },
        undefined,
        await identity(attacker),
      );
      const resolved = result.data?._entities?.[0] ?? null;
      const leaked = resolved
        ? Object.entries(resolved).filter(([k, v]) => k !== '__typename' && k !== entity.key && v !== null)
        : [];
      expect(
        leaked,
        `${entity.typename} fields from ${entity.subgraph}: ${JSON.stringify(resolved)}`,
      ).toEqual([]);
      if (NULL_NOT_ERROR.has(_name)) expect(resolved, JSON.stringify(result)).toBeNull();
      else expect(codes(result), JSON.stringify(result.errors)).toContain('NOT_FOUND');
      // The victim's own identity resolves the same representation.
      const own = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
        url,
        query,
        { r: representations },
        undefined,
        await identity(victimOwning(victim, entity.typename)),
      );
      expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
      expect(own.data?._entities[0]).toMatchObject({
        __typename: entity.typename,
        [entity.key]: representations[0]![entity.key],
      });
    },
  );
});

describe('tenancy in PostgreSQL', () => {
  it('every table carrying a tenant id has row-level security enabled and forced (known gaps listed)', async () => {
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string; enabled: boolean; forced: boolean }>(`
        SELECT DISTINCT n.nspname || '.' || c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE a.attname IN ('organization_id', 'org_id', 'tenant_id') AND NOT a.attisdropped AND a.attnum > 0
          AND c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1`);
      expect(rows.length, 'tables with a tenant id').toBeGreaterThan(3);
      const gaps = Object.fromEntries(
        rows
          .filter((r) => !r.enabled || !r.forced)
          .map((r) => [r.table, r.enabled ? 'not forced' : 'disabled']),
      );
      expect(gaps).toEqual(KNOWN_RLS_GAPS);
    } finally {
      await client.end();
    }
  });
});
