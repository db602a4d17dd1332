import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blocksOf } from '@tessera/canvas-model';
import { createEmbedPolicyLookup } from '../../gateway/src/embed-policy.ts';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { liveClients } from '../support/collab.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';
import { TEST_SECRETS } from '@tessera/testing';

// Publications (T3) through the real gateway: links and signed embeds serve the latest publication,
// never the working canvas; the live document stays closed to them; embeds get frame-ancestors.
let stack: Stack;
let owner: SignedUpUser;
let sourceId: string;
const clients = liveClients(() => stack);

beforeAll(async () => {
  // A built web app of one page, so the gateway serves /embed/<token> (and its frame-ancestors header).
  const webDist = mkdtempSync(path.join(tmpdir(), 'tessera-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Tessera</title>');
  stack = await startStack({}, { gateway: { WEB_DIST_DIR: webDist } });
  owner = await signUp(stack, 'publisher');
  sourceId = await demoSourceId(stack, owner);
}, 180_000);
afterAll(async () => {
  clients.destroyAll();
  await stack?.stop();
});

const DRAFT_NOTE = 'ask Bob about the refunds';
const SQL = `-- ${DRAFT_NOTE}
SELECT region, COUNT(*) AS customers FROM customers WHERE {{region}} = 'All' OR region = {{region}} GROUP BY region ORDER BY region`;
const SHARED =
  'query($t: String!) { sharedCanvas(token: $t) { id name published lockedFilters publication { version showCode blockIds note } blocks { id type content } } }';
const RUN = 'query($t: String!, $b: ID!, $f: JSON) { runSharedBlock(token: $t, blockId: $b, filters: $f) }';

interface Shared {
  id: string;
  name: string;
  published: boolean;
  lockedFilters: Record<string, unknown> | null;
  publication: { version: number; showCode: boolean; blockIds: string[]; note: string | null } | null;
  blocks: { id: string; type: string; content: Record<string, unknown> }[];
}
interface Run {
  status: string;
  columns: { name: string }[];
  rows: unknown[][];
  error: { code: string; message: string } | null;
}

function data<T>(result: GraphQLResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const failure = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions ?? {};
const as =
  (user: SignedUpUser) =>
  <T>(query: string, variables: Record<string, unknown> = {}) =>
    stack.gql<T>(query, variables, user.accessToken);

/** A canvas with a SQL block (with a draft comment), a CHART reading it, a region FILTER and a draft TEXT. */
async function sampleCanvas(user: SignedUpUser, source: string) {
  const gql = as(user);
  const canvasId = data(
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: user.projectId, name: 'Regions' } },
    ),
  ).createCanvas.id;
  const add = async (type: string, content: Record<string, unknown>, y: number) =>
    data(
      await gql<{ addBlock: { id: string } }>('mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }', {
        i: { canvasId, type, position: { x: 0, y, w: 6, h: 4 }, content },
      }),
    ).addBlock.id;
  const sql = await add('SQL', { title: 'Customers by region', dataSourceId: source, sql: SQL }, 0);
  const chart = await add(
    'CHART',
    { title: 'Customers', sourceBlockId: sql, chartType: 'bar', encodings: { x: 'region', y: 'customers' } },
    4,
  );
  const filter = await add(
    'FILTER',
    {
      parameter: 'region',
      kind: 'select',
      label: 'Region',
      options: ['All', 'Europe', 'Asia Pacific'],
      default: 'All',
    },
    8,
  );
  const text = await add('TEXT', { markdown: `Draft: ${DRAFT_NOTE}` }, 12);
  return { canvasId, sql, chart, filter, text };
}

async function publish(user: SignedUpUser, input: Record<string, unknown>) {
  return data(
    await as(user)<{ publishCanvas: { id: string; version: number; blockIds: string[]; showCode: boolean } }>(
      'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { id version blockIds showCode publishedAt } }',
      { i: input },
    ),
  ).publishCanvas;
}

async function shareLink(user: SignedUpUser, canvasId: string, extra: Record<string, unknown> = {}) {
  return data(
    await as(user)<{ createShareLink: { id: string; token: string; allowedOrigins: string[] } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id token allowedOrigins } }',
      { i: { canvasId, ...extra } },
    ),
  ).createShareLink;
}

