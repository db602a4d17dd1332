import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '@tessera/testing';
import { createExportFileEvents, type ExportFileEvents } from './export-file-events.ts';

// "This export file is settled" across processes: two instances stand for the subgraph (waiting on
// an exportCanvas request) and the worker (settling the file).
let db: { url: string; drop(): Promise<void> };
const instances: ExportFileEvents[] = [];
const events = () => {
  const e = createExportFileEvents(db.url);
  instances.push(e);
  return e;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
});

afterAll(async () => {
  await Promise.all(instances.map((e) => e.close()));
  await db.drop();
});

describe('export file events on PostgreSQL', () => {
  it('wakes the waiting process when another one settles the file, long before its next re-read', async () => {
    const subgraph = events();
    const worker = events();
    let settled: string | null = null;
    let checks = 0;
    // Re-reads only every 10 minutes: only the NOTIFY can end this wait within the test.
    const waiting = subgraph.waitFor(
      'file-1',
      async () => {
        checks++;
        return settled;
      },
      { timeoutMs: 600_000, pollMs: 600_000 },
    );
    await expect.poll(() => checks, { timeout: 10_000 }).toBe(1);
    settled = 'READY';
    await worker.notifySettled('file-2'); // another file's news does not end this wait …
    await worker.notifySettled('file-1'); // … its own does
    await expect(waiting).resolves.toBe('READY');
    expect(checks).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('answers null once the time is up, and at once when the file is already settled', async () => {
    const e = events();
    await expect(e.waitFor('file-3', async () => null, { timeoutMs: 300, pollMs: 100 })).resolves.toBeNull();
    await expect(e.waitFor('file-4', async () => 'FAILED', { timeoutMs: 600_000 })).resolves.toBe('FAILED');
  });
});
