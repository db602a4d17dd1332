import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockText, projectBlock, projectBlocks } from '@tessera/canvas-model';
import {
  connectClient,
  sleep,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';
import { SHARED, countOf, fingerprint, randomEdit, rng, seedCanvas } from './testing/random-edits.ts';

describe('convergence', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it.each([2, 20])('[S2][D2][D3][D4][D6] %i clients converge on random concurrent edits', async (n) => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '100', COLLAB_STORE_MAX_WAIT_MS: '300' },
    });
    server.persistence.create('conv', seedCanvas());
    for (let i = 0; i < n; i++) clients.push(connectClient(server.url, 'conv', `editor-u${i}`));
    await Promise.all(clients.map((c) => c.synced));

    const random = rng(n * 7919);
    const tokens: string[] = [];
    const rounds = n === 2 ? 150 : 25;
    for (let round = 0; round < rounds; round++) {
      // Every client edits in the same tick: their updates cross in flight.
      clients.forEach((c, i) => {
        const token = randomEdit(c.doc, `u${i}`, round, random);
        if (token) tokens.push(token);
      });
      if (random() < 0.5) await sleep(Math.floor(random() * 15));
    }

    const expected = () => fingerprint(clients[0]!.doc);
    await waitFor(() => clients.every((c) => fingerprint(c.doc) === expected()), 20_000, 'convergence');
    const live = server.server.liveProjection('conv');
    expect(live).toEqual(projectBlocks(clients[0]!.doc));

    // Concurrent typing in the same SQL text: every token exactly once, nothing lost or duplicated.
    const sql = String(projectBlock(clients[0]!.doc, SHARED)!.content.sql);
    expect(tokens.length).toBeGreaterThan(rounds / 2);
    for (const token of tokens) expect(countOf(sql, token)).toBe(1);

    // And storage catches up with the same projection [S4].
    await waitFor(
      () => JSON.stringify(server.persistence.get('conv')!.projection) === JSON.stringify(live),
      5000,
      'storage',
    );
  });

  it('[S9] a client that made 1,000 edits offline reconnects and converges', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '100', COLLAB_STORE_MAX_WAIT_MS: '300' },
    });
    server.persistence.create('offline', seedCanvas());
    const offline = connectClient(server.url, 'offline', 'editor-off');
    const online = connectClient(server.url, 'offline', 'editor-on');
    clients.push(offline, online);
    await Promise.all([offline.synced, online.synced]);

    offline.provider.disconnect();
    const random = rng(42);
    const tokens: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const token = randomEdit(offline.doc, 'off', i, random);
      if (token) tokens.push(token);
    }
    // Meanwhile the other client keeps editing online.
    for (let i = 0; i < 50; i++) {
      const token = randomEdit(online.doc, 'on', i, random);
      if (token) tokens.push(token);
    }
    const typed = 'offline typing';
    for (const ch of typed) {
      const text = blockText(offline.doc, SHARED, 'sql')!;
      text.insert(text.length, ch);
    }
    offline.provider.connect();
    await waitFor(() => fingerprint(offline.doc) === fingerprint(online.doc), 20_000, 'convergence');
    const sql = String(projectBlock(online.doc, SHARED)!.content.sql);
    for (const token of tokens) expect(countOf(sql, token)).toBe(1);
    expect(sql.endsWith(typed) || sql.includes(typed)).toBe(true);
    await waitFor(
      () =>
        JSON.stringify(server.persistence.get('offline')!.projection) ===
        JSON.stringify(projectBlocks(online.doc)),
      5000,
      'storage',
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, server.persistence.get('offline')!.state!);
    expect(fingerprint(stored)).toBe(fingerprint(online.doc));
  });
});
