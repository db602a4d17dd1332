import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  SERVER_ORIGIN,
  addBlock,
  applyTextDiff,
  blockText,
  blocksOf,
  canvasName,
  changeStoredDocument,
  docFromProjection,
  mergeStates,
  moveBlock,
  projectBlock,
  projectBlocks,
  removeBlock,
  updateBlock,
} from '../index.ts';

const pos = (x: number, y: number) => ({ x, y, w: 4, h: 3 });

/** Two replicas that exchange updates only when told to: concurrency without a server. */
function replicas() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe('document layout', () => {
  it('R1 R2 R3: keys blocks by id, with Y.Text for sql and markdown and plain JSON for the rest', () => {
    const doc = new Y.Doc();
    const id = addBlock(doc, {
      type: 'SQL',
      position: pos(0, 0),
      content: { sql: 'select 1', title: 'Revenue', chart: { kind: 'bar' } },
    });
    const block = blocksOf(doc).get(id)!;
    expect(block.get('id')).toBe(id);
    expect(block.get('type')).toBe('SQL');
    expect(block.get('position')).toEqual(pos(0, 0));
    const content = block.get('content') as Y.Map<unknown>;
    expect(content.get('sql')).toBeInstanceOf(Y.Text);
    expect(content.get('title')).toBe('Revenue');
    expect(content.get('chart')).toEqual({ kind: 'bar' });
    expect(doc.share.has('blocks')).toBe(true);
  });

  it('R3: merges two people typing in the same SQL text', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'q', type: 'SQL', position: pos(0, 0), content: { sql: 'select  from orders' } });
    sync();
    blockText(a, 'q', 'sql')!.insert(7, 'id');
    blockText(b, 'q', 'sql')!.insert(19, ' where total > 10');
    sync();
    expect(projectBlock(a, 'q')!.content.sql).toBe('select id from orders where total > 10');
    expect(projectBlocks(a)).toEqual(projectBlocks(b));
  });

  it('R3: resolves concurrent writes of one plain content key to one value, keeps writes to different keys', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'c', type: 'CHART', position: pos(0, 0), content: {} });
    sync();
    updateBlock(a, 'c', { content: { title: 'A', color: 'red' } });
    updateBlock(b, 'c', { content: { title: 'B', legend: true } });
    sync();
    const content = projectBlock(a, 'c')!.content;
    expect(['A', 'B']).toContain(content.title);
    expect(content).toMatchObject({ color: 'red', legend: true });
    expect(projectBlocks(a)).toEqual(projectBlocks(b));
  });

  it('R4: concurrent moves never tear a position', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'm', type: 'TABLE', position: pos(0, 0) });
    sync();
    moveBlock(a, 'm', { x: 10, y: 10, w: 4, h: 3 });
    moveBlock(b, 'm', { x: 50, y: 60, w: 8, h: 6 });
    sync();
    const position = projectBlock(a, 'm')!.position;
    expect([
      { x: 10, y: 10, w: 4, h: 3 },
      { x: 50, y: 60, w: 8, h: 6 },
    ]).toContainEqual(position);
    expect(projectBlock(b, 'm')!.position).toEqual(position);
  });

  it('R5: keeps a whole filter value as one plain value, so concurrent choices never mix', () => {
    const { a, b, sync } = replicas();
    addBlock(a, {
      id: 'f',
      type: 'FILTER',
      position: pos(0, 0),
      content: { parameter: 'period', kind: 'dateRange', default: { from: '2025-01-01', to: '2025-01-31' } },
    });
    sync();
    updateBlock(a, 'f', { content: { default: { from: '2024-01-01', to: '2024-12-31' } } });
    updateBlock(b, 'f', { content: { default: { from: '2023-06-01', to: '2023-06-30' } } });
    sync();
    const value = projectBlock(a, 'f')!.content.default;
    expect([
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2023-06-01', to: '2023-06-30' },
    ]).toContainEqual(value);
    expect(projectBlock(b, 'f')!.content.default).toEqual(value);
  });

  it('R6: a delete wins over concurrent edits inside the deleted block, other blocks are unaffected', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'gone', type: 'SQL', position: pos(0, 0), content: { sql: 'x' } });
    addBlock(a, { id: 'kept', type: 'SQL', position: pos(0, 5), content: { sql: 'y' } });
    sync();
    removeBlock(a, 'gone');
    blockText(b, 'gone', 'sql')!.insert(1, 'more');
    blockText(b, 'kept', 'sql')!.insert(1, '!');
    sync();
    expect(projectBlocks(a).map((block) => block.id)).toEqual(['kept']);
    expect(projectBlock(b, 'kept')!.content.sql).toBe('y!');
    expect(removeBlock(a, 'gone')).toBe(false);
  });

  it('R7: projects well-formed blocks in reading order and skips malformed ones', () => {
    const doc = new Y.Doc();
    addBlock(doc, { id: 'b', type: 'TEXT', position: pos(5, 0), content: { markdown: '# hi' } });
    addBlock(doc, { id: 'a', type: 'METRIC', position: pos(0, 1) });
    addBlock(doc, { id: 'c', type: 'SQL', position: pos(0, 0) });
    const junk = new Y.Map<unknown>();
    blocksOf(doc).set('junk', junk);
    junk.set('type', 'NOPE');
    expect(projectBlocks(doc)).toEqual([
      { id: 'c', type: 'SQL', position: pos(0, 0), content: {} },
      { id: 'b', type: 'TEXT', position: pos(5, 0), content: { markdown: '# hi' } },
      { id: 'a', type: 'METRIC', position: pos(0, 1), content: {} },
    ]);
  });

  it('R2 R7: rejects unknown types and non-integer positions', () => {
    const doc = new Y.Doc();
    expect(() => addBlock(doc, { type: 'NOPE' as never, position: pos(0, 0) })).toThrow(/type/);
    expect(() => addBlock(doc, { type: 'SQL', position: { x: 0.5, y: 0, w: 1, h: 1 } })).toThrow(/position/);
    expect(updateBlock(doc, 'missing', { position: pos(0, 0) })).toBe(false);
  });

  it('R10: server changes run in one transaction with SERVER_ORIGIN', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    addBlock(doc, { id: 'x', type: 'SQL', position: pos(0, 0), content: { sql: 'a', title: 't' } });
    updateBlock(doc, 'x', { position: pos(1, 1), content: { sql: 'ab', title: null } });
    expect(origins).toEqual([SERVER_ORIGIN, SERVER_ORIGIN]);
    expect(projectBlock(doc, 'x')).toEqual({
      id: 'x',
      type: 'SQL',
      position: pos(1, 1),
      content: { sql: 'ab' },
    });
  });

  it('R10: updateBlock on a text field keeps concurrent typing elsewhere in the text', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'q', type: 'SQL', position: pos(0, 0), content: { sql: 'select * from orders' } });
    sync();
    updateBlock(a, 'q', { content: { sql: 'select id from orders' } });
    blockText(b, 'q', 'sql')!.insert(20, ' limit 10');
    sync();
    expect(projectBlock(a, 'q')!.content.sql).toBe('select id from orders limit 10');
  });

  it('R10: applyTextDiff keeps surrogate pairs whole', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'a😀b');
    applyTextDiff(text, 'a😃b');
    expect(text.toString()).toBe('a😃b');
    applyTextDiff(text, '');
    expect(text.toString()).toBe('');
  });
});

