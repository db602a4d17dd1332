import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '@tessera/logger';
import { createResultsCache } from '../results-cache.ts';
import { CHAIN_MAX_ROWS, createChainService } from './chain-service.ts';

const workDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-chain-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));
const chain = createChainService({
  workDir,
  duckdb: { memoryLimit: '256MB', threads: 1 },
  timeoutMs: 10_000,
  maxRows: 1_000,
  cache: createResultsCache({ ttlMs: 60_000, maxEntries: 100 }),
  logger: createLogger({ name: 'test', level: 'silent' }),
});
const catRev = {
  name: 'cat_rev',
  columns: [
    { name: 'category', type: 'VARCHAR' },
    { name: 'revenue', type: 'DOUBLE' },
    { name: 'day', type: 'DATE' },
  ],
  rows: [
    ['Books', 120.5, '2025-01-02'],
    ['Games', 80, '2025-01-03'],
  ],
};
const targets = {
  name: 'targets',
  columns: [
    { name: 'category', type: 'VARCHAR' },
    { name: 'target', type: 'BIGINT' },
  ],
  rows: [
    ['Books', 100],
    ['Games', 90],
  ],
};

describe('chained runs over result tables', () => {
  it('joins two result tables with typed columns and binds parameters', async () => {
    const run = await chain.run({
      sql: `SELECT c.category, revenue - target AS gap, day + 1 AS next_day FROM "cat_rev" c JOIN "targets" t USING (category) WHERE revenue > {{min}} ORDER BY 1`,
      parameters: { min: 10 },
      tables: [catRev, targets],
    });
    expect(run.error).toBeNull();
    expect(run.rows).toEqual([
      ['Books', 20.5, '2025-01-03'],
      ['Games', -10, '2025-01-04'],
    ]);
    const again = await chain.run({
      sql: `SELECT c.category, revenue - target AS gap, day + 1 AS next_day FROM "cat_rev" c JOIN "targets" t USING (category) WHERE revenue > {{min}} ORDER BY 1`,
      parameters: { min: 10 },
      tables: [catRev, targets],
    });
    expect(again.cached).toBe(true);
    expect(await readdir(workDir)).toEqual([]);
  });

  it('runs read-only in the sandbox: no writes, no files', async () => {
    const write = await chain.run({ sql: 'DELETE FROM "targets"', tables: [targets] });
    expect(write.status).toBe('FAILED');
    const file = await chain.run({ sql: "SELECT * FROM read_csv('/etc/passwd')", tables: [targets] });
    expect(file.status).toBe('FAILED');
    expect(['DENIED_FUNCTION', 'NOT_READ_ONLY', 'DENIED_KEYWORD']).toContain(file.error?.code);
  });

  it('refuses more upstream rows than a chain may carry, with a typed error', async () => {
    const big = {
      name: 'big',
      columns: [{ name: 'n', type: 'BIGINT' }],
      rows: Array.from({ length: CHAIN_MAX_ROWS + 1 }, (_, i) => [i]),
    };
    await expect(chain.run({ sql: 'SELECT count(*) FROM big', tables: [big] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('more than the 200,000 a chain may carry'),
    });
  });
});
