import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunJson } from './clients/queries-client.ts';
import { startDemoDuckDb } from './testing/duckdb-queries.ts';
import { anonymous, errorOf, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  CREATE_CANVAS,
  CREATE_SHARE_LINK,
  RUN_CANVAS,
  RUN_SHARED,
  type CanvasResult,
} from './testing/operations.ts';

let h: Harness;
let duck: Awaited<ReturnType<typeof startDemoDuckDb>>;
let projectId: string;
let editor: ReturnType<typeof user>;

beforeAll(async () => {
  [h, duck] = await Promise.all([startHarness(), startDemoDuckDb()]);
  h.runSql = duck.runSql;
  const project = newProject(h);
  projectId = project.projectId;
  editor = user([[project.organizationId, 'EDITOR']]);
});
afterAll(async () => {
  await h?.stop();
  duck?.close();
});

const create = (template: string | null, name = 'From template') =>
  h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, { input: { projectId, name, template } });
const run = async (canvasId: string, blockId: string, filters?: Record<string, unknown>) =>
  ok(await h.gql<{ runCanvasBlock: QueryRunJson }>(editor, RUN_CANVAS, { canvasId, blockId, filters }))
    .runCanvasBlock;
const total = (result: QueryRunJson, column: string) => {
  const index = result.columns.findIndex((c) => c.name === column);
  return result.rows.reduce((sum, row) => sum + Number(row[index]), 0);
};

describe('templates', () => {
  it('lists Blank and Sales overview; Blank is empty; unknown templates are refused', async () => {
    const templates = ok(
      await h.gql<{ canvasTemplates: { id: string; name: string }[] }>(
        editor,
        '{ canvasTemplates { id name } }',
      ),
    ).canvasTemplates;
    expect(templates.map((t) => [t.id, t.name])).toEqual([
      ['blank', 'Blank'],
      ['sales-overview', 'Sales overview'],
    ]);
    expect(ok(await create(null)).createCanvas.blocks).toEqual([]);
    expect(ok(await create('Blank')).createCanvas.blocks).toEqual([]);
    expect(errorOf(await create('pivot-table')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'template',
    });
  });

  it('instantiates Sales overview on the demo source, and every SQL block runs on the demo schema', async () => {
    const canvas = ok(await create('sales-overview', 'Sales')).createCanvas;
    const types = new Set(canvas.blocks.map((b) => b.type));
    expect([...types].sort()).toEqual(['CHART', 'FILTER', 'METRIC', 'SQL', 'TEXT']);
    const sqlBlocks = canvas.blocks.filter((b) => b.type === 'SQL');
    expect(sqlBlocks.length).toBeGreaterThanOrEqual(2);
    for (const block of sqlBlocks) expect(block.content.dataSourceId).toBe(h.demoSourceId);
    expect(canvas.blocks.find((b) => b.type === 'FILTER')?.content).toMatchObject({
      parameter: 'region',
      kind: 'select',
      default: 'All',
    });

    for (const block of canvas.blocks.filter((b) => ['SQL', 'CHART', 'METRIC'].includes(b.type))) {
      const result = await run(canvas.id, block.id);
      expect({ block: block.content.title, status: result.status, error: result.error }).toEqual({
        block: block.content.title,
        status: 'SUCCEEDED',
        error: null,
      });
      expect(result.rowCount).toBeGreaterThan(0);
      expect(h.runs.at(-1)!.parameters).toEqual({ region: 'All' });
    }

    // The region filter narrows every block; the regions add up to the whole.
    const totals = sqlBlocks.find((b) => b.content.title === 'Totals')!;
    const monthly = sqlBlocks.find((b) => b.content.title === 'Revenue by month')!;
    const all = total(await run(canvas.id, totals.id), 'revenue');
    expect(total(await run(canvas.id, monthly.id), 'revenue')).toBeCloseTo(all, 2);
    let regions = 0;
    for (const region of ['North America', 'Europe', 'Asia Pacific', 'Latin America']) {
      const part = total(await run(canvas.id, totals.id, { region }), 'revenue');
      expect(part).toBeGreaterThan(0);
      expect(part).toBeLessThan(all);
      regions += part;
    }
    expect(regions).toBeCloseTo(all, 2);

    // A share link (to the publication) locked to Europe shows Europe whatever the viewer asks for.
    ok(
      await h.gql(editor, 'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
        i: { canvasId: canvas.id },
      }),
    );
    const link = ok(
      await h.gql<{ createShareLink: { token: string } }>(editor, CREATE_SHARE_LINK, {
        input: { canvasId: canvas.id, lockedFilters: { region: 'Europe' } },
      }),
    ).createShareLink;
    const shared = ok(
      await h.gql<{ runSharedBlock: QueryRunJson }>(anonymous, RUN_SHARED, {
        token: link.token,
        blockId: totals.id,
        filters: { region: 'All' },
      }),
    ).runSharedBlock;
    expect(total(shared, 'revenue')).toBeCloseTo(
      total(await run(canvas.id, totals.id, { region: 'Europe' }), 'revenue'),
      2,
    );

    // The text binds to the totals block's fields.
    const textBlock = canvas.blocks.find((b) => b.type === 'TEXT')!;
    expect(textBlock.content.markdown).toContain(`{{${totals.id}.revenue}}`);
  });
});
