import { afterEach, describe, expect, it } from 'vitest';
import { addBlock, blockText, projectBlocks, removeBlock } from '@tessera/canvas-model';

import {
  connectClient,
  presenceBarrier,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

const block = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };

describe.each([
  ['a VIEWER', 'viewer-vic'],
  ['a share-link client', 'share-link1'],
])('read-only access: %s', (_who, token) => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (t: string) => {
    const c = connectClient(server.url, 'ro', t);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it('[A5][P6] receives the document and presence, but its writes reach neither other clients nor storage', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
    });
    server.persistence.create('ro', [block]);
    const editor = connect('editor-ed');
    const reader = connect(token);
    await Promise.all([editor.synced, reader.synced]);
    expect(projectBlocks(reader.doc)).toEqual([block]);

    editor.provider.awareness.setLocalStateField('cursor', { blockId: 'q' });
    reader.provider.awareness.setLocalStateField('cursor', { blockId: 'q', anchor: 1 });
    await waitFor(() =>
      [...reader.provider.awareness.getStates().values()].some(
        (s) => (s.user as { id?: string } | undefined)?.id === 'ed',
      ),
    );
    await waitFor(() =>
      [...editor.provider.awareness.getStates().values()].some(
        (s) => (s.user as { readOnly?: boolean } | undefined)?.readOnly === true,
      ),
    );

    // The reader writes in every way it can, the editor keeps writing too.
    blockText(reader.doc, 'q', 'sql')!.insert(0, 'HACK ');
    addBlock(reader.doc, { id: 'evil', type: 'TEXT', position: { x: 0, y: 9, w: 1, h: 1 } });
    removeBlock(reader.doc, 'evil');
    addBlock(reader.doc, { id: 'evil2', type: 'TEXT', position: { x: 0, y: 9, w: 1, h: 1 } });
    blockText(editor.doc, 'q', 'sql')!.insert(8, ' + 1');
    await waitFor(() => server.persistence.get('ro')!.projection[0]?.content.sql === 'select 1 + 1');
    // ...and reconnects, which resends its whole state in sync step 2.
    reader.provider.disconnect();
    reader.provider.connect();
    await waitFor(() => reader.provider.synced);
    await presenceBarrier(reader, editor); // the server has handled what the reader resent by now

    const expected = [{ ...block, content: { sql: 'select 1 + 1' } }];
    expect(projectBlocks(editor.doc)).toEqual(expected);
    expect(server.server.liveProjection('ro')).toEqual(expected);
    expect(server.persistence.get('ro')!.projection).toEqual(expected);
    // The reader keeps receiving the editor's edits (its own stay local to it).
    expect(blockText(reader.doc, 'q', 'sql')!.toString()).toBe('HACK select 1 + 1');
    // A client arriving later gets the editor's document only.
    const late = connect('editor-late');
    await late.synced;
    expect(projectBlocks(late.doc)).toEqual(expected);
  });
});
