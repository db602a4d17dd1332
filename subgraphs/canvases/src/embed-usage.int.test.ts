import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, errorOf, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  ADD_BLOCK,
  CREATE_CANVAS,
  CREATE_SHARE_LINK,
  RUN_SHARED,
  SHARED_CANVAS,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

// organizationEmbedUsage: views and block runs recorded through sharedCanvas/runSharedBlock, per
// canvas and viewer, for the organization's admins only.

const REPORT = `query($organizationId: ID!, $days: Int) {
  organizationEmbedUsage(organizationId: $organizationId, days: $days) {
    days views blocksRun viewers
    canvases { canvasId canvas { id name } views blocksRun lastSeenAt viewers { viewer via views blocksRun } }
  }
}`;

interface Report {
  days: number;
  views: number;
  blocksRun: number;
  viewers: number;
  canvases: {
    canvasId: string;
    canvas: { id: string; name: string } | null;
    views: number;
    blocksRun: number;
    viewers: { viewer: string; via: string; views: number; blocksRun: number }[];
  }[];
}

let h: Harness;
let org: string;
let owner: ReturnType<typeof user>;

async function publishedCanvas(projectId: string, name: string) {
  const canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, { input: { projectId, name } }),
  ).createCanvas;
  const block = ok(
    await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'SQL',
        position: { x: 0, y: 0, w: 6, h: 2 },
        content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS one' },
      },
    }),
  ).addBlock;
  ok(
    await h.gql(owner, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId: canvas.id },
    }),
  );
  const link = ok(
    await h.gql<{ createShareLink: { id: string; token: string } }>(owner, CREATE_SHARE_LINK, {
      input: { canvasId: canvas.id },
    }),
  ).createShareLink;
  return { canvas, blockId: block.id, link };
}

async function report(who: ReturnType<typeof user>, organizationId = org, days = 30) {
  return h.gql<{ organizationEmbedUsage: Report }>(who, REPORT, { organizationId, days });
}

beforeAll(async () => {
  h = await startHarness();
  const project = newProject(h);
  org = project.organizationId;
  owner = user([[org, 'OWNER']]);
  const sales = await publishedCanvas(project.projectId, 'Sales');
  const ops = await publishedCanvas(project.projectId, 'Ops');
  for (let i = 0; i < 3; i += 1) ok(await h.gql(anonymous, SHARED_CANVAS, { token: sales.link.token }));
  for (let i = 0; i < 2; i += 1)
    ok(await h.gql(anonymous, RUN_SHARED, { token: sales.link.token, blockId: sales.blockId }));
  ok(await h.gql(anonymous, SHARED_CANVAS, { token: ops.link.token }));
  Object.assign(ids, { sales: sales.canvas.id, ops: ops.canvas.id, salesLink: sales.link.id });
});
afterAll(() => h?.stop());

const ids: Record<string, string> = {};

describe('organizationEmbedUsage', () => {
  it('reports views and blocks run per canvas and viewer, most viewed first, with totals', async () => {
    // Counting does not hold up the viewer: wait until the last count is stored.
    await expect
      .poll(async () => ok(await report(owner)).organizationEmbedUsage.views, { timeout: 5000 })
      .toBe(4);
    await expect
      .poll(async () => ok(await report(owner)).organizationEmbedUsage.blocksRun, { timeout: 5000 })
      .toBe(2);
    const r = ok(await report(owner)).organizationEmbedUsage;
    expect(r).toMatchObject({ days: 30, views: 4, blocksRun: 2, viewers: 2 });
    expect(r.canvases.map((c) => [c.canvas?.name, c.views, c.blocksRun])).toEqual([
      ['Sales', 3, 2],
      ['Ops', 1, 0],
    ]);
    expect(r.canvases[0]).toMatchObject({ canvasId: ids.sales, canvas: { id: ids.sales } });
    expect(r.canvases[0]!.viewers).toEqual([
      { viewer: `link:${ids.salesLink}`, via: 'LINK', views: 3, blocksRun: 2 },
    ]);
  });

  it('ADMIN and above; EDITOR is FORBIDDEN; another organization is NOT_FOUND', async () => {
    ok(await report(user([[org, 'ADMIN']])));
    expect(errorOf(await report(user([[org, 'EDITOR']]))).extensions.code).toBe('FORBIDDEN');
    const other = newProject(h).organizationId;
    const outsider = user([[other, 'OWNER']]);
    expect(errorOf(await report(outsider)).extensions.code).toBe('NOT_FOUND');
    expect(ok(await report(outsider, other)).organizationEmbedUsage).toMatchObject({
      views: 0,
      canvases: [],
    });
    expect(errorOf(await report(anonymous)).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('limits the period to 1..366 days', async () => {
    for (const days of [0, 367])
      expect(errorOf(await report(owner, org, days)).extensions.code).toBe('BAD_USER_INPUT');
    expect(ok(await report(owner, org, 7)).organizationEmbedUsage.days).toBe(7);
  });
});
