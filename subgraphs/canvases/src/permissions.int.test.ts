import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '@tessera/testing';
import {
  anonymous,
  apiKey,
  errorOf,
  newProject,
  ok,
  startHarness,
  user,
  type Harness,
} from './testing/harness.ts';
import {
  ADD_BLOCK,
  CANVAS,
  CANVAS_ENTITY,
  CREATE_CANVAS,
  CREATE_SHARE_LINK,
  CREATE_VERSION,
  DELETE,
  DUPLICATE,
  PROJECT_CANVASES,
  REMOVE_BLOCK,
  RENAME,
  RESTORE,
  RESTORE_VERSION,
  REVOKE_SHARE_LINK,
  RUN_CANVAS,
  UPDATE_BLOCK,
  VERSION,
  VERSIONS,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

// Permission rules (README "Permission model"), cited as [P1]..[P8].
let h: Harness;
let org: string;
let projectId: string;
let owner: ReturnType<typeof user>;
let viewer: ReturnType<typeof user>;
let canvas: CanvasResult;
let sql: BlockResult;
let versionId: string;
let shareLinkId: string;

beforeAll(async () => {
  h = await startHarness();
  ({ organizationId: org, projectId } = newProject(h));
  owner = user([[org, 'OWNER']]);
  viewer = user([[org, 'VIEWER']]);
  canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
      input: { projectId, name: 'Board' },
    }),
  ).createCanvas;
  sql = ok(
    await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'SQL',
        position: { x: 0, y: 0, w: 4, h: 4 },
        content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1' },
      },
    }),
  ).addBlock;
  versionId = ok(
    await h.gql<{ createCanvasVersion: { id: string } }>(owner, CREATE_VERSION, {
      canvasId: canvas.id,
      name: 'v1',
    }),
  ).createCanvasVersion.id;
  shareLinkId = ok(
    await h.gql<{ createShareLink: { id: string } }>(owner, CREATE_SHARE_LINK, {
      input: { canvasId: canvas.id },
    }),
  ).createShareLink.id;
});
afterAll(() => h?.stop());

/** Every write the subgraph has, with valid arguments. */
function writes(): [string, string, Record<string, unknown>][] {
  const position = { x: 0, y: 9, w: 2, h: 2 };
  return [
    ['createCanvas', CREATE_CANVAS, { input: { projectId, name: 'Nope' } }],
    [
      'addBlock',
      ADD_BLOCK,
      { input: { canvasId: canvas.id, type: 'TEXT', position, content: { markdown: 'x' } } },
    ],
    [
      'updateBlock',
      UPDATE_BLOCK,
      { input: { canvasId: canvas.id, blockId: sql.id, content: { sql: 'SELECT 2' } } },
    ],
    ['removeBlock', REMOVE_BLOCK, { canvasId: canvas.id, blockId: sql.id }],
    ['renameCanvas', RENAME, { id: canvas.id, name: 'Nope' }],
    ['duplicateCanvas', DUPLICATE, { id: canvas.id }],
    ['deleteCanvas', DELETE, { id: canvas.id }],
    ['restoreCanvas', RESTORE, { id: canvas.id }],
    ['createCanvasVersion', CREATE_VERSION, { canvasId: canvas.id, name: 'Nope' }],
    ['restoreCanvasVersion', RESTORE_VERSION, { canvasId: canvas.id, versionId }],
    ['createShareLink', CREATE_SHARE_LINK, { input: { canvasId: canvas.id } }],
    ['revokeShareLink', REVOKE_SHARE_LINK, { id: shareLinkId }],
  ];
}

async function currentCanvas(): Promise<CanvasResult> {
  return ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas;
}

