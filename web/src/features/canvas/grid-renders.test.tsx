// @vitest-environment happy-dom
// What a change re-renders on the canvas: a change of one block, of its run, of presence or of the
// selection re-renders only the blocks it concerns; a change of the viewer's permissions, all of
// them. Each block's body is a stand-in that reads what the real blocks read (the canvas's base
// context, the person's view, its selection and its run) and counts its renders.
import { addBlock, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Client, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CanvasView } from './canvas-view';
import { CanvasRuntime } from './runtime';

const { renders } = vi.hoisted(() => ({ renders: new Map<string, number>() }));

vi.mock('./blocks/block-body', async () => {
  const { useBlockSelected, useCanvasBase, useCanvasViewState } = await import('./runtime');
  const { useRunState } = await import('../queries/query-runner');
  return {
    blockTitle: (block: BlockJson) => String(block.content.title ?? block.id),
    BlockBody({ block }: { block: BlockJson }) {
      const { runtime } = useCanvasBase();
      useCanvasViewState();
      const selected = useBlockSelected();
      const state = useRunState(runtime.runner(block.id));
      renders.set(block.id, (renders.get(block.id) ?? 0) + 1);
      return (
        <div data-testid="body" data-selected={selected} data-phase={state.phase}>
          {String(block.content.title)}
        </div>
      );
    },
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const client = new Client({ url: 'http://127.0.0.1:1/graphql', exchanges: [] });
let root: Root;
let container: HTMLElement;
let doc: Y.Doc;
let awareness: Awareness;
let runtime: CanvasRuntime;
let ids: string[];

function view(readOnly: boolean): ReactNode {
  return (
    <Provider value={client}>
      <CanvasView
        canvasId="c1"
        source={{ doc, awareness, synced: true, live: true, status: 'connected' }}
        runtime={runtime}
        readOnly={readOnly}
        dataSources={[{ id: 'ds1', name: 'Shop' }]}
        // A new function on each render, as the canvas page passes it.
        openComments={() => undefined}
      />
    </Provider>
  );
}

/** Renders per block during `change` (after it settled). */
async function rendersDuring(change: () => void | Promise<void>): Promise<Record<string, number>> {
  const before = new Map(renders);
  await act(async () => {
    await change();
  });
  return Object.fromEntries(ids.map((id) => [id, (renders.get(id) ?? 0) - (before.get(id) ?? 0)]));
}

const only = (counts: Record<string, number>, changed: string[]) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([id]) => id)
    .sort()
    .join(',') === [...changed].sort().join(',');

const body = (id: string) => container.querySelector(`[data-block-id="${id}"] [data-testid="body"]`)!;

beforeEach(async () => {
  renders.clear();
  // happy-dom lays nothing out: the grid measures a 1200 px wide container.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 1200,
    height: 800,
    top: 0,
    left: 0,
    right: 1200,
    bottom: 800,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  doc = new Y.Doc();
  awareness = new Awareness(doc);
  runtime = new CanvasRuntime(client);
  ids = [];
  for (let i = 0; i < 6; i++)
    ids.push(
      addBlock(doc, {
        type: i % 2 ? 'CHART' : 'SQL',
        position: { x: (i % 2) * 6, y: Math.floor(i / 2) * 8, w: 6, h: 8 },
        content:
          i % 2
            ? { title: `Chart ${i}`, sourceBlockId: ids[i - 1]!, chartType: 'bar', encodings: {} }
            : { title: `Query ${i}`, sql: `SELECT ${i}`, dataSourceId: 'ds1' },
      }),
    );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(view(false)));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

describe('canvas re-renders', () => {
  it('renders every block', () => {
    expect(ids.every((id) => (renders.get(id) ?? 0) > 0)).toBe(true);
    expect(body(ids[2]!).textContent).toBe('Query 2');
  });

  it('a change of one block re-renders that block only, and shows the change', async () => {
    const counts = await rendersDuring(() => {
      updateBlock(doc, ids[2]!, { content: { title: 'Renamed' } });
    });
    expect(only(counts, [ids[2]!]), JSON.stringify(counts)).toBe(true);
    expect(body(ids[2]!).textContent).toBe('Renamed');
  });

  it("a change of one block's run status re-renders that block only", async () => {
    const counts = await rendersDuring(async () => {
      await runtime.runner(ids[0]!).adopt({ dataSourceId: 'ds1', sql: 'SELECT 0' }, Promise.resolve(null));
    });
    expect(only(counts, [ids[0]!]), JSON.stringify(counts)).toBe(true);
    expect(body(ids[0]!).getAttribute('data-phase')).toBe('done');
  });

  it("presence on one block shows on that block's frame and re-renders no block's content", async () => {
    const other = new Awareness(new Y.Doc());
    other.setLocalState({
      user: { id: 'u2', name: 'Ben', color: '#123456' },
      selection: { blockIds: [ids[3]!] },
    });
    const counts = await rendersDuring(() =>
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'test'),
    );
    const labelled = [...container.querySelectorAll('[data-testid="remote-selection"]')].map((el) =>
      el.closest('[data-block-id]')!.getAttribute('data-block-id'),
    );
    expect(labelled).toEqual([ids[3]]);
    expect(container.querySelector(`[data-block-id="${ids[3]}"]`)!.textContent).toContain('Ben');
    expect(only(counts, []), JSON.stringify(counts)).toBe(true);
  });

  it('a change of selection re-renders the blocks selected and unselected only', async () => {
    const select = (id: string) =>
      act(() => {
        (container.querySelector(`[data-block-id="${id}"]`) as HTMLElement).focus();
      });
    let counts = await rendersDuring(() => select(ids[1]!));
    expect(only(counts, [ids[1]!]), JSON.stringify(counts)).toBe(true);
    expect(body(ids[1]!).getAttribute('data-selected')).toBe('true');
    counts = await rendersDuring(() => select(ids[4]!));
    expect(only(counts, [ids[1]!, ids[4]!]), JSON.stringify(counts)).toBe(true);
    expect(body(ids[1]!).getAttribute('data-selected')).toBe('false');
    expect(body(ids[4]!).getAttribute('data-selected')).toBe('true');
  });

  it('a render of the page that changes nothing (new callbacks, the same sources anew) re-renders no block', async () => {
    const counts = await rendersDuring(() => root.render(view(false)));
    expect(only(counts, []), JSON.stringify(counts)).toBe(true);
  });

  it("a change of the viewer's permissions re-renders every block", async () => {
    const counts = await rendersDuring(() => root.render(view(true)));
    expect(only(counts, ids), JSON.stringify(counts)).toBe(true);
    expect(container.querySelector('.block-resize')).toBe(null);
  });
});
