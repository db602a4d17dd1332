import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, docFromStored, projectBlocks } from '@tessera/canvas-model';
import { FilePersistence } from './file-persistence.ts';

describe('FilePersistence', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'collab-fp-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns null for unknown or malformed canvas ids, creates on demand when asked', async () => {
    expect(await new FilePersistence(dir).fetch('nope')).toBeNull();
    expect(await new FilePersistence(dir).fetch('../etc/passwd')).toBeNull();
    expect(await new FilePersistence(dir, { autoCreate: true }).fetch('fresh')).toEqual({
      state: null,
      json: [],
    });
  });

  it('[S4] writes state and projection together and reads them back', async () => {
    const persistence = new FilePersistence(dir);
    await persistence.create('c', [
      { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 1, h: 1 }, content: { sql: 'select 1' } },
    ]);
    const stored = await persistence.fetch('c');
    expect(stored!.state).toBeNull();
    const doc = docFromStored(stored!);
    await persistence.store('c', { state: Y.encodeStateAsUpdate(doc), projection: projectBlocks(doc) });
    const file = await persistence.read('c');
    expect(file!.blocks).toEqual(projectBlocks(doc));
    expect(projectBlocks(docFromStored({ state: file!.state }))).toEqual(projectBlocks(doc));
    expect(await readdir(dir)).toEqual(['c.json']);
  });

  it('[S7] merges concurrent writers instead of overwriting', async () => {
    const persistence = new FilePersistence(dir);
    await persistence.create('c');
    const a = new Y.Doc();
    const b = new Y.Doc();
    addBlock(a, { id: 'fromA', type: 'TEXT', position: { x: 0, y: 0, w: 1, h: 1 } });
    addBlock(b, { id: 'fromB', type: 'TEXT', position: { x: 0, y: 1, w: 1, h: 1 } });
    await Promise.all([
      persistence.store('c', { state: Y.encodeStateAsUpdate(a), projection: projectBlocks(a) }),
      persistence.store('c', { state: Y.encodeStateAsUpdate(b), projection: projectBlocks(b) }),
    ]);
    const file = await persistence.read('c');
    expect(file!.blocks.map((block) => block.id)).toEqual(['fromA', 'fromB']);
    expect(file!.version).toBe(2);
  });
});
