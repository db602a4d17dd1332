import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  ADD_BLOCK,
  CANVAS,
  CREATE_CANVAS,
  DUPLICATE,
  PROJECT_CANVASES,
  REMOVE_BLOCK,
  RENAME,
  UPDATE_BLOCK,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

let h: Harness;
let editor: ReturnType<typeof user>;
let projectId: string;

beforeAll(async () => {
  h = await startHarness();
  const project = newProject(h);
  projectId = project.projectId;
  editor = user([[project.organizationId, 'EDITOR']]);
});
afterAll(() => h?.stop());

async function createCanvas(name = 'Revenue'): Promise<CanvasResult> {
  return ok(
    await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, { input: { projectId, name } }),
  ).createCanvas;
}

async function addBlock(
  canvasId: string,
  type: string,
  content: unknown,
  position = { x: 0, y: 0, w: 4, h: 3 },
) {
  return h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, {
    input: { canvasId, type, position, content },
  });
}

describe('blocks', () => {
  it('[S11] parallel addBlock calls on one canvas all succeed (version conflicts are retried server-side) and none is lost', async () => {
    const canvas = await createCanvas('Parallel');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        addBlock(canvas.id, 'TEXT', { markdown: `block ${i}` }, { x: 0, y: i, w: 2, h: 1 }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const read = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas;
    expect(read.blocks.map((b) => b.content.markdown).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `block ${i}`).sort(),
    );
    expect(read.version).toBe(31);
  });

  it('adds every block type and reads each back as written', async () => {
    const canvas = await createCanvas();
    expect(canvas).toMatchObject({
      name: 'Revenue',
      version: 1,
      blocks: [],
      canEdit: true,
      project: { id: projectId },
    });

    const sql = ok(
      await addBlock(canvas.id, 'SQL', {
        dataSourceId: h.demoSourceId,
        sql: 'SELECT {{region}} AS r',
        parameters: { region: 'All' },
      }),
    ).addBlock;
    const contents: Record<string, Record<string, unknown>> = {
      SQL: sql.content,
      CHART: {
        sourceBlockId: sql.id,
        chartType: 'bar',
        encodings: {
          x: { field: 'month', type: 'temporal' },
          y: ['revenue', 'orders'],
          color: 'region',
          size: 'orders',
        },
        aggregation: 'sum',
        options: { stacked: true },
      },
      TABLE: {
        sourceBlockId: sql.id,
        columns: ['month', { field: 'revenue', label: 'Revenue', format: 'currency' }],
        sort: [{ field: 'month', direction: 'desc' }],
      },
      METRIC: {
        sourceBlockId: sql.id,
        field: 'revenue',
        format: 'currency',
        comparison: { target: 1000, label: 'Goal' },
      },
      FILTER: {
        parameter: 'region',
        kind: 'select',
        label: 'Region',
        options: ['All', 'Europe'],
        default: 'All',
        targets: [sql.id],
      },
    };
    const ids: Record<string, string> = { SQL: sql.id };
    let y = 3;
    for (const type of ['CHART', 'TABLE', 'METRIC', 'FILTER'] as const) {
      const block = ok(
        await addBlock(canvas.id, type, contents[type], { x: 0, y: y++, w: 6, h: 4 }),
      ).addBlock;
      expect(block).toMatchObject({ type, content: contents[type] });
      ids[type] = block.id;
    }
    contents.TEXT = { markdown: `Revenue is **{{${ids.METRIC}.value}}**` };
    ids.TEXT = ok(await addBlock(canvas.id, 'TEXT', contents.TEXT, { x: 6, y: 9, w: 6, h: 2 })).addBlock.id;

    const read = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas;
    expect(read.version).toBe(7);
    expect(read.blocks).toHaveLength(6);
    for (const [type, id] of Object.entries(ids)) {
      expect(read.blocks.find((b) => b.id === id)).toEqual(
        expect.objectContaining({ type, content: contents[type] }),
      );
    }
    // Reading order [D7]: by y, then x.
    expect(read.blocks.map((b) => b.position.y)).toEqual(
      [...read.blocks.map((b) => b.position.y)].sort((a, b) => a - b),
    );
  });

  it('rejects an invalid block with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const canvas = await createCanvas();
    const sql = ok(
      await addBlock(canvas.id, 'SQL', { dataSourceId: h.demoSourceId, sql: 'SELECT 1' }),
    ).addBlock;
    ok(await addBlock(canvas.id, 'FILTER', { parameter: 'region', kind: 'select' }));
    const cases: [string, unknown, string][] = [
      [
        'CHART',
        { sourceBlockId: sql.id, chartType: 'sunburst', encodings: { x: 'a', y: 'b' } },
        'content.chartType',
      ],
      [
        'CHART',
        { sourceBlockId: sql.id, chartType: 'heatmap', encodings: { x: 'a', y: 'b' } },
        'content.encodings.color',
      ],
      [
        'CHART',
        { sourceBlockId: 'nope', chartType: 'bar', encodings: { x: 'a', y: 'b' } },
        'content.sourceBlockId',
      ],
      ['SQL', { sql: 'SELECT 1' }, 'content.dataSourceId'],
      [
        'TABLE',
        { sourceBlockId: sql.id, sort: [{ field: 'a', direction: 'up' }] },
        'content.sort.0.direction',
      ],
      ['TEXT', { markdown: 'Hello {{ not a binding }}' }, 'content.markdown'],
      ['METRIC', { sourceBlockId: sql.id }, 'content.field'],
      [
        'FILTER',
        { parameter: 'period', kind: 'dateRange', default: { from: '2025-02-01', to: 'soon' } },
        'content.default.to',
      ],
      ['FILTER', { parameter: 'region', kind: 'multiSelect' }, 'content.parameter'],
      ['FILTER', { parameter: 'drop table', kind: 'select' }, 'content.parameter'],
      ['SQL', { dataSourceId: h.demoSourceId, sql: 'SELECT 1', $where: 'x' }, 'content.$where'],
      ['TEXT', 'just text', 'content'],
    ];
    for (const [type, content, field] of cases) {
      const error = errorOf(await addBlock(canvas.id, type, content));
      expect({ type, code: error.extensions.code, field: error.extensions.field }).toEqual({
        type,
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(error.message).toContain(field);
    }
    const badPosition = errorOf(
      await addBlock(canvas.id, 'TEXT', { markdown: 'x' }, { x: 0, y: 0, w: 0, h: 2 }),
    );
    expect(badPosition.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position.w' });

    const read = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas;
    expect(read.blocks.map((b) => b.type).sort()).toEqual(['FILTER', 'SQL']);
    expect(read.version).toBe(3);
  });

  it('updates merge content per key (null removes), replace the position, and validate the result', async () => {
    const canvas = await createCanvas();
    const sql = ok(
      await addBlock(canvas.id, 'SQL', { dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS revenue' }),
    ).addBlock;
    const chart = ok(
      await addBlock(canvas.id, 'CHART', {
        sourceBlockId: sql.id,
        chartType: 'bar',
        encodings: { x: 'a', y: 'revenue' },
        title: 'Old',
      }),
    ).addBlock;

    const updated = ok(
      await h.gql<{ updateBlock: BlockResult }>(editor, UPDATE_BLOCK, {
        input: {
          canvasId: canvas.id,
          blockId: chart.id,
          position: { x: 2, y: 5, w: 8, h: 6 },
          content: { chartType: 'line', title: null },
        },
      }),
    ).updateBlock;
    expect(updated).toEqual({
      id: chart.id,
      type: 'CHART',
      position: { x: 2, y: 5, w: 8, h: 6 },
      content: { sourceBlockId: sql.id, chartType: 'line', encodings: { x: 'a', y: 'revenue' } },
    });

    const invalid = errorOf(
      await h.gql(editor, UPDATE_BLOCK, {
        input: {
          canvasId: canvas.id,
          blockId: chart.id,
          content: { chartType: 'pie', encodings: { x: 'a' } },
        },
      }),
    );
    expect(invalid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.encodings.y' });
    const sqlEdit = ok(
      await h.gql<{ updateBlock: BlockResult }>(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: sql.id, content: { sql: 'SELECT 2 AS revenue' } },
      }),
    );
    expect(sqlEdit.updateBlock.content).toEqual({ dataSourceId: h.demoSourceId, sql: 'SELECT 2 AS revenue' });

    const unchanged = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas
      .version;
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: sql.id, content: { sql: 'SELECT 2 AS revenue' } },
      }),
    );
    expect(ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas.version).toBe(
      unchanged,
    );

    const missing = errorOf(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: 'no-such-block', content: { title: 'x' } },
      }),
    );
    expect(missing.extensions.code).toBe('NOT_FOUND');
    const read = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas;
    expect(read.blocks.find((b) => b.id === chart.id)?.content.chartType).toBe('line');
  });

  it('removes blocks', async () => {
    const canvas = await createCanvas();
    const text = ok(await addBlock(canvas.id, 'TEXT', { markdown: 'bye' })).addBlock;
    expect(ok(await h.gql(editor, REMOVE_BLOCK, { canvasId: canvas.id, blockId: text.id }))).toEqual({
      removeBlock: true,
    });
    expect(
      ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas.blocks,
    ).toEqual([]);
    expect(
      errorOf(await h.gql(editor, REMOVE_BLOCK, { canvasId: canvas.id, blockId: text.id })).extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('renames and duplicates; Project.canvases lists them through the entity reference', async () => {
    const project = newProject(h);
    const owner = user([[project.organizationId, 'OWNER']]);
    const canvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(owner, CREATE_CANVAS, {
        input: { projectId: project.projectId, name: 'Draft' },
      }),
    ).createCanvas;
    const sql = ok(
      await h.gql<{ addBlock: BlockResult }>(owner, ADD_BLOCK, {
        input: {
          canvasId: canvas.id,
          type: 'SQL',
          position: { x: 0, y: 0, w: 4, h: 4 },
          content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS v' },
        },
      }),
    ).addBlock;
    await h.gql(owner, ADD_BLOCK, {
      input: {
        canvasId: canvas.id,
        type: 'METRIC',
        position: { x: 4, y: 0, w: 2, h: 2 },
        content: { sourceBlockId: sql.id, field: 'v' },
      },
    });

    const renamed = ok(
      await h.gql<{ renameCanvas: CanvasResult }>(owner, RENAME, { id: canvas.id, name: '  Weekly review ' }),
    ).renameCanvas;
    expect(renamed.name).toBe('Weekly review');
    expect(errorOf(await h.gql(owner, RENAME, { id: canvas.id, name: '   ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });

    const copy = ok(
      await h.gql<{ duplicateCanvas: CanvasResult }>(owner, DUPLICATE, { id: canvas.id }),
    ).duplicateCanvas;
    expect(copy.id).not.toBe(canvas.id);
    expect(copy.name).toBe('Copy of Weekly review');
    expect(copy.version).toBe(1);
    const original = ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas;
    expect(copy.blocks).toEqual(original.blocks);

    // Editing the copy leaves the original alone.
    await h.gql(owner, REMOVE_BLOCK, { canvasId: copy.id, blockId: sql.id });
    expect(
      ok(await h.gql<{ canvas: CanvasResult }>(owner, CANVAS, { id: canvas.id })).canvas.blocks,
    ).toHaveLength(2);

    const listed = ok(
      await h.gql<{ _entities: { id: string; canvases: { name: string }[] }[] }>(owner, PROJECT_CANVASES, {
        representations: [{ __typename: 'Project', id: project.projectId }],
      }),
    )._entities[0]!;
    expect(listed.canvases.map((c) => c.name).sort()).toEqual(['Copy of Weekly review', 'Weekly review']);
  });
});
