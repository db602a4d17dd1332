import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockText, projectBlock, projectBlocks } from './doc/index.ts';
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

    // Until a periodic store (every 2.5 s under continuous editing) has happened, and a little more:
    // storage then holds some edits and misses the latest.
    const storedSomething = async () => {
      const sql = String((await persistence.read('crash'))!.blocks.find((b) => b.id === SHARED)!.content.sql);
      return tokens.some((t) => sql.includes(t));
    };
    for (const deadline = Date.now() + 15_000; !(await storedSomething()); await sleep(50)) {
      if (Date.now() > deadline) throw new Error('no periodic store within 15 s');
    }
    await sleep(300);
    const killed = child.exited;
    child.process.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');
    const atKill = await persistence.read('crash');
    const storedSql = String(atKill!.blocks.find((b) => b.id === SHARED)!.content.sql);
    const typedBeforeKill = [...tokens];
    expect(typedBeforeKill.filter((t) => storedSql.includes(t)).length).toBeGreaterThan(0);
    expect(typedBeforeKill.filter((t) => !storedSql.includes(t)).length).toBeGreaterThan(0);
    await sleep(300);
    child = await startChildServer(env);
    await waitFor(() => clients.every((c) => c.provider.synced), 15_000, 'reconnect');
    await sleep(500);
    editing = false;
    await editLoop;

    await waitFor(() => clients.every((c) => fingerprint(c.doc) === fingerprint(clients[0]!.doc)), 15_000, 'convergence');
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
    expect(String(file!.blocks.find((b) => b.id === SHARED)!.content.sql)).toBe(blockText(clients[0]!.doc, SHARED, 'sql')!.toString());
  });
});