describe('JSON and stored state', () => {
  const json = [
    { id: 'q', type: 'SQL', position: pos(0, 0), content: { sql: 'select 1' } },
    { id: 'bad', type: 'SQL' },
    { id: 't', type: 'TEXT', position: pos(0, 4), content: { markdown: 'notes' } },
  ];

  it('R8 R9: docFromProjection builds the layout and meta.name from JSON and skips malformed blocks', () => {
    const doc = docFromProjection({ name: 'Sales', blocks: json });
    expect(canvasName(doc)).toBe('Sales');
    expect(projectBlocks(doc).map((b) => b.id)).toEqual(['q', 't']);
    expect((blocksOf(doc).get('q')!.get('content') as Y.Map<unknown>).get('sql')).toBeInstanceOf(Y.Text);
    expect(projectBlocks(docFromProjection(json))).toEqual(projectBlocks(doc));
  });

  it('R28: changeStoredDocument applies a mutation to stored state and returns state, increment and projection', () => {
    const first = changeStoredDocument({ state: null, json }, (doc) => removeBlock(doc, 't'));
    expect(first.projection.map((b) => b.id)).toEqual(['q']);
    const second = changeStoredDocument({ state: first.state, json: [] }, (doc) =>
      updateBlock(doc, 'q', { content: { sql: 'select 2' } }),
    );
    expect(second.projection[0]!.content.sql).toBe('select 2');
    // The increment applied to the first state gives the second.
    const replay = new Y.Doc();
    Y.applyUpdate(replay, first.state);
    Y.applyUpdate(replay, second.update);
    expect(projectBlocks(replay)).toEqual(second.projection);
  });

  it('R29: mergeStates is a union: edits only one side has survive', () => {
    const { a, b, sync } = replicas();
    addBlock(a, { id: 'q', type: 'SQL', position: pos(0, 0), content: { sql: 'x' } });
    sync();
    addBlock(a, { id: 'onlyA', type: 'TEXT', position: pos(0, 1) });
    addBlock(b, { id: 'onlyB', type: 'TEXT', position: pos(0, 2) });
    const merged = mergeStates(Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b));
    expect(merged.projection.map((block) => block.id)).toEqual(['q', 'onlyA', 'onlyB']);
  });
});
