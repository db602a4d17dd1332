// bench/queries/upload: a generated 1 GB CSV landed in a FILE source through the real upload path
// (HTTP PUT → the queries service's upload route → upload service → DuckDB import into a new
// database file → the source row switched in PostgreSQL), against DuckDB's own
// `CREATE TABLE … AS SELECT * FROM read_csv(…)` of the same file, in the same run and with the same
// DuckDB memory limit and threads. Prints times, peak RSS and the ratio (target ≤ 1.3×).
//
// Usage: node --import tsx bench/queries/upload.ts [--gb 1] [--iterations 2]
// Needs a PostgreSQL: BENCH_DATABASE_URL, default
//   postgres://postgres@127.0.0.1:5432/postgres (a temporary database is created and dropped).
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Fastify from 'fastify';
import type { Identity } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, seededRandom, TEST_SECRETS } from '@tessera/testing';
import { loadConfig } from '../../subgraphs/queries/src/config.ts';
import { createRepositories } from '../../subgraphs/queries/src/data/index.ts';
import { createAccess } from '../../subgraphs/queries/src/services/access.ts';
import { createDataSourceService } from '../../subgraphs/queries/src/services/data-source-service.ts';
import { createDemoDatabaseProvider } from '../../subgraphs/queries/src/services/demo.ts';
import { createEngineRegistry } from '../../subgraphs/queries/src/services/engine-registry.ts';
import { receiveBody } from '../../subgraphs/queries/src/services/files/receive-body.ts';
import { registerUploadRoutes } from '../../subgraphs/queries/src/services/files/upload-routes.ts';
import { createHostPolicy } from '../../subgraphs/queries/src/services/host-policy.ts';
import { createResultsCache } from '../../subgraphs/queries/src/services/results-cache.ts';
import { parseKeyRing } from '../../subgraphs/queries/src/services/secrets.ts';
import { createLinkSigner } from '../../subgraphs/queries/src/services/signed-links.ts';
import { createUploadService } from '../../subgraphs/queries/src/services/upload-service.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const gigabytes = option('gb', 1);
const iterations = option('iterations', 2);
const dir = path.join(os.tmpdir(), 'tessera-bench-upload');
const csv = path.join(dir, `orders-${gigabytes}gb.csv`);
const MEMORY_LIMIT = '1GB';
const THREADS = 2;

