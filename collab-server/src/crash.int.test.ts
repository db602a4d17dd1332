import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockText, projectBlock, projectBlocks } from '@tessera/canvas-model';
import { FilePersistence } from './persistence/file-persistence.ts';
import { freePort, startChildServer, type ChildServer } from './testing/child-server.ts';
import { connectClient, sleep, waitFor, type TestClient } from './testing/harness.ts';
import { SHARED, countOf, fingerprint, randomEdit, rng, seedCanvas } from './testing/random-edits.ts';

describe('crash recovery (standalone server in a child process)', () => {
  let dir: string;
  let child: ChildServer | null = null;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'collab-crash-'));
  });
  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    child?.process.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('[S9][D9] SIGKILL mid-edit, restart: every client converges, no edit lost, nothing duplicated; SIGTERM stores', async () => {
    const persistence = new FilePersistence(dir);
    await persistence.create('crash', seedCanvas());
    const port = await freePort();
    const env = { COLLAB_PORT: String(port), COLLAB_DATA_DIR: dir };
    child = await startChildServer(env);
    const url = `ws://127.0.0.1:${port}/collab`;
    for (const name of ['a', 'b', 'c']) clients.push(connectClient(url, 'crash', `dev.rw.${name}`));
    await Promise.all(clients.map((c) => c.synced));

    const tokens: string[] = [];
    const random = rng(7);
    let step = 0;
    let editing = true;
    const editLoop = (async () => {
      while (editing) {
        clients.forEach((c, i) => {
          const token = randomEdit(c.doc, `c${i}`, step, random);
          if (token) tokens.push(token);
        });
        step++;
        await sleep(5);
      }
    })();

    // Polls with a deadline (a liveness bound, not a latency claim).
    const until = async (what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 15_000) => {
      for (const deadline = Date.now() + timeoutMs; !(await predicate()); await sleep(50)) {
        if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
      }
    };
    const storedSql = async () =>
      String((await persistence.read('crash'))!.blocks.find((b) => b.id === SHARED)!.content.sql);
    /** Tokens typed by client 0 from `from` on that client 1 has received, i.e. that the server has. */
    const relayed = (from: number) => {
      const atB = blockText(clients[1]!.doc, SHARED, 'sql')!.toString();
      return tokens.slice(from).filter((t) => t.startsWith('<c0.') && atB.includes(t));
    };
    // Until a periodic store (every 2.5 s under continuous editing) has happened, and the server then
    // has an edit that storage misses: the crash loses it unless the clients send it again.
    await until('periodic store', async () => {
      const sql = await storedSql();
      return tokens.some((t) => sql.includes(t));
    });
    await until('edit relayed but not yet stored', async () => {
      const sql = await storedSql();
      return relayed(0).some((t) => !sql.includes(t));
    });
    const killed = child.exited;
    child.process.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');
    const atKill = await persistence.read('crash');
    const sqlAtKill = String(atKill!.blocks.find((b) => b.id === SHARED)!.content.sql);
    const typedBeforeKill = [...tokens];
    expect(typedBeforeKill.filter((t) => sqlAtKill.includes(t)).length).toBeGreaterThan(0);
    expect(typedBeforeKill.filter((t) => !sqlAtKill.includes(t)).length).toBeGreaterThan(0);
    // Every client has noticed the crash, and they keep editing while the server is down.
    await waitFor(() => clients.every((c) => !c.provider.wsconnected), 15_000, 'clients see the crash');
    const typedWhileDown = tokens.length;
    await waitFor(() => tokens.length >= typedWhileDown + 10, 15_000, 'edits while the server is down');
    child = await startChildServer(env);
    await waitFor(() => clients.every((c) => c.provider.synced), 15_000, 'reconnect');
    // And keep editing after the restart until the new server relays their new edits.
    const typedAfterRestart = tokens.length;
    await until('edit relayed by the restarted server', () => relayed(typedAfterRestart).length > 0);
    editing = false;
    await editLoop;

    await waitFor(
      () => clients.every((c) => fingerprint(c.doc) === fingerprint(clients[0]!.doc)),
      15_000,
      'convergence',
    );
    const sql = String(projectBlock(clients[0]!.doc, SHARED)!.content.sql);
    expect(tokens.length).toBeGreaterThan(50);
    for (const token of tokens) expect(countOf(sql, token)).toBe(1);
    const ids = projectBlocks(clients[0]!.doc).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);

    // A graceful stop stores the converged document.
    const exited = child.exited;
    child.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;
    const file = await persistence.read('crash');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, file!.state!);
    expect(fingerprint(stored)).toBe(fingerprint(clients[0]!.doc));
    expect(file!.blocks).toEqual(projectBlocks(clients[0]!.doc));
    expect(String(file!.blocks.find((b) => b.id === SHARED)!.content.sql)).toBe(
      blockText(clients[0]!.doc, SHARED, 'sql')!.toString(),
    );
  });
});
