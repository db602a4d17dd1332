import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import mongoose from 'mongoose';
import { TEST_SECRETS } from '@tessera/testing';
import { openCanvasStore, shareLinkReason } from './live.ts';
import {
  anonymous,
  errorOf,
  newProject,
  ok,
  PUBLIC_URL,
  startHarness,
  succeededRun,
  user,
  type Harness,
} from './testing/harness.ts';
import {
  ADD_BLOCK,
  CANVAS,
  CREATE_CANVAS,
  CREATE_SHARE_LINK,
  DELETE,
  RESTORE,
  REVOKE_SHARE_LINK,
  RUN_SHARED,
  SHARED_CANVAS,
  UPDATE_BLOCK,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

interface ShareLinkResult {
  id: string;
  url: string;
  shortUrl: string;
  token: string;
  expiresAt: string | null;
  lockedFilters: Record<string, unknown>;
}

let h: Harness;
let org: string;
let owner: ReturnType<typeof user>;
let canvas: CanvasResult;
const ids: Record<string, string> = {};

const SQL = `SELECT region, SUM(total_amount) AS revenue FROM orders o JOIN customers c USING (customer_id)
WHERE ({{region}} = 'All' OR region = {{region}}) AND order_date BETWEEN {{period_from}} AND {{period_to}} AND channel IN {{channel}}
GROUP BY 1`;

beforeAll(async () => {
  h = await startHarness();
  const project = newProject(h);
  org = project.organizationId;
  owner = user([[org, 'OWNER']]);
  canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
      input: { projectId: project.projectId, name: 'Shared' },
    }),
  ).createCanvas;
  const add = async (key: string, type: string, content: Record<string, unknown>, y: number) => {
    const input = { canvasId: canvas.id, type, position: { x: 0, y, w: 6, h: 2 }, content };
    ids[key] = ok(await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, { input })).addBlock.id;
  };
  await add('sql', 'SQL', { dataSourceId: h.demoSourceId, sql: SQL }, 2);
  await add(
    'chart',
    'CHART',
    { sourceBlockId: ids.sql, chartType: 'bar', encodings: { x: 'region', y: 'revenue' } },
    4,
  );
  await add(
    'region',
    'FILTER',
    { parameter: 'region', kind: 'select', options: ['All', 'Europe', 'Asia Pacific'], default: 'All' },
    0,
  );
  await add(
    'period',
    'FILTER',
    { parameter: 'period', kind: 'dateRange', default: { from: '2024-01-01', to: '2025-12-31' } },
    0,
  );
  await add(
    'channel',
    'FILTER',
    { parameter: 'channel', kind: 'multiSelect', default: ['web', 'mobile', 'partner'] },
    1,
  );
  // Links serve the latest publication (publications.int.test.ts); these tests publish everything.
  ok(
    await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId: canvas.id },
    }),
  );
});
afterAll(() => h?.stop());

async function createLink(input: Record<string, unknown> = {}): Promise<ShareLinkResult> {
  return ok(
    await h.gql<{ createShareLink: ShareLinkResult }>(owner, CREATE_SHARE_LINK, {
      input: { canvasId: canvas.id, ...input },
    }),
  ).createShareLink;
}

async function reasonFor(token: string): Promise<unknown> {
  const error = errorOf(await h.gql(anonymous, SHARED_CANVAS, { token }));
  expect(error.extensions.code).toBe('FORBIDDEN');
  return error.extensions.reason;
}