async function generate(bytes: number): Promise<number> {
  if (existsSync(csv) && statSync(csv).size >= bytes) return statSync(csv).size;
  await mkdir(dir, { recursive: true });
  const next = seededRandom(42);
  const out = createWriteStream(csv);
  const products = ['Lamp', 'Chair', 'Desk "Pro"', 'Shelf, oak', 'Rug', 'Mirror', 'Sofa', 'Stool'];
  const days = Array.from({ length: 1800 }, (_, i) =>
    new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const quotedProducts = products.map((p) => (/[",]/.test(p) ? `"${p.replaceAll('"', '""')}"` : p));
  out.write('order_id,order_date,store_id,product,quantity,unit_price,amount,paid\n');
  let written = 0;
  let id = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      id += 1;
      const quantity = 1 + Math.floor(next() * 9);
      const cents = 100 + Math.floor(next() * 49_900);
      const price = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const total = cents * quantity;
      lines.push(
        `${id},${days[Math.floor(next() * 1800)]},${1 + Math.floor(next() * 400)},${quotedProducts[Math.floor(next() * 8)]},${quantity},${price},` +
          `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')},${next() < 0.9}\n`,
      );
    }
    const chunk = lines.join('');
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return statSync(csv).size;
}

/** Wall time and peak RSS (sampled every 25 ms) of one phase. */
async function measure<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; peakRss: number; startRss: number; result: T }> {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  const started = performance.now();
  try {
    const result = await work();
    return {
      ms: performance.now() - started,
      peakRss: Math.max(peakRss, process.memoryUsage.rss()),
      startRss,
      result,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function duckdbBaseline(): Promise<number> {
  const file = path.join(dir, `baseline-${randomUUID()}.duckdb`);
  const instance = await DuckDBInstance.create(file, {
    memory_limit: MEMORY_LIMIT,
    threads: String(THREADS),
    temp_directory: path.join(dir, 'tmp'),
  });
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE orders AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}')`);
    return Number((await connection.runAndReadAll('SELECT count(*) FROM orders')).getRows()[0]![0]);
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(file, { force: true });
    await rm(`${file}.wal`, { force: true });
  }
}

function putFile(url: string, file: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'PUT',
        headers: { 'content-type': 'text/csv', 'content-length': String(statSync(file).size) },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(
  `bench/queries/upload — ${gigabytes} GB CSV, ${iterations} iterations, DuckDB memory_limit ${MEMORY_LIMIT}, threads ${THREADS}, files in ${dir}`,
);
const size = await measure(() => generate(gigabytes * 1024 ** 3));
console.log(
  `CSV: ${mb(size.result)} (${size.ms > 1000 ? `generated in ${(size.ms / 1000).toFixed(1)} s` : 'reused'})`,
);

const db = await createMigratedServiceDatabase({
  adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  schema: 'queries',
  appPoolSize: 4,
  migrationsDir: fileURLToPath(new URL('../../subgraphs/queries/src/data/migrations', import.meta.url)),
});
const dataDir = path.join(dir, 'data');
const app = Fastify({ routerOptions: { maxParamLength: 2048 } });
const organizationId = randomUUID();
const projectId = randomUUID();
const identity: Identity = {
  requestId: 'bench',
  principal: {
    kind: 'user',
    userId: randomUUID(),
    sessionId: 's',
    memberships: [{ organizationId, role: 'EDITOR' }],
  },
};
try {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    APP_DB_PASSWORD: TEST_SECRETS.APP_DB_PASSWORD,
    INTERNAL_SECRET: TEST_SECRETS.INTERNAL_SECRET,
    SECRETS_KEYS: `v1:${Buffer.alloc(32, 3).toString('base64')}`,
    DATA_DIR: dataDir,
    UPLOAD_MAX_BYTES: String(64 * 1024 ** 3),
    DUCKDB_MEMORY_LIMIT: MEMORY_LIMIT,
    DUCKDB_THREADS: String(THREADS),
  });
  const repos = createRepositories(db.app);
  const access = createAccess({
    repos,
    directory: { organizationOf: async (id: string) => (id === projectId ? organizationId : null) },
  });
  const cache = createResultsCache({ ttlMs: 0, maxEntries: 0 });
  const hostPolicy = createHostPolicy({ allowPrivateNetworks: false, platformPorts: [] });
  const keyRing = parseKeyRing(config.SECRETS_KEYS);
  const uploadsDir = path.join(dataDir, 'uploads');
  const engines = createEngineRegistry({
    keyRing,
    hostPolicy,
    uploadsDir,
    duckdbFilesDir: path.join(dataDir, 'duckdb-files'),
    demo: createDemoDatabaseProvider({ dataDir, scale: 1, logger: silentLogger }),
    duckdb: { memoryLimit: MEMORY_LIMIT, threads: THREADS },
  });
  const dataSources = createDataSourceService({
    repos,
    access,
    engines,
    hostPolicy,
    keyRing,
    cache,
    duckdbFilesDir: path.join(dataDir, 'duckdb-files'),
    logger: silentLogger,
  });
  const uploads = createUploadService({
    repos,
    dataSources,
    cache,
    signer: createLinkSigner(config.INTERNAL_SECRET, 'upload'),
    config,
    uploadsDir,
    retireGraceMs: 1,
  });
  await registerUploadRoutes(app, { uploads });
  // The transfer alone (HTTP PUT → UTF-8 check → disk, no import), to see where the time goes.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    scope.put('/transfer-only', async (request) => {
      const file = path.join(dir, `transfer-${randomUUID()}.csv`);
      await receiveBody(request.raw, file, { maxBytes: Number.MAX_SAFE_INTEGER, text: true });
      await rm(file, { force: true });
      return { ok: true };
    });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  /**
   * Phases that run after each landing, timed beside it. Model inference (the semantic model of
   * the landed source) is added here: push { name, run(sourceId) }.
   */
  const afterLanding: { name: string; run(sourceId: string): Promise<void> }[] = [];

  const rows: {
    baseline: number;
    upload: number;
    after: Record<string, number>;
    baselineRss: number;
    uploadRss: number;
  }[] = [];
  for (let i = 0; i < iterations; i++) {
    const baseline = await measure(duckdbBaseline);
    const { uploadUrl, dataSource } = await uploads.create(identity, {
      projectId,
      name: `Orders ${i}`,
      format: 'csv',
    });
    const upload = await measure(() => putFile(`${base}${new URL(uploadUrl).pathname}`, csv));
    if (upload.result.status !== 200)
      throw new Error(`upload failed: ${upload.result.status} ${upload.result.body}`);
    const landed = JSON.parse(upload.result.body) as { rows: number };
    if (landed.rows !== baseline.result)
      throw new Error(`row counts differ: upload ${landed.rows}, DuckDB ${baseline.result}`);
    const transfer = await measure(() => putFile(`${base}/transfer-only`, csv));
    const after: Record<string, number> = { 'transfer only (no import)': transfer.ms };
    for (const phase of afterLanding) after[phase.name] = (await measure(() => phase.run(dataSource.id))).ms;
    rows.push({
      baseline: baseline.ms,
      upload: upload.ms,
      after,
      baselineRss: baseline.peakRss - baseline.startRss,
      uploadRss: upload.peakRss - upload.startRss,
    });
    console.log(
      `#${i + 1}: DuckDB read_csv → CREATE TABLE ${(baseline.ms / 1000).toFixed(2)} s (peak RSS +${mb(baseline.peakRss - baseline.startRss)}, ${mb(baseline.peakRss)} total); ` +
        `upload + import ${(upload.ms / 1000).toFixed(2)} s (peak RSS +${mb(upload.peakRss - upload.startRss)}, ${mb(upload.peakRss)} total), ${landed.rows} rows` +
        Object.entries(after)
          .map(([name, ms]) => `; ${name} ${(ms / 1000).toFixed(2)} s`)
          .join(''),
    );
    await engines.closeAll();
    await rm(uploadsDir, { recursive: true, force: true });
  }
  const best = (key: 'baseline' | 'upload') => Math.min(...rows.map((r) => r[key]));
  console.log(
    `best of ${iterations}: DuckDB ${(best('baseline') / 1000).toFixed(2)} s, upload ${(best('upload') / 1000).toFixed(2)} s, ` +
      `ratio ${(best('upload') / best('baseline')).toFixed(2)}× (target ≤ 1.3×), ${(size.result / 1024 / 1024 / (best('upload') / 1000)).toFixed(0)} MB/s through the service`,
  );
} finally {
  await app.close();
  await db.close();
}
