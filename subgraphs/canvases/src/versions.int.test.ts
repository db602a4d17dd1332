import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, errorOf, MINUTE, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  ADD_BLOCK,
  CANVAS,
  CREATE_CANVAS,
  CREATE_VERSION,
  DELETE,
  PROJECT_CANVASES,
  REMOVE_BLOCK,
  RESTORE,
  RESTORE_VERSION,
  UPDATE_BLOCK,
  VERSION,
  VERSIONS,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

interface VersionResult {
  id: string;
  kind: string;
  name: string | null;
  number: number;
  canvasName: string;
  blocks?: BlockResult[];
}

let h: Harness;
let projectId: string;
let editor: ReturnType<typeof user>;

beforeAll(async () => {
  h = await startHarness();
  const project = newProject(h);
  projectId = project.projectId;
  editor = user([[project.organizationId, 'EDITOR']]);
});
afterAll(() => h?.stop());

const createCanvas = async (name: string) =>
  ok(await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, { input: { projectId, name } }))
    .createCanvas;
const readCanvas = async (id: string) =>
  ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id })).canvas;
const versions = async (canvasId: string) =>
  ok(await h.gql<{ canvasVersions: VersionResult[] }>(editor, VERSIONS, { canvasId })).canvasVersions;
const preview = async (id: string) =>
  ok(await h.gql<{ canvasVersion: VersionResult }>(editor, VERSION, { id })).canvasVersion;
async function text(canvasId: string, markdown: string, y = 0): Promise<BlockResult> {
  const input = { canvasId, type: 'TEXT', position: { x: 0, y, w: 4, h: 2 }, content: { markdown } };
  return ok(await h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, { input })).addBlock;
}

describe('versions', () => {
  it('takes automatic snapshots during activity, at most one per 10 minutes', async () => {
    const canvas = await createCanvas('Auto');
    const a = await text(canvas.id, 'A', 0);
    expect(await versions(canvas.id)).toEqual([
      expect.objectContaining({ kind: 'AUTO', number: 1, canvasName: 'Auto' }),
    ]);

    h.clock.advance(MINUTE);
    const b = await text(canvas.id, 'B', 1);
    h.clock.advance(8 * MINUTE);
    await h.gql(editor, UPDATE_BLOCK, {
      input: { canvasId: canvas.id, blockId: b.id, content: { markdown: 'B2' } },
    });
    expect((await versions(canvas.id)).filter((v) => v.kind === 'AUTO')).toHaveLength(1);

    h.clock.advance(MINUTE); // 10 minutes after the first snapshot
    await text(canvas.id, 'C', 2);
    const autos = (await versions(canvas.id)).filter((v) => v.kind === 'AUTO');
    expect(autos.map((v) => v.number)).toEqual([4, 1]);
    // The snapshot holds the state before this burst of activity: A and B2, not C.
    const snapshot = await preview(autos[0]!.id);
    expect(snapshot.blocks!.map((block) => [block.id, block.content.markdown])).toEqual([
      [a.id, 'A'],
      [b.id, 'B2'],
    ]);
  });

  it('saves named versions, previews them, and restores as a new version without destroying anything', async () => {
    const canvas = await createCanvas('Named');
    const a = await text(canvas.id, 'first', 0);
    const b = await text(canvas.id, 'second', 1);
    const named = ok(
      await h.gql<{ createCanvasVersion: VersionResult }>(editor, CREATE_VERSION, {
        canvasId: canvas.id,
        name: 'Before QA',
      }),
    ).createCanvasVersion;
    const saved = await readCanvas(canvas.id);
    expect(named).toMatchObject({ kind: 'NAMED', name: 'Before QA', number: saved.version });
    expect((await preview(named.id)).blocks).toEqual(
      saved.blocks.map(({ id, type, content }) => ({ id, type, content })),
    );

    // Change everything: remove A, edit B, add C.
    ok(await h.gql(editor, REMOVE_BLOCK, { canvasId: canvas.id, blockId: a.id }));
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: {
          canvasId: canvas.id,
          blockId: b.id,
          content: { markdown: 'second, edited' },
          position: { x: 3, y: 1, w: 4, h: 2 },
        },
      }),
    );
    await text(canvas.id, 'third', 2);
    const edited = await readCanvas(canvas.id);
    const countBefore = (await versions(canvas.id)).length;

    const restored = ok(
      await h.gql<{ restoreCanvasVersion: CanvasResult }>(editor, RESTORE_VERSION, {
        canvasId: canvas.id,
        versionId: named.id,
      }),
    ).restoreCanvasVersion;
    expect(restored.version).toBe(edited.version + 1);
    expect(restored.blocks).toEqual(saved.blocks);
    expect(await readCanvas(canvas.id)).toMatchObject({ version: edited.version + 1, blocks: saved.blocks });

    const after = await versions(canvas.id);
    expect(after).toHaveLength(countBefore + 1);
    const backup = after.find((v) => v.kind === 'BEFORE_RESTORE')!;
    expect(backup).toMatchObject({ name: 'Before restoring "Before QA"', number: edited.version });
    expect((await preview(backup.id)).blocks).toEqual(
      edited.blocks.map(({ id, type, content }) => ({ id, type, content })),
    );

    // Round trip: restoring the backup brings the edited state back.
    const back = ok(
      await h.gql<{ restoreCanvasVersion: CanvasResult }>(editor, RESTORE_VERSION, {
        canvasId: canvas.id,
        versionId: backup.id,
      }),
    ).restoreCanvasVersion;
    expect(back.blocks).toEqual(edited.blocks);
    expect(back.version).toBe(edited.version + 2);

    const other = await createCanvas('Other');
    const wrongCanvas = errorOf(
      await h.gql(editor, RESTORE_VERSION, { canvasId: other.id, versionId: named.id }),
    );
    expect(wrongCanvas.extensions.code).toBe('NOT_FOUND');
  });
});