function tamperPayload(token: string, change: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  change(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('share links', () => {
  it('[P6] opens a read-only canvas without auth, locked filters shown as locked', async () => {
    const link = await createLink({ expiresInSeconds: 3600, lockedFilters: { region: 'Europe' } });
    expect(link.url).toBe(`${PUBLIC_URL}/embed/${link.token}`);
    expect(link.expiresAt).toBe(new Date(h.clock.now().getTime() + 3600_000).toISOString());

    const shared = ok(
      await h.gql<{ sharedCanvas: CanvasResult }>(anonymous, SHARED_CANVAS, { token: link.token }),
    ).sharedCanvas;
    expect(shared).toMatchObject({
      id: canvas.id,
      name: 'Shared',
      canEdit: false,
      lockedFilters: { region: 'Europe' },
    });
    expect(shared.blocks).toHaveLength(5);
    expect(shared.blocks.find((b) => b.id === ids.region)?.content).toMatchObject({
      default: 'Europe',
      locked: true,
    });
    expect(shared.blocks.find((b) => b.id === ids.period)?.content).not.toHaveProperty('locked');

    // Editors see the same token in the canvas's list of links (re-signed deterministically).
    const listed = ok(
      await h.gql<{ canvas: { shareLinks: { id: string; token: string }[] } }>(
        owner,
        `query($id: ID!) { canvas(id: $id) { shareLinks { id token } } }`,
        { id: canvas.id },
      ),
    );
    expect(listed.canvas.shareLinks).toContainEqual({ id: link.id, token: link.token });

    // Nothing beyond the canvas itself leaks through the link.
    const extra = await h.gql<{ sharedCanvas: unknown }>(
      anonymous,
      `query($token: String!) { sharedCanvas(token: $token) { id shareLinks { token } } }`,
      { token: link.token },
    );
    expect(errorOf(extra).extensions.code).toBe('FORBIDDEN');
    const versions = await h.gql(
      anonymous,
      `query($token: String!) { sharedCanvas(token: $token) { id versions { id } } }`,
      { token: link.token },
    );
    expect(errorOf(versions).extensions.code).toBe('FORBIDDEN');
  });

  it('runs SQL blocks with the locked filters forced; unlocked filters stay interactive', async () => {
    const link = await createLink({ lockedFilters: { region: 'Europe' } });
    const result = ok(
      await h.gql<{ runSharedBlock: { status: string } }>(anonymous, RUN_SHARED, {
        token: link.token,
        blockId: ids.chart,
        filters: { region: 'Asia Pacific', period: { from: '2025-01-01', to: '2025-03-31' } },
      }),
    );
    expect(result.runSharedBlock.status).toBe('SUCCEEDED');
    expect(h.runs.at(-1)).toEqual({
      organizationId: org,
      dataSourceId: h.demoSourceId,
      sql: SQL,
      parameters: {
        region: 'Europe',
        period_from: '2025-01-01',
        period_to: '2025-03-31',
        channel: ['web', 'mobile', 'partner'],
      },
      actor: { kind: 'shareLink', shareLinkId: link.id, canvasId: canvas.id },
    });

    const unknown = errorOf(
      await h.gql(anonymous, RUN_SHARED, {
        token: link.token,
        blockId: ids.sql,
        filters: { sql: 'DROP TABLE orders' },
      }),
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.sql' });
    const badValue = errorOf(
      await h.gql(anonymous, RUN_SHARED, {
        token: link.token,
        blockId: ids.sql,
        filters: { channel: 'web' },
      }),
    );
    expect(badValue.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.channel' });
  });

  it('without showCode, run errors do not quote the SQL; with it they do', async () => {
    const link = await createLink();
    const failed = {
      ...succeededRun(),
      status: 'FAILED',
      error: { code: 'SQL_ERROR', message: 'syntax error at or near "channel IN"', position: 12 },
    };
    const previous = h.runSql;
    h.runSql = async () => failed;
    try {
      const hidden = ok(
        await h.gql<{ runSharedBlock: { error: unknown } }>(anonymous, RUN_SHARED, {
          token: link.token,
          blockId: ids.chart,
        }),
      ).runSharedBlock;
      expect(hidden.error).toEqual({ code: 'SQL_ERROR', message: 'This block could not run' });
      ok(
        await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
          i: { canvasId: canvas.id, showCode: true },
        }),
      );
      const shown = ok(
        await h.gql<{ runSharedBlock: { error: unknown } }>(anonymous, RUN_SHARED, {
          token: link.token,
          blockId: ids.chart,
        }),
      ).runSharedBlock;
      expect(shown.error).toEqual(failed.error);
    } finally {
      h.runSql = previous;
      ok(
        await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
          i: { canvasId: canvas.id },
        }),
      );
    }
  });

  it('tells tampered, expired and revoked links apart', async () => {
    const link = await createLink({ expiresInSeconds: 600, lockedFilters: { region: 'Europe' } });
    expect(await reasonFor(tamperPayload(link.token, (c) => (c.lockedFilters = { region: 'All' })))).toBe(
      'SHARE_LINK_INVALID',
    );
    expect(await reasonFor(tamperPayload(link.token, (c) => (c.exp = Number(c.exp) + 86_400)))).toBe(
      'SHARE_LINK_INVALID',
    );
    expect(await reasonFor('not-a-token')).toBe('SHARE_LINK_INVALID');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${link.token.split('.')[1]}.`;
    expect(await reasonFor(unsigned)).toBe('SHARE_LINK_INVALID');
    const forged = await new SignJWT({ canvasId: canvas.id, linkId: link.id, lockedFilters: {} })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tessera-canvases')
      .setAudience('tessera-share')
      .sign(new TextEncoder().encode('a-guessed-key-of-32-characters!!'));
    expect(await reasonFor(forged)).toBe('SHARE_LINK_INVALID');

    h.clock.advance(601_000);
    expect(await reasonFor(link.token)).toBe('SHARE_LINK_EXPIRED');
    expect(
      errorOf(await h.gql(anonymous, RUN_SHARED, { token: link.token, blockId: ids.sql })).extensions.reason,
    ).toBe('SHARE_LINK_EXPIRED');

    const revocable = await createLink();
    ok(await h.gql(anonymous, SHARED_CANVAS, { token: revocable.token }));
    expect(ok(await h.gql(owner, REVOKE_SHARE_LINK, { id: revocable.id }))).toEqual({
      revokeShareLink: true,
    });
    expect(await reasonFor(revocable.token)).toBe('SHARE_LINK_REVOKED');
    expect(
      errorOf(await h.gql(anonymous, RUN_SHARED, { token: revocable.token, blockId: ids.sql })).extensions
        .reason,
    ).toBe('SHARE_LINK_REVOKED');

    const messages = new Set<string>();
    for (const token of ['x.y.z', link.token, revocable.token])
      messages.add(errorOf(await h.gql(anonymous, SHARED_CANVAS, { token })).message);
    expect(messages.size).toBe(3);
  });

  it('short links: a random base62 code per link, resolved by the internal route while the link is valid', async () => {
    const resolve = (code: string, secret = TEST_SECRETS.INTERNAL_SECRET) =>
      fetch(new URL(`/internal/short-links/${code}`, h.url), { headers: { 'x-internal-secret': secret } });
    const link = await createLink({ expiresInSeconds: 3600 });
    const other = await createLink();
    const code = link.shortUrl.slice(`${PUBLIC_URL}/s/`.length);
    expect(link.shortUrl.startsWith(`${PUBLIC_URL}/s/`)).toBe(true);
    expect(code).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(other.shortUrl).not.toBe(link.shortUrl);
    expect(code).not.toContain(link.id.slice(0, 8));
    // Listing shows the same short URL (stable per link).
    const listed = ok(
      await h.gql<{ canvas: { shareLinks: ShareLinkResult[] } }>(
        owner,
        'query($id: ID!) { canvas(id: $id) { shareLinks { id shortUrl } } }',
        { id: canvas.id },
      ),
    ).canvas.shareLinks.find((l) => l.id === link.id);
    expect(listed?.shortUrl).toBe(link.shortUrl);

    const found = await resolve(code);
    expect(found.status).toBe(200);
    const { path } = (await found.json()) as { path: string };
    expect(path).toMatch(/^\/embed\/[A-Za-z0-9._-]+$/);
    ok(await h.gql(anonymous, SHARED_CANVAS, { token: path.slice('/embed/'.length) }));

    expect((await resolve(code, 'x'.repeat(64))).status).toBe(401);
    expect((await resolve('Zz9Zz9Zz9Zz9')).status).toBe(404);
    expect(
      (await resolve(code.toLowerCase() === code ? code.toUpperCase() : code.toLowerCase())).status,
    ).toBe(404);
    expect((await resolve('short')).status).toBe(404);

    ok(await h.gql(owner, REVOKE_SHARE_LINK, { id: other.id }));
    expect((await resolve(other.shortUrl.split('/s/')[1]!)).status).toBe(404);
    h.clock.advance(3_601_000);
    expect((await resolve(code)).status).toBe(404);
  });

  it('short links: a link stored before short links gets its code when next listed, then keeps it', async () => {
    const link = await createLink();
    const raw = await mongoose.createConnection(h.mongoUrl).asPromise();
    try {
      await raw.collection('share_links').updateOne({ _id: link.id as never }, { $unset: { shortCode: 1 } });
    } finally {
      await raw.close();
    }
    const list = async () =>
      ok(
        await h.gql<{ canvas: { shareLinks: ShareLinkResult[] } }>(
          owner,
          'query($id: ID!) { canvas(id: $id) { shareLinks { id shortUrl } } }',
          { id: canvas.id },
        ),
      ).canvas.shareLinks.find((l) => l.id === link.id)!.shortUrl;
    const first = await list();
    expect(first).toMatch(/\/s\/[0-9A-Za-z]{12}$/);
    expect(first).not.toBe(link.shortUrl);
    expect(await list()).toBe(first);
  });

  it('[P6] can never mutate: mutations take no share token and anonymous callers are refused', async () => {
    const link = await createLink();
    const before = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas;
    const attempt = await h.gql(anonymous, UPDATE_BLOCK, {
      input: { canvasId: canvas.id, blockId: ids.sql, content: { sql: 'SELECT 1' } },
    });
    expect(errorOf(attempt).extensions.code).toBe('UNAUTHENTICATED');
    expect(
      errorOf(await h.gql(anonymous, CREATE_SHARE_LINK, { input: { canvasId: canvas.id } })).extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.gql(anonymous, REVOKE_SHARE_LINK, { id: link.id })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const mutationFields = await h.gql<{
      __schema: { mutationType: { fields: { args: { name: string }[] }[] } };
    }>(anonymous, '{ __schema { mutationType { fields { args { name } } } } }');
    const argNames = ok(mutationFields).__schema.mutationType.fields.flatMap((f) =>
      f.args.map((a) => a.name),
    );
    expect(argNames).not.toContain('token');
    expect(ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas).toEqual(
      before,
    );
  });

  it('validates links: known filter parameters, values of the right kind, a sane lifetime', async () => {
    const create = (input: Record<string, unknown>) =>
      h.gql(owner, CREATE_SHARE_LINK, { input: { canvasId: canvas.id, ...input } });
    expect(errorOf(await create({ lockedFilters: { country: 'France' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lockedFilters.country',
    });
    expect(
      errorOf(await create({ lockedFilters: { period: { from: '2025-01-01' } } })).extensions,
    ).toMatchObject({ field: 'lockedFilters.period.to' });
    expect(errorOf(await create({ expiresInSeconds: 5 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expiresInSeconds',
    });
    expect(ok(await create({ lockedFilters: { channel: ['web'] } }))).toBeTruthy();
  });

  it('[P7] follows the canvas to the trash and back; signs with a key per organization', async () => {
    const link = await createLink();
    ok(await h.gql(owner, DELETE, { id: canvas.id }));
    expect(errorOf(await h.gql(anonymous, SHARED_CANVAS, { token: link.token })).extensions.code).toBe(
      'NOT_FOUND',
    );
    ok(await h.gql(owner, RESTORE, { id: canvas.id }));
    ok(await h.gql(anonymous, SHARED_CANVAS, { token: link.token }));

    const other = newProject(h);
    const otherOwner = user([[other.organizationId, 'OWNER']]);
    const otherCanvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(otherOwner, CREATE_CANVAS, {
        input: { projectId: other.projectId, name: 'B' },
      }),
    ).createCanvas;
    const otherLink = ok(
      await h.gql<{ createShareLink: ShareLinkResult }>(otherOwner, CREATE_SHARE_LINK, {
        input: { canvasId: otherCanvas.id },
      }),
    ).createShareLink;
    const { repos } = h.server.services();
    const [keyA, keyB] = await Promise.all([
      repos.signingKeys.find(org),
      repos.signingKeys.find(other.organizationId),
    ]);
    expect(keyA).toHaveLength(32);
    expect(Buffer.from(keyA!).equals(Buffer.from(keyB!))).toBe(false);
    // Org B's valid signature over a claim naming org A's link does not verify with org A's key.
    expect(
      await reasonFor(
        tamperPayload(otherLink.token, (c) => ((c.linkId = link.id), (c.canvasId = canvas.id))),
      ),
    ).toBe('SHARE_LINK_INVALID');
    expect(errorOf(await h.gql(otherOwner, REVOKE_SHARE_LINK, { id: link.id })).extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('exports verifyShareToken for the collab server, and never logs tokens', async () => {
    const link = await createLink({ lockedFilters: { region: 'Europe' } });
    const store = await openCanvasStore({ mongodbUrl: h.mongoUrl, clock: h.clock });
    try {
      expect(await store.verifyShareToken(link.token)).toEqual({
        linkId: link.id,
        canvasId: canvas.id,
        organizationId: org,
        lockedFilters: { region: 'Europe' },
        expiresAt: null,
      });
      const failure = await store.verifyShareToken(link.token.slice(0, -2)).catch((error: unknown) => error);
      expect(shareLinkReason(failure)).toBe('SHARE_LINK_INVALID');
      expect(await store.canvasInfo(canvas.id)).toMatchObject({ id: canvas.id, organizationId: org });
    } finally {
      await store.close();
    }
    expect(h.log.text()).toContain('share link created');
    expect(h.log.text()).not.toContain(link.token);
    expect(h.log.text()).not.toContain(link.token.split('.')[2]!);
  });
});
