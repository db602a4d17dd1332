import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { createCronTable, type CronTable } from './cron-table.ts';
import type { Job, JobHandler, JobQueue, JobQueueOptions, JobState, SendOptions } from './types.ts';
import { createWakeListener, wakeChannel, type WakeListener } from './wake.ts';

const DEFAULTS = { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 };
const DLQ_SUFFIX = '__dlq';
const NAME = /^[A-Za-z][\w-]{0,39}$/;

function assertName(name: string): void {
  if (!NAME.test(name)) throw new Error(`job name must match ${NAME.source}: ${name}`);
}

/** A UUID derived from (name, key): the same idempotency key always names the same job row. */
function idFor(name: string, key: string): string {
  const h = createHash('sha256').update(`${name}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const schema = options.schema ?? 'jobs';
  const log = options.logger.child({ component: 'jobs' });
  const supervise = options.supervise ?? true;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema,
    max: options.maxConnections ?? 4,
    application_name: 'tessera-jobs',
    supervise,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: 60,
    archiveCompletedAfterSeconds: 12 * 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 14,
  });
  boss.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
  const pollingIntervalSeconds = Math.max(0.5, options.pollingIntervalSeconds ?? 1);
  const ensured = new Map<string, Promise<void>>();
  let started: Promise<void> | undefined;
  let cron: CronTable | undefined;
  let cronTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  // Workers of this process by queue name, woken when a job is sent (here or, through
  // LISTEN/NOTIFY, by any other process on the same schema).
  const workers = new Map<string, string[]>();
  const channel = wakeChannel(schema);
  const wakeWorkers = (name: string) => {
    for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  };
  let wake: WakeListener | undefined;

  /** Tells the workers of `name`, in every process, that a job is waiting. Never fails a send. */
  async function announce(name: string): Promise<void> {
    wakeWorkers(name);
    if (options.notify === false) return;
    try {
      await boss.getDb().executeSql('SELECT pg_notify($1, $2)', [channel, name]);
    } catch (err) {
      log.warn({ err, name }, 'job wake-up not sent; workers will poll');
    }
  }

  function ensureQueue(name: string): Promise<void> {
    let done = ensured.get(name);
    if (!done) {
      done = (async () => {
        const dlq = name + DLQ_SUFFIX;
        if (!(await boss.getQueue(dlq))) await createIfMissing(dlq, {});
        if (!(await boss.getQueue(name))) await createIfMissing(name, { deadLetter: dlq });
      })();
      done.catch(() => ensured.delete(name));
      ensured.set(name, done);
    }
    return done;
  }

  async function createIfMissing(name: string, extra: { deadLetter?: string }): Promise<void> {
    try {
      await boss.createQueue(name, {
        name,
        policy: 'standard',
        retryLimit: DEFAULTS.retryLimit,
        retryDelay: DEFAULTS.retryDelay,
        retryBackoff: DEFAULTS.retryBackoff,
        expireInSeconds: DEFAULTS.expireInSeconds,
        ...extra,
      });
    } catch (err) {
      // Another process created it between our check and our insert.
      if (!(await boss.getQueue(name))) throw err;
    }
  }

  async function ready(): Promise<void> {
    if (!started) throw new Error('job queue not started');
    await started;
  }

  async function send<T extends object>(name: string, data: T, opts: SendOptions = {}) {
    assertName(name);
    await ready();
    await ensureQueue(name);
    const sendOptions: PgBoss.SendOptions = {
      retryLimit: opts.retryLimit ?? DEFAULTS.retryLimit,
      retryDelay: opts.retryDelay ?? DEFAULTS.retryDelay,
      retryBackoff: opts.retryBackoff ?? DEFAULTS.retryBackoff,
      expireInSeconds: opts.expireInSeconds ?? DEFAULTS.expireInSeconds,
    };
    if (opts.singletonKey !== undefined) {
      sendOptions.singletonKey = opts.singletonKey;
      sendOptions.id = idFor(name, opts.singletonKey);
    }
    if (opts.startAfter !== undefined) {
      sendOptions.startAfter =
        typeof opts.startAfter === 'number' ? Math.max(0, Math.round(opts.startAfter)) : opts.startAfter;
    }
    const id = await boss.send(name, data, sendOptions);
    const later =
      sendOptions.startAfter !== undefined &&
      (typeof sendOptions.startAfter === 'number'
        ? sendOptions.startAfter > 0
        : new Date(sendOptions.startAfter).getTime() > Date.now());
    if (id && !later) await announce(name);
    return id;
  }

  async function tick(): Promise<void> {
    if (!cron || stopping) return;
    try {
      const fired = await cron.fireDue(async (entry, slot) => {
        await send(entry.name, entry.data as object, {
          singletonKey: `cron:${entry.key}:${slot.toISOString()}`,
        });
      });
      if (fired > 0) log.debug({ fired }, 'cron schedules fired');
    } catch (err) {
      log.error({ err }, 'cron tick failed');
    }
  }

  return {
    async start() {
      started ??= (async () => {
        await boss.start();
        cron = createCronTable(boss.getDb(), schema);
        await cron.migrate();
        if (supervise) {
          const every = Math.max(1, options.cronIntervalSeconds ?? 15) * 1000;
          cronTimer = setInterval(() => void tick(), every);
          cronTimer.unref();
          void tick();
        }
      })();
      await started;
    },

    async stop({ timeoutMs = 10_000 } = {}) {
      if (!started) return;
      stopping = true;
      if (cronTimer) clearInterval(cronTimer);
      await wake?.close();
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
    },

    send,

    async work<T>(name: string, { concurrency = 1 }: { concurrency?: number }, handler: JobHandler<T>) {
      assertName(name);
      await ready();
      await ensureQueue(name);
      const ids = workers.get(name) ?? [];
      workers.set(name, ids);
      for (let i = 0; i < Math.max(1, Math.min(concurrency, 32)); i++) {
        // pg-boss's worker loop sleeps its polling interval after every fetch, even one that found a
        // job, so a queue would drain at concurrency ÷ interval. A worker that found a job wakes
        // itself as it finishes (pg-boss skips the sleep once notified), so it fetches again at once
        // while work is waiting, and sleeps only after a fetch found nothing.
        const self: { id?: string } = {};
        const run = async (jobs: PgBoss.JobWithMetadata<T>[]) => {
          try {
            for (const raw of jobs) {
              const job: Job<T> = { id: raw.id, name: raw.name, data: raw.data, attempt: raw.retryCount + 1 };
              await handler(job);
            }
          } finally {
            if (self.id && !stopping) boss.notifyWorker(self.id);
          }
        };
        self.id = await boss.work<T>(
          name,
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
          run,
        );
        ids.push(self.id);
      }
      if (options.notify !== false && !wake) {
        wake = createWakeListener({
          connectionString: options.connectionString,
          channel,
          logger: log,
          onWake: wakeWorkers,
        });
        await wake.start();
      }
    },

    async schedule(name, cronExpression, data, { tz = 'UTC', key }) {
      assertName(name);
      await ready();
      await cron!.upsert({ name, key, cron: cronExpression, tz, data });
    },

    async unschedule(name, key) {
      await ready();
      await cron!.remove(name, key);
    },

    async schedules(name) {
      await ready();
      return cron!.list(name);
    },

    async getJob(name, id) {
      await ready();
      const job = await boss.getJobById<unknown>(name, id, { includeArchive: true });
      if (!job) return null;
      const state: JobState = {
        id: job.id,
        name: job.name,
        state: job.state,
        attempts: job.retryCount + (job.state === 'created' ? 0 : 1),
        output: job.output,
      };
      return state;
    },

    deadLetterName: (name) => name + DLQ_SUFFIX,
  };
}