describe('trash', () => {
  const listed = async () =>
    ok(
      await h.gql<{ _entities: { canvases: { id: string }[]; deletedCanvases: { id: string }[] }[] }>(
        editor,
        PROJECT_CANVASES,
        {
          representations: [{ __typename: 'Project', id: projectId }],
        },
      ),
    )._entities[0]!;

  it('[P7] soft-deletes: hidden, listed in the trash, restorable with its blocks for 30 days', async () => {
    const canvas = await createCanvas('Trash me');
    await text(canvas.id, 'keep me');
    const deleted = ok(
      await h.gql<{ deleteCanvas: { deletedAt: string; restorableUntil: string } }>(editor, DELETE, {
        id: canvas.id,
      }),
    ).deleteCanvas;
    expect(new Date(deleted.restorableUntil).getTime() - new Date(deleted.deletedAt).getTime()).toBe(
      30 * DAY,
    );
    expect(errorOf(await h.gql(editor, CANVAS, { id: canvas.id })).extensions.code).toBe('NOT_FOUND');
    expect(errorOf(await h.gql(editor, DELETE, { id: canvas.id })).extensions.code).toBe('NOT_FOUND');
    expect((await listed()).canvases.map((c) => c.id)).not.toContain(canvas.id);
    expect((await listed()).deletedCanvases.map((c) => c.id)).toContain(canvas.id);

    h.clock.advance(29 * DAY);
    expect(ok(await h.gql(editor, RESTORE, { id: canvas.id }))).toEqual({
      restoreCanvas: { id: canvas.id, deletedAt: null },
    });
    expect((await readCanvas(canvas.id)).blocks.map((b) => b.content.markdown)).toEqual(['keep me']);
    expect((await listed()).canvases.map((c) => c.id)).toContain(canvas.id);
  });

  it('[P7] refuses to restore after 30 days', async () => {
    const canvas = await createCanvas('Too late');
    ok(await h.gql(editor, DELETE, { id: canvas.id }));
    h.clock.advance(30 * DAY + MINUTE);
    const error = errorOf(await h.gql(editor, RESTORE, { id: canvas.id }));
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toContain('30 days');
    expect((await listed()).deletedCanvases.map((c) => c.id)).not.toContain(canvas.id);
  });
});
