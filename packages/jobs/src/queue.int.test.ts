import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger, createTestDatabase } from '@tessera/testing';
import { createJobQueue, type Job, type JobQueue } from './index.ts';

let db: { url: string; drop(): Promise<void> };
const queues: JobQueue[] = [];
const logger = captureLogger('jobs', 'warn').logger;

function queue(
  extra: {
    maintenanceIntervalSeconds?: number;
    cronIntervalSeconds?: number;
    pollingIntervalSeconds?: number;
    notify?: boolean;
  } = {},
) {
  const q = createJobQueue({ connectionString: db.url, logger, pollingIntervalSeconds: 0.5, ...extra });
  queues.push(q);
  return q;
}

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
});

afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop({ timeoutMs: 1_000 }).catch(() => undefined)));
  await db.drop();
});

describe('@tessera/jobs on PostgreSQL', () => {
  it('retries a failing job with its attempt number, then dead-letters it after the retry limit', async () => {
    const q = queue();
    await q.start();
    const attempts: number[] = [];
    await q.work<{ order: number }>('always-fails', {}, async (job) => {
      attempts.push(job.attempt);
      throw new Error(`attempt ${job.attempt} failed`);
    });
    const dead: Job<{ order: number }>[] = [];
    await q.work<{ order: number }>(q.deadLetterName('always-fails'), {}, async (job) => {
      dead.push(job);
    });
    const id = await q.send(
      'always-fails',
      { order: 7 },
      { retryLimit: 2, retryDelay: 1, retryBackoff: false },
    );
    expect(id).toEqual(expect.any(String));
    await expect.poll(() => dead.length, { timeout: 20_000, interval: 200 }).toBe(1);
    expect(attempts).toEqual([1, 2, 3]);
    expect(dead[0]!.data).toEqual({ order: 7 });
    const state = await q.getJob('always-fails', id!);
    expect(state).toMatchObject({ state: 'failed', attempts: 3 });
    expect(JSON.stringify(state!.output)).toContain('attempt 3 failed');
  });

  it('wakes an idle worker of another process when a job is sent, long before its next poll', async () => {
    // The worker polls every 10 minutes: only the sender's NOTIFY can start the job within the test.
    const sender = queue({ pollingIntervalSeconds: 600 });
    const worker = queue({ pollingIntervalSeconds: 600 });
    await Promise.all([sender.start(), worker.start()]);
    const done: number[] = [];
    await worker.work<{ n: number }>('woken', {}, async (job) => {
      done.push(job.data.n);
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // its first (empty) fetch is over: it sleeps
    await sender.send('woken', { n: 1 });
    await expect.poll(() => done, { timeout: 30_000, interval: 50 }).toEqual([1]);
    await sender.send('woken', { n: 2 }); // and again, in the same process as the worker
    await worker.send('woken', { n: 3 });
    await expect.poll(() => done.length, { timeout: 30_000, interval: 50 }).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3]);
  });

  it('drains a queue without sleeping between jobs: a worker that found a job fetches the next at once', async () => {
    // The worker polls every 10 minutes and nobody wakes it (jobs sent before it starts, without
    // NOTIFY): only fetching again right after each job can run all of them within the test.
    const sender = queue({ notify: false });
    const worker = queue({ pollingIntervalSeconds: 600, notify: false });
    await Promise.all([sender.start(), worker.start()]);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => sender.send('backlog', { n })));
    const done: number[] = [];
    await worker.work<{ n: number }>('backlog', { concurrency: 2 }, async (job) => {
      // A failed attempt does not stop the drain either (its retry waits its own delay).
      if (job.data.n === 3) throw new Error('job 3 fails');
      done.push(job.data.n);
    });
    await expect.poll(() => done.length, { timeout: 30_000, interval: 100 }).toBe(29);
    expect(new Set(done).size).toBe(29);
    expect((await worker.getJob('backlog', ids[3]!))?.state).toBe('retry');
  });

  it('lets two worker processes share a queue without processing a job twice', async () => {
    const a = queue();
    const b = queue();
    await Promise.all([a.start(), b.start()]);
    const seen: Array<{ id: string; by: string }> = [];
    const handler = (by: string) => async (job: Job<{ n: number }>) => {
      seen.push({ id: job.id, by });
      await new Promise((resolve) => setTimeout(resolve, 30));
    };
    await a.work('shared', { concurrency: 2 }, handler('a'));
    await b.work('shared', { concurrency: 2 }, handler('b'));
    const ids = await Promise.all(Array.from({ length: 40 }, (_, n) => a.send('shared', { n })));
    await expect.poll(() => seen.length, { timeout: 20_000, interval: 200 }).toBe(40);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // nothing runs a second time afterwards
    expect(seen).toHaveLength(40);
    expect(new Set(seen.map((s) => s.id))).toEqual(new Set(ids));
    expect(seen.some((s) => s.by === 'a')).toBe(true);
    expect(seen.some((s) => s.by === 'b')).toBe(true);
  });

  it('runs a job again, once, after the worker running it is killed with SIGKILL', async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('CREATE TABLE attempts (job_id uuid, attempt int, who text)');
    const q = queue({ maintenanceIntervalSeconds: 1 });
    await q.start();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./crash-worker.fixture.ts', import.meta.url)),
        db.url,
        'crashy',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
      const id = await q.send('crashy', { n: 1 }, { expireInSeconds: 2, retryDelay: 0, retryBackoff: false });
      const count = async (who?: string) =>
        Number(
          (
            await admin.query(
              'SELECT count(*) FROM attempts WHERE job_id = $1 AND ($2::text IS NULL OR who = $2)',
              [id, who ?? null],
            )
          ).rows[0].count,
        );
      await expect.poll(() => count('child'), { timeout: 10_000, interval: 100 }).toBe(1);
      expect((await q.getJob('crashy', id!))?.state).toBe('active');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const reruns: Job<{ n: number }>[] = [];
      await q.work<{ n: number }>('crashy', {}, async (job) => {
        reruns.push(job);
        await admin.query('INSERT INTO attempts (job_id, attempt, who) VALUES ($1, $2, $3)', [
          job.id,
          job.attempt,
          'parent',
        ]);
      });
      await expect.poll(() => reruns.length, { timeout: 20_000, interval: 200 }).toBe(1);
      expect(reruns[0]).toMatchObject({ id, attempt: 2, data: { n: 1 } });
      await expect
        .poll(async () => (await q.getJob('crashy', id!))?.state, { timeout: 5_000 })
        .toBe('completed');
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // past another expiry + maintenance
      expect(await count()).toBe(2);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await admin.end();
    }
  });

  it('refuses a second send with the same idempotency key', async () => {
    const q = queue();
    await q.start();
    const first = await q.send('idempotent', { v: 1 }, { singletonKey: 'order-42' });
    const again = await q.send('idempotent', { v: 2 }, { singletonKey: 'order-42' });
    const other = await q.send('idempotent', { v: 3 }, { singletonKey: 'order-43' });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(other).not.toBe(first);
    const ran: unknown[] = [];
    await q.work('idempotent', {}, async (job) => {
      ran.push(job.data);
    });
    await expect.poll(() => ran.length, { timeout: 10_000 }).toBe(2);
    // Still refused after the first one completed (kept until archived).
    expect(await q.send('idempotent', { v: 4 }, { singletonKey: 'order-42' })).toBeNull();
    expect(ran).toEqual(expect.arrayContaining([{ v: 1 }, { v: 3 }]));
  });

  it('fires a keyed cron schedule once per slot across processes, and stops after unschedule', async () => {
    const a = queue({ cronIntervalSeconds: 1 });
    const b = queue({ cronIntervalSeconds: 1 });
    await Promise.all([a.start(), b.start()]);
    const fired: unknown[] = [];
    await a.work('tick', {}, async (job) => {
      fired.push(job.data);
    });
    await a.schedule('tick', '* * * * * *', { which: 'x' }, { key: 'x', tz: 'Europe/Paris' });
    await b.schedule('tick', '0 8 * * *', { which: 'y' }, { key: 'y', tz: 'America/New_York' });
    const list = await a.schedules('tick');
    expect(list.map((s) => [s.key, s.tz])).toEqual([
      ['x', 'Europe/Paris'],
      ['y', 'America/New_York'],
    ]);
    expect(list[1]!.nextRunAt.getUTCHours() % 24).toBeOneOf([12, 13]); // 08:00 in New York
    await expect.poll(() => fired.length, { timeout: 10_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    await a.unschedule('tick', 'x');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = fired.length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(fired.length).toBe(after);
    expect(fired.every((d) => JSON.stringify(d) === '{"which":"x"}')).toBe(true);
    // one job per second-slot even with two processes ticking
    const slots = new pg.Client({ connectionString: db.url });
    await slots.connect();
    const { rows } = await slots.query(
      `SELECT singleton_key, count(*)::int AS n FROM jobs.job WHERE name = 'tick' GROUP BY 1 HAVING count(*) > 1`,
    );
    await slots.end();
    expect(rows).toEqual([]);
  });
});