describe('publications through share links', () => {
  it('a never-published canvas shows nothing through its link, and runs nothing', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    const link = await shareLink(owner, canvas.canvasId);
    const shared = data(await stack.gql<{ sharedCanvas: Shared }>(SHARED, { t: link.token })).sharedCanvas;
    expect(shared).toMatchObject({ id: canvas.canvasId, published: false, publication: null, blocks: [] });
    expect(failure(await stack.gql(RUN, { t: link.token, b: canvas.sql }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('after publishing two blocks without code: those two, no SQL text anywhere, no unpublished block; runs the published SQL', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    const link = await shareLink(owner, canvas.canvasId);
    const published = await publish(owner, {
      canvasId: canvas.canvasId,
      blockIds: [canvas.chart, canvas.filter],
      note: 'first cut',
    });
    expect(published).toMatchObject({ version: 1, showCode: false, blockIds: [canvas.chart, canvas.filter] });

    const result = await stack.gql<{ sharedCanvas: Shared }>(SHARED, { t: link.token });
    const shared = data(result).sharedCanvas;
    expect(shared.published).toBe(true);
    expect(shared.publication).toEqual({
      version: 1,
      showCode: false,
      blockIds: [canvas.chart, canvas.filter],
      note: null,
    });
    expect(shared.blocks.map((b) => b.id)).toEqual([canvas.chart, canvas.filter]);
    const everything = JSON.stringify(result);
    for (const secret of [DRAFT_NOTE, 'FROM customers', canvas.text, sourceId])
      expect(everything).not.toContain(secret);
    // The chart names the SQL block it reads (so clients can group runs), nothing of its content.
    expect(everything.split(canvas.sql).length - 1).toBe(1);

    const run = data(
      await stack.gql<{ runSharedBlock: Run }>(RUN, {
        t: link.token,
        b: canvas.chart,
        f: { region: 'Europe' },
      }),
    ).runSharedBlock;
    expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
    expect(run.rows).toEqual([['Europe', expect.any(Number)]]);
    expect(JSON.stringify(run)).not.toContain('FROM customers');
    // Unpublished blocks do not exist for the viewer, not even the SQL block the chart reads.
    for (const blockId of [canvas.sql, canvas.text])
      expect(failure(await stack.gql(RUN, { t: link.token, b: blockId }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    // Viewer filters: published filters only, values checked, nothing written back.
    expect(
      failure(await stack.gql(RUN, { t: link.token, b: canvas.chart, f: { region: ['Europe'] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      failure(await stack.gql(RUN, { t: link.token, b: canvas.chart, f: { other: 'x' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    const draft = data(
      await as(owner)<{ canvas: { blocks: { id: string; content: Record<string, unknown> }[] } }>(
        'query($id: ID!) { canvas(id: $id) { blocks { id content } } }',
        { id: canvas.canvasId },
      ),
    ).canvas;
    expect(draft.blocks.find((b) => b.id === canvas.filter)?.content.default).toBe('All');
  });

  it('editors see what changed since; viewers keep the publication until it is republished', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    const link = await shareLink(owner, canvas.canvasId);
    await publish(owner, { canvasId: canvas.canvasId, blockIds: [canvas.chart, canvas.filter] });
    const STATUS =
      'query($id: ID!) { canvas(id: $id) { published publication { version } publicationStatus { version changesSince changes { blockId type kind title } } } }';
    const before = data(
      await as(owner)<{ canvas: { publicationStatus: { changesSince: number } } }>(STATUS, {
        id: canvas.canvasId,
      }),
    ).canvas;
    expect(before).toMatchObject({
      published: true,
      publication: { version: 1 },
      publicationStatus: { version: 1, changesSince: 0, changes: [] },
    });

    await as(owner)('mutation($i: UpdateBlockInput!) { updateBlock(input: $i) { id } }', {
      i: { canvasId: canvas.canvasId, blockId: canvas.chart, content: { chartType: 'line' } },
    });
    await as(owner)('mutation($i: UpdateBlockInput!) { updateBlock(input: $i) { id } }', {
      i: { canvasId: canvas.canvasId, blockId: canvas.text, content: { markdown: 'still a draft' } },
    });
    const added = data(
      await as(owner)<{ addBlock: { id: string } }>(
        'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
        {
          i: {
            canvasId: canvas.canvasId,
            type: 'TEXT',
            position: { x: 0, y: 20, w: 2, h: 2 },
            content: { markdown: 'new' },
          },
        },
      ),
    ).addBlock.id;
    await as(owner)('mutation($c: ID!, $b: ID!) { removeBlock(canvasId: $c, blockId: $b) }', {
      c: canvas.canvasId,
      b: canvas.filter,
    });
    const after = data(
      await as(owner)<{ canvas: { publicationStatus: { changesSince: number; changes: unknown[] } } }>(
        STATUS,
        { id: canvas.canvasId },
      ),
    ).canvas.publicationStatus;
    expect(after.changesSince).toBe(3);
    expect(after.changes).toEqual(
      expect.arrayContaining([
        { blockId: canvas.chart, type: 'CHART', kind: 'CHANGED', title: 'Customers' },
        { blockId: canvas.filter, type: 'FILTER', kind: 'REMOVED', title: 'Region' },
        { blockId: added, type: 'TEXT', kind: 'ADDED', title: null },
      ]),
    );

    const stillV1 = data(await stack.gql<{ sharedCanvas: Shared }>(SHARED, { t: link.token })).sharedCanvas;
    expect(stillV1.blocks.find((b) => b.id === canvas.chart)?.content.chartType).toBe('bar');
    expect(stillV1.blocks.map((b) => b.id)).toContain(canvas.filter);

    const v2 = await publish(owner, { canvasId: canvas.canvasId, showCode: true });
    expect(v2.version).toBe(2);
    const republished = data(
      await stack.gql<{ sharedCanvas: Shared }>(SHARED, { t: link.token }),
    ).sharedCanvas;
    expect(republished.publication).toMatchObject({ version: 2, showCode: true });
    expect(republished.blocks.find((b) => b.id === canvas.chart)?.content.chartType).toBe('line');
    expect(republished.blocks.find((b) => b.id === canvas.sql)?.content.sql).toBe(SQL);
    expect(republished.blocks.map((b) => b.id)).not.toContain(canvas.filter);
  });

  it('only EDITORs publish; notes and block lists are checked; another tenant gets NOT_FOUND', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    const outsider = await signUp(stack, 'pub-outsider');
    const attempt = (user: SignedUpUser, input: Record<string, unknown>) =>
      as(user)('mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { id } }', {
        i: { canvasId: canvas.canvasId, ...input },
      });
    expect(failure(await attempt(outsider, {}))).toMatchObject({ code: 'NOT_FOUND' });
    const viewer = await signUp(stack, 'pub-viewer');
    data(
      await as(owner)('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status } }', {
        i: { organizationId: owner.organizationId, email: viewer.email, role: 'VIEWER' },
      }),
    );
    expect(failure(await attempt(viewer, {}))).toMatchObject({ code: 'FORBIDDEN' });
    await publish(owner, { canvasId: canvas.canvasId, blockIds: [canvas.chart] });
    const seen = await as(viewer)<{
      canvas: { published: boolean; publication: { version: number }; publicationStatus: null };
    }>(
      'query($id: ID!) { canvas(id: $id) { published publication { version } publicationStatus { version } } }',
      { id: canvas.canvasId },
    );
    expect(seen.data?.canvas).toMatchObject({
      published: true,
      publication: { version: 1 },
      publicationStatus: null,
    });
    expect(failure(seen)).toMatchObject({ code: 'FORBIDDEN' });
    expect(failure(await attempt(owner, { blockIds: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'blockIds',
    });
    expect(
      failure(await attempt(owner, { blockIds: ['00000000-0000-4000-8000-000000000000'] })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'blockIds' });
    expect(failure(await attempt(owner, { note: 'x'.repeat(1_001) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(
      failure(
        await as(outsider)('query($id: ID!) { canvas(id: $id) { publicationStatus { version } } }', {
          id: canvas.canvasId,
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // A link of one canvas runs nothing of another, even a published block of the same organization.
    const other = await sampleCanvas(owner, sourceId);
    await publish(owner, { canvasId: other.canvasId });
    await publish(owner, { canvasId: canvas.canvasId, blockIds: [canvas.chart] });
    const link = await shareLink(owner, canvas.canvasId);
    expect(failure(await stack.gql(RUN, { t: link.token, b: other.chart }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // Revoked links serve nothing, published or not.
    await as(owner)('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: link.id });
    expect(failure(await stack.gql(SHARED, { t: link.token }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SHARE_LINK_REVOKED',
    });
  });

  it('a share token on /collab receives nothing of the draft (4403)', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    await publish(owner, { canvasId: canvas.canvasId });
    const link = await shareLink(owner, canvas.canvasId);
    const client = clients.connect(canvas.canvasId, link.token);
    await expect.poll(() => client.closes, { timeout: 10_000, interval: 50 }).toEqual([4403]);
    expect(client.provider.shouldConnect).toBe(false);
    expect(client.provider.synced).toBe(false);
    expect(blocksOf(client.doc).size).toBe(0);
  });
});

describe('embeds', () => {
  const policy = () =>
    createEmbedPolicyLookup({
      canvasesUrl: stack.subgraphUrls.canvases,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      ttlMs: 0,
    });

  it("allowedOrigins become frame-ancestors; no origins: 'self'; a bad or revoked token: 'none'", async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    const open = await shareLink(owner, canvas.canvasId, {
      allowedOrigins: ['https://partner.example', 'http://localhost:5173/', 'https://partner.example'],
    });
    expect(open.allowedOrigins).toEqual(['https://partner.example', 'http://localhost:5173']);
    expect(await policy().headerFor(open.token)).toBe(
      "frame-ancestors 'self' https://partner.example http://localhost:5173",
    );
    const page = await fetch(new URL(`/embed/${open.token}`, stack.gatewayUrl), {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(
      "frame-ancestors 'self' https://partner.example http://localhost:5173",
    );
    const plain = await shareLink(owner, canvas.canvasId);
    expect(await policy().headerFor(plain.token)).toBe("frame-ancestors 'self'");
    await as(owner)('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: plain.id });
    expect(await policy().headerFor(plain.token)).toBe("frame-ancestors 'none'");
    expect(await policy().headerFor(`${open.token.slice(0, -3)}AAA`)).toBe("frame-ancestors 'none'");

    for (const bad of [
      'http://partner.example',
      'https://partner.example/path',
      'https://*.example',
      "https://a.example 'unsafe-inline'",
      'javascript:alert(1)',
    ]) {
      expect(
        failure(
          await as(owner)('mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id } }', {
            i: { canvasId: canvas.canvasId, allowedOrigins: [bad] },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allowedOrigins.0' });
    }
    const many = Array.from({ length: 21 }, (_, i) => `https://h${i}.example`);
    expect(
      failure(
        await as(owner)('mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id } }', {
          i: { canvasId: canvas.canvasId, allowedOrigins: many },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allowedOrigins' });

    const internal = new URL('/internal/embed-policy/x.y.z', stack.subgraphUrls.canvases);
    expect((await fetch(internal)).status).toBe(401);
    expect((await fetch(internal, { headers: { 'x-internal-secret': 'wrong' } })).status).toBe(401);
  });

  it('a JWT signed with the embedding secret opens the publication with its params locked; other keys, expiry, tampering, rotation are refused', async () => {
    const canvas = await sampleCanvas(owner, sourceId);
    await publish(owner, { canvasId: canvas.canvasId, blockIds: [canvas.chart, canvas.filter] });
    const createSecret = async () =>
      data(
        await as(owner)<{ createEmbeddingSecret: string }>(
          'mutation($o: ID!) { createEmbeddingSecret(organizationId: $o) }',
          { o: owner.organizationId },
        ),
      ).createEmbeddingSecret;
    const secret = await createSecret();
    const sign = (
      claims: Record<string, unknown>,
      key: string = secret,
      exp: number | null = Math.floor(Date.now() / 1000) + 600,
    ) => {
      const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' });
      if (exp !== null) jwt.setExpirationTime(exp);
      return jwt.sign(new TextEncoder().encode(key));
    };
    const reason = async (token: string) => failure(await stack.gql(SHARED, { t: token })).reason;

    const token = await sign({ canvas: canvas.canvasId, params: { region: 'Europe' } });
    const shared = data(await stack.gql<{ sharedCanvas: Shared }>(SHARED, { t: token })).sharedCanvas;
    expect(shared).toMatchObject({
      id: canvas.canvasId,
      published: true,
      lockedFilters: { region: 'Europe' },
    });
    expect(shared.blocks.find((b) => b.id === canvas.filter)?.content).toMatchObject({
      default: 'Europe',
      locked: true,
    });
    expect(JSON.stringify(shared)).not.toContain('FROM customers');
    // The viewer asks for Asia Pacific; the lock wins.
    const run = data(
      await stack.gql<{ runSharedBlock: Run }>(RUN, {
        t: token,
        b: canvas.chart,
        f: { region: 'Asia Pacific' },
      }),
    ).runSharedBlock;
    expect(run.rows).toEqual([['Europe', expect.any(Number)]]);
    expect(await policy().headerFor(token)).toBe('frame-ancestors *');
    const pinned = await sign({ canvas: canvas.canvasId, origins: ['https://partner.example'] });
    expect(await policy().headerFor(pinned)).toBe('frame-ancestors https://partner.example');

    expect(await reason(await sign({ canvas: canvas.canvasId }, 'another-key-'.repeat(4)))).toBe(
      'SHARE_LINK_INVALID',
    );
    expect(
      await reason(await sign({ canvas: canvas.canvasId }, secret, Math.floor(Date.now() / 1000) - 5)),
    ).toBe('SHARE_LINK_EXPIRED');
    expect(await reason(await sign({ canvas: canvas.canvasId }, secret, null))).toBe('SHARE_LINK_INVALID');
    expect(await reason(await sign({ canvas: canvas.canvasId, params: { nope: 1 } }))).toBe(
      'SHARE_LINK_INVALID',
    );
    expect(
      await reason(await sign({ canvas: canvas.canvasId, params: { region: ['Europe', 'Asia Pacific'] } })),
    ).toBe('SHARE_LINK_INVALID');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const unlocked = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), params: {} }),
    ).toString('base64url');
    expect(await reason(`${header}.${unlocked}.${signature}`)).toBe('SHARE_LINK_INVALID');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect(await reason(none)).toBe('SHARE_LINK_INVALID');
    const rs = `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')}.${payload}.${signature}`;
    expect(await reason(rs)).toBe('SHARE_LINK_INVALID');
    expect(await policy().headerFor(none)).toBe("frame-ancestors 'none'");

    // Another organization's canvas, signed with this organization's secret.
    const other = await signUp(stack, 'embed-other');
    const foreign = await sampleCanvas(other, await demoSourceId(stack, other));
    await publish(other, { canvasId: foreign.canvasId });
    expect(await reason(await sign({ canvas: foreign.canvasId }))).toBe('SHARE_LINK_INVALID');
    expect(failure(await stack.gql(RUN, { t: token, b: foreign.chart }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    // Rotation: the old token is refused at once, a token signed with the new secret works.
    const rotated = await createSecret();
    expect(rotated).not.toBe(secret);
    expect(await reason(token)).toBe('SHARE_LINK_INVALID');
    expect(
      data(
        await stack.gql<{ sharedCanvas: Shared }>(SHARED, {
          t: await sign({ canvas: canvas.canvasId }, rotated),
        }),
      ).sharedCanvas.published,
    ).toBe(true);

    // Usage per viewer: the host's `sub` is the viewer; without one, "signed".
    const visitor = await sign({ canvas: canvas.canvasId, sub: 'partner-user-7' }, rotated);
    await stack.gql(SHARED, { t: visitor });
    data(await stack.gql(RUN, { t: visitor, b: canvas.chart }));
    data(await stack.gql(RUN, { t: visitor, b: canvas.chart }));
    const USAGE =
      'query($id: ID!) { canvas(id: $id) { embedUsage(days: 7) { viewer via views blocksRun lastSeenAt } } }';
    await expect
      .poll(async () =>
        data(
          await as(owner)<{ canvas: { embedUsage: { viewer: string }[] } }>(USAGE, { id: canvas.canvasId }),
        ).canvas.embedUsage.find((u) => u.viewer === 'partner-user-7'),
      )
      .toMatchObject({ via: 'SIGNED_EMBED', views: 1, blocksRun: 2 });
    // Counters are written beside the answer (never slowing it), hence the polls.
    await expect
      .poll(async () =>
        data(
          await as(owner)<{ canvas: { embedUsage: { viewer: string }[] } }>(USAGE, { id: canvas.canvasId }),
        ).canvas.embedUsage.find((u) => u.viewer === 'signed'),
      )
      .toMatchObject({ via: 'SIGNED_EMBED', views: 2, blocksRun: 1 });
    expect(
      failure(
        await stack.gql('query($t: String!) { sharedCanvas(token: $t) { embedUsage { viewer } } }', {
          t: visitor,
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    // And a signed embed never opens the live document.
    const client = clients.connect(canvas.canvasId, await sign({ canvas: canvas.canvasId }, rotated));
    await expect.poll(() => client.closes, { timeout: 10_000, interval: 50 }).toEqual([4403]);
    expect(blocksOf(client.doc).size).toBe(0);
  });
});
