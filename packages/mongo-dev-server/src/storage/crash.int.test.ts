import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MongoClient } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from '../server.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cliPath = join(here, '..', 'cli.ts');
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mongo-dev-server-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the CLI in a child process (node + tsx loader, so SIGKILL hits the server itself). */
async function spawnCli(dbPath: string): Promise<{ child: ChildProcess; uri: string }> {
  const child = spawn(process.execPath, ['--import', tsxLoader, cliPath, '--port', '0', '--dbpath', dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (mongodb:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${String(code)}:\n${output}`));
    });
  });
  return { child, uri };
}

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

describe('crash safety', () => {
  it('keeps every acknowledged write after kill -9 during a write burst', async () => {
    const acknowledged = new Set<string>();
    let counterAcked = 0;
    let counterSent = 0;

    for (let round = 0; round < 2; round++) {
      const { child, uri } = await spawnCli(dir);
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, maxPoolSize: 8 });
      await client.connect();
      const coll = client.db('crash').collection('burst');
      let stop = false;
      const worker = async (w: number): Promise<void> => {
        for (let i = 0; !stop; i++) {
          const _id = `r${round}-w${w}-${i}`;
          try {
            if (w === 0) {
              counterSent += 1;
              await coll.updateOne({ _id: 'counter' as never }, { $inc: { n: 1 } }, { upsert: true });
              counterAcked += 1;
            } else {
              await coll.insertOne({ _id: _id as never, w, i, pad: 'x'.repeat(100) });
              acknowledged.add(_id);
            }
          } catch {
            return;
          }
        }
      };
      const workers = [0, 1, 2, 3, 4].map(worker);
      // Kill mid-burst once this round has had writes acknowledged (not after a fixed while).
      const before = acknowledged.size;
      await vi.waitUntil(() => acknowledged.size >= before + 30 && counterAcked > 0, {
        timeout: 30_000,
        interval: 5,
      });
      child.kill('SIGKILL');
      await exited(child);
      stop = true;
      await Promise.all(workers);
      await client.close(true).catch(() => undefined);
      expect(child.signalCode).toBe('SIGKILL');
    }

    expect(acknowledged.size).toBeGreaterThan(50);
    const server = await start({ port: 0, dbPath: dir });
    const client = new MongoClient(server.uri);
    try {
      await client.connect();
      const coll = client.db('crash').collection('burst');
      const inserted = await coll.find({ w: { $exists: true } }, { projection: { _id: 1 } }).toArray();
      const stored = new Set(inserted.map((d) => String(d._id)));
      const missing = [...acknowledged].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      const counter = await coll.findOne({ _id: 'counter' as never });
      expect(counter?.n).toBeGreaterThanOrEqual(counterAcked);
      expect(counter?.n).toBeLessThanOrEqual(counterSent);
    } finally {
      await client.close();
      await server.stop();
    }
  });
});
