import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@tessera/logger';
import { createDuckdbUsageSink } from './duckdb-usage.ts';
import type { UsageEvent } from './usage-sink.ts';

// The local usage store (a DuckDB file): a batch of events with missing users and error codes is
// written in one insert and summed per day, and it is still there after the file is reopened.

const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-usage-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const event = (i: number, overrides: Partial<UsageEvent> = {}): UsageEvent => ({
  at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, i)),
  organizationId: 'org-1',
  userId: i % 2 ? 'user-1' : null,
  dataSourceId: 'source-1',
  sourceKind: 'DEMO',
  durationMs: i,
  rows: 10 * i,
  bytes: 2 ** 33 + i, // beyond 32 bits
  cacheHit: i % 3 === 0,
  errorCode: i % 5 === 0 ? 'TIMEOUT' : null,
  ...overrides,
});

describe('duckdb usage sink', () => {
  it('writes batches of events and sums them per day and organization', async () => {
    const file = path.join(dir, 'usage.duckdb');
    const sink = await createDuckdbUsageSink({ file, logger: silentLogger });
    for (let i = 1; i <= 20; i++) sink.record(event(i));
    sink.record(event(99, { organizationId: 'org-2' }));
    const day = new Date(Date.UTC(2026, 0, 2));
    const expected = {
      day: '2026-01-02',
      queries: 20,
      errors: 4,
      cacheHits: 6,
      rows: 2100,
      bytes: 20 * 2 ** 33 + 210,
    };
    expect(await sink.usage('org-1', day, day)).toEqual([expect.objectContaining(expected)]);
    await sink.close();

    const reopened = await createDuckdbUsageSink({ file, logger: silentLogger });
    expect(await reopened.usage('org-1', day, day)).toEqual([expect.objectContaining(expected)]);
    expect((await reopened.usage('org-2', day, day))[0]).toMatchObject({ queries: 1, errors: 0 });
    await reopened.close();
  });
});
