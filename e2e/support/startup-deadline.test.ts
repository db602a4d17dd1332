import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { withStartupDeadline } from './startup-deadline.ts';

it('a start that never finishes fails with its step, the blocked database sessions and the last logs', async () => {
  const adminDatabaseUrl = inject('adminDatabaseUrl');
  const holder = new pg.Client({ connectionString: adminDatabaseUrl });
  const waiter = new pg.Client({ connectionString: adminDatabaseUrl });
  await holder.connect();
  await waiter.connect();
  try {
    await holder.query('BEGIN; SELECT pg_advisory_xact_lock(424242)');
    const failure = withStartupDeadline(
      { deadlineMs: 300, adminDatabaseUrl, logs: () => '{"msg":"first"}\n{"msg":"migrating"}\n' },
      async (progress) => {
        progress.step = 'accounts';
        await waiter.query('SELECT pg_advisory_lock(424242)');
      },
    );
    await expect(failure).rejects.toThrow(/still at "accounts"/);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/"wait_event_type":"Lock".*"blocked_by":\[\d+\]/);
    expect(message).toContain('"msg":"migrating"');
  } finally {
    await holder.query('ROLLBACK');
    await holder.end();
    await waiter.end();
  }
});

it('a start that finishes in time returns what it started', async () => {
  const result = await withStartupDeadline(
    { deadlineMs: 5_000, adminDatabaseUrl: inject('adminDatabaseUrl'), logs: () => '' },
    async () => 'started',
  );
  expect(result).toBe('started');
});