describe('permission model', () => {
  it('[P2] a VIEWER reads the canvas, its versions, and runs its blocks', async () => {
    const read = ok(await h.gql<{ canvas: CanvasResult }>(viewer, CANVAS, { id: canvas.id })).canvas;
    expect(read).toMatchObject({ id: canvas.id, name: 'Board', canEdit: false });
    const versions = ok(
      await h.gql<{ canvasVersions: unknown[] }>(viewer, VERSIONS, { canvasId: canvas.id }),
    ).canvasVersions;
    expect(versions).toContainEqual(expect.objectContaining({ id: versionId, kind: 'NAMED', name: 'v1' }));
    expect(ok(await h.gql(viewer, VERSION, { id: versionId }))).toMatchObject({
      canvasVersion: { name: 'v1' },
    });
    const run = ok(
      await h.gql<{ runCanvasBlock: { status: string } }>(viewer, RUN_CANVAS, {
        canvasId: canvas.id,
        blockId: sql.id,
      }),
    );
    expect(run.runCanvasBlock.status).toBe('SUCCEEDED');
    expect(h.runs.at(-1)).toMatchObject({
      organizationId: org,
      sql: 'SELECT 1',
      actor: { kind: 'user', userId: (viewer.principal as { userId: string }).userId },
    });
  });

  it('[P3] a VIEWER cannot mutate anything: FORBIDDEN, and nothing changes', async () => {
    const before = await currentCanvas();
    for (const [name, query, variables] of writes()) {
      const error = errorOf(await h.gql(viewer, query, variables));
      expect({ name, code: error.extensions.code }).toEqual({ name, code: 'FORBIDDEN' });
    }
    expect(await currentCanvas()).toEqual(before);
    const links = await h.gql<{ canvas: { shareLinks: unknown } }>(
      viewer,
      `query($id: ID!) { canvas(id: $id) { id shareLinks { id token } } }`,
      { id: canvas.id },
    );
    expect(links.data?.canvas.shareLinks).toBeNull();
    expect(errorOf(links).extensions.code).toBe('FORBIDDEN');
  });

  it('[P4] another tenant gets NOT_FOUND everywhere, as for a canvas that does not exist', async () => {
    const stranger = user([[randomUUID(), 'OWNER']]);
    const missing = errorOf(await h.gql(stranger, CANVAS, { id: randomUUID() }));
    const hidden = errorOf(await h.gql(stranger, CANVAS, { id: canvas.id }));
    expect(hidden).toEqual({ ...missing, extensions: { code: 'NOT_FOUND' } });

    const entity = await h.gql<{ _entities: unknown[] }>(stranger, CANVAS_ENTITY, {
      representations: [{ __typename: 'Canvas', id: canvas.id }],
    });
    expect(entity.data?._entities).toEqual([null]);
    expect(errorOf(entity).extensions.code).toBe('NOT_FOUND');
    const project = await h.gql(stranger, PROJECT_CANVASES, {
      representations: [{ __typename: 'Project', id: projectId }],
    });
    expect(errorOf(project).extensions.code).toBe('NOT_FOUND');

    for (const [name, query, variables] of writes()) {
      const error = errorOf(await h.gql(stranger, query, variables));
      expect({ name, code: error.extensions.code }).toEqual({ name, code: 'NOT_FOUND' });
    }
    for (const [query, variables] of [
      [VERSIONS, { canvasId: canvas.id }],
      [VERSION, { id: versionId }],
      [RUN_CANVAS, { canvasId: canvas.id, blockId: sql.id }],
    ] as const) {
      expect(errorOf(await h.gql(stranger, query, variables)).extensions.code).toBe('NOT_FOUND');
    }
  });

  it('[P5] API keys: READ reads, WRITE writes, QUERY_RUN runs', async () => {
    const reader = apiKey(org, ['READ']);
    expect(ok(await h.gql(reader, CANVAS, { id: canvas.id }))).toMatchObject({ canvas: { canEdit: false } });
    expect(errorOf(await h.gql(reader, RENAME, { id: canvas.id, name: 'x' })).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(await h.gql(reader, RUN_CANVAS, { canvasId: canvas.id, blockId: sql.id })).extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      ok(
        await h.gql(apiKey(org, ['READ', 'QUERY_RUN']), RUN_CANVAS, { canvasId: canvas.id, blockId: sql.id }),
      ),
    ).toBeTruthy();

    const writer = apiKey(org, ['READ', 'WRITE']);
    const block = ok(
      await h.gql<{ addBlock: BlockResult }>(writer, ADD_BLOCK, {
        input: {
          canvasId: canvas.id,
          type: 'TEXT',
          position: { x: 0, y: 20, w: 2, h: 1 },
          content: { markdown: 'by a partner' },
        },
      }),
    ).addBlock;
    ok(await h.gql(owner, REMOVE_BLOCK, { canvasId: canvas.id, blockId: block.id }));
    const otherOrgKey = apiKey(randomUUID(), ['READ', 'WRITE']);
    expect(errorOf(await h.gql(otherOrgKey, CANVAS, { id: canvas.id })).extensions.code).toBe('NOT_FOUND');
  });

  it('[P1] anonymous callers are UNAUTHENTICATED; requests without the gateway identity are refused', async () => {
    expect(errorOf(await h.gql(anonymous, CANVAS, { id: canvas.id })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await h.gql(anonymous, ADD_BLOCK, writes()[1]![2])).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const direct = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ canvasTemplates { id } }' }),
    });
    expect(direct.status).toBe(401);
    const health = await fetch(new URL('/health', h.url));
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 200,
      body: { status: 'ok', components: { mongodb: { status: 'ok' } } },
    });
  });

  it('[P8] the internal canvas directory needs the internal secret and hides deleted canvases', async () => {
    const base = new URL(h.url).origin;
    const get = (id: string, secret?: string) =>
      fetch(`${base}/internal/canvases/${id}`, { headers: secret ? { 'x-internal-secret': secret } : {} });
    expect((await get(canvas.id)).status).toBe(401);
    expect((await get(canvas.id, 'wrong-secret')).status).toBe(401);
    const found = await get(canvas.id, TEST_SECRETS.INTERNAL_SECRET);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ id: canvas.id, organizationId: org, projectId, name: 'Board' });
    expect((await get(randomUUID(), TEST_SECRETS.INTERNAL_SECRET)).status).toBe(404);

    const doomed = ok(
      await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
        input: { projectId, name: 'Doomed' },
      }),
    ).createCanvas;
    ok(await h.gql(owner, DELETE, { id: doomed.id }));
    expect((await get(doomed.id, TEST_SECRETS.INTERNAL_SECRET)).status).toBe(404);
  });
});
