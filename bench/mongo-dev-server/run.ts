/**
 * Throughput of mongo-dev-server through the official driver, in memory and with a data
 * directory (journal fsync'd before each acknowledgement). Informational only: nothing here
 * is asserted. Run with `npx tsx bench/mongo-dev-server/run.ts [--docs 10000]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import type { Collection, Document } from 'mongodb';
import { start } from '../../packages/mongo-dev-server/src/index.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } });
const DOCS = Number(values.docs);

interface Row {
  mode: string;
  operation: string;
  docs: number;
  ms: number;
}

const smallDoc = (i: number): Document => ({
  i,
  name: `user-${i}`,
  email: `user${i}@example.com`,
  active: i % 3 !== 0,
  score: i * 1.5,
  createdAt: new Date(1_700_000_000_000 + i * 1000),
});

async function timed(
  rows: Row[],
  mode: string,
  operation: string,
  docs: number,
  fn: () => Promise<void>,
): Promise<void> {
  const t0 = performance.now();
  await fn();
  rows.push({ mode, operation, docs, ms: performance.now() - t0 });
}

async function scenario(mode: string, dbPath: string | undefined, rows: Row[], N: number): Promise<void> {
  const server = await start({ port: 0, dbPath });
  const client = new MongoClient(server.uri, { maxPoolSize: 16 });
  await client.connect();
  const db = client.db('bench');
  const fresh = async (name: string): Promise<Collection> => {
    await db
      .collection(name)
      .drop()
      .catch(() => undefined);
    return db.collection(name);
  };
  try {
    const many = await fresh('many');
    await timed(rows, mode, 'insertMany (batches of 1000)', N, async () => {
      for (let i = 0; i < N; i += 1000) {
        await many.insertMany(Array.from({ length: Math.min(1000, N - i) }, (_, k) => smallDoc(i + k)));
      }
    });

    const one = await fresh('one');
    await timed(rows, mode, 'insertOne, sequential', N, async () => {
      for (let i = 0; i < N; i++) await one.insertOne(smallDoc(i));
    });

    const concurrent = await fresh('concurrent');
    await timed(rows, mode, 'insertOne, 16 concurrent clients', N, async () => {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < N) await concurrent.insertOne(smallDoc(next++));
      };
      await Promise.all(Array.from({ length: 16 }, worker));
    });

    await timed(rows, mode, 'find all (cursor, toArray)', N, async () => {
      const docs = await many.find({}).toArray();
      if (docs.length !== N) throw new Error(`expected ${N} documents, got ${docs.length}`);
    });

    const sample = await many
      .find({}, { projection: { _id: 1 } })
      .limit(Math.min(N, 2000))
      .toArray();
    await timed(rows, mode, 'findOne by _id, sequential', sample.length, async () => {
      for (const { _id } of sample) await many.findOne({ _id });
    });

    await timed(rows, mode, 'find with filter+sort+limit', 200 * 50, async () => {
      for (let q = 0; q < 200; q++) {
        await many
          .find({ active: true, score: { $gte: q * 10 } })
          .sort({ score: -1 })
          .limit(50)
          .toArray();
      }
    });
  } finally {
    await client.close();
    await server.stop();
  }
}

const rows: Row[] = [];
// Warm up the JIT so the first measured scenario is not penalised.
await scenario('warmup', undefined, [], Math.min(DOCS, 2000));
await scenario('memory', undefined, rows, DOCS);
const dir = await mkdtemp(join(tmpdir(), 'mongo-dev-server-bench-'));
try {
  await scenario('dbpath', dir, rows, DOCS);
} finally {
  await rm(dir, { recursive: true, force: true });
}

console.log(`mongo-dev-server benchmark: ${DOCS} small documents, node ${process.version}\n`);
const line = (cells: string[]): string =>
  cells
    .map((c, i) => (i < 2 ? c.padEnd([8, 36][i] as number) : c.padStart([8, 10, 12][i - 2] as number)))
    .join('');
console.log(line(['mode', 'operation', 'docs', 'ms', 'docs/s']));
for (const r of rows) {
  const rate = Math.round((r.docs / r.ms) * 1000);
  console.log(line([r.mode, r.operation, String(r.docs), r.ms.toFixed(0), rate.toLocaleString('en-US')]));
}
