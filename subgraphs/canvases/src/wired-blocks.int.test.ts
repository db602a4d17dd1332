import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import { signedIdentityHeaders, TEST_SECRETS } from '@tessera/testing';
import { newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import { ADD_BLOCK, CANVAS, CREATE_CANVAS, type CanvasResult } from './testing/operations.ts';

// POST /internal/canvases/<id>/blocks: the SQL assistant's askCanvas adds a wired set of blocks as
// the calling user (EDITOR, [P3][P4]), below the canvas's blocks, in one change.
let h: Harness;
let org: string;
let owner: Identity;
let canvas: CanvasResult;

const SQL = 'SELECT month, revenue FROM sales';

interface WiredAnswer {
  blocks: { id: string; type: string; position: Record<string, number>; content: Record<string, unknown> }[];
  error: { code: string; message: string; field?: string };
}

function post(
  canvasId: string,
  body: unknown,
  identity: Identity | null,
  secret = TEST_SECRETS.INTERNAL_SECRET,
) {
  return (async () => {
    const headers: Record<string, string> = identity
      ? await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, identity)
      : { 'content-type': 'application/json' };
    headers['x-internal-secret'] = secret;
    const response = await fetch(`${new URL(h.url).origin}/internal/canvases/${canvasId}/blocks`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as WiredAnswer };
  })();
}

const wiredSet = (name = 'revenue_by_month') => ({
  blocks: [
    {
      type: 'SQL',
      position: { x: 0, y: 0, w: 6, h: 8 },
      content: { title: 'Revenue by month', name, dataSourceId: h.demoSourceId, sql: SQL },
    },
    {
      type: 'CHART',
      position: { x: 6, y: 0, w: 6, h: 8 },
      content: {
        title: 'Revenue by month',
        sourceBlockId: '#0',
        chartType: 'line',
        encodings: { x: { field: 'month' }, y: { field: 'revenue' } },
      },
    },
    {
      type: 'TEXT',
      position: { x: 0, y: 8, w: 12, h: 3 },
      content: { markdown: 'Latest month: {{#0.revenue}}' },
    },
  ],
});

beforeAll(async () => {
  h = await startHarness();
  const project = newProject(h);
  org = project.organizationId;
  owner = user([[org, 'OWNER']]);
  canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
      input: { projectId: project.projectId, name: 'Board' },
    }),
  ).createCanvas;
  ok(
    await h.gql(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'TEXT',
        position: { x: 0, y: 2, w: 12, h: 3 },
        content: { markdown: 'hi' },
      },
    }),
  );
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

describe('wired blocks (askCanvas)', () => {
  it('adds SQL, a chart reading it and a text bound to it, below the existing blocks', async () => {
    const { status, body } = await post(canvas.id, wiredSet(), user([[org, 'EDITOR']]));
    expect(status).toBe(200);
    const [sql, chart, text] = body.blocks as [
      WiredAnswer['blocks'][0],
      WiredAnswer['blocks'][0],
      WiredAnswer['blocks'][0],
    ];
    expect(sql).toMatchObject({ type: 'SQL', position: { x: 0, y: 5, w: 6, h: 8 }, content: { sql: SQL } });
    expect(chart).toMatchObject({ type: 'CHART', position: { y: 5 }, content: { sourceBlockId: sql.id } });
    expect(text.content.markdown).toBe(`Latest month: {{${sql.id}.revenue}}`);
    const stored = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas;
    expect(stored.blocks.map((b) => b.id)).toEqual(expect.arrayContaining([sql.id, chart.id, text.id]));
  });

  it('[R30] names every block of the set, none taken by another block of the canvas', async () => {
    const { body } = await post(canvas.id, wiredSet(), owner);
    expect(body.blocks[0]!.content.name).toMatch(/^revenue_by_month_\d$/);
    const stored = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas;
    const names = stored.blocks.map((b) => b.content.name).filter((n) => n !== undefined);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(names.length);
  });

  it('[P3] a VIEWER is refused and nothing is added; an empty set checks the role only', async () => {
    const before = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas.blocks;
    const refused = await post(canvas.id, wiredSet(), user([[org, 'VIEWER']]));
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect((await post(canvas.id, { blocks: [] }, user([[org, 'VIEWER']]))).status).toBe(403);
    expect(await post(canvas.id, { blocks: [] }, user([[org, 'EDITOR']]))).toEqual({
      status: 200,
      body: { canvas: { id: canvas.id, organizationId: org, projectId: canvas.project.id }, blocks: [] },
    });
    const after = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas.blocks;
    expect(after).toHaveLength(before.length);
  });

  it('[P4] another organization, a missing canvas, no identity or no secret: refused', async () => {
    const stranger = user([[randomUUID(), 'OWNER']]);
    expect(await post(canvas.id, wiredSet(), stranger)).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Canvas not found' } },
    });
    expect((await post(randomUUID(), wiredSet(), owner)).status).toBe(404);
    expect((await post(canvas.id, wiredSet(), null)).status).toBe(401);
    expect((await post(canvas.id, wiredSet(), owner, 'wrong-secret')).status).toBe(401);
  });

  it('an invalid block refuses the whole set, naming the field', async () => {
    const set = wiredSet();
    set.blocks[1]!.content.sourceBlockId = '#2';
    const bad = await post(canvas.id, set, owner);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
    expect(bad.body.error.field).toBe('blocks.1.content.sourceBlockId');
    const tooMany = await post(canvas.id, { blocks: Array(9).fill(set.blocks[0]) }, owner);
    expect(tooMany.status).toBe(400);
  });
});
