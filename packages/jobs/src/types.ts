import type { Logger } from '@tessera/logger';

export interface JobQueueOptions {
  /** PostgreSQL URL of a role that may create the queue's schema (the owner URL). */
  connectionString: string;
  /** Schema holding the queue tables; default `jobs`. */
  schema?: string;
  logger: Logger;
  /** How often expired (crashed) jobs are failed over and old ones archived; default 30 s. */
  maintenanceIntervalSeconds?: number;
  /** How often due cron schedules are turned into jobs; default 15 s. */
  cronIntervalSeconds?: number;
  /** How often an idle worker polls; default 1 s (a fallback: `send` wakes idle workers at once). */
  pollingIntervalSeconds?: number;
  /**
   * Wake idle workers in every process on a send (PostgreSQL LISTEN/NOTIFY on one extra connection
   * per process that works jobs); default true. false: workers of other processes wait for their poll.
   */
  notify?: boolean;
  /** Pool size; default 4. */
  maxConnections?: number;
  /** false: send only (no maintenance, no cron ticker), e.g. a web process that only enqueues. */
  supervise?: boolean;
}

export interface SendOptions {
  /** Idempotency key: a second send with the same name and key returns null while the first is kept. */
  singletonKey?: string;
  /** Retries after the first attempt; default 3. Then the job goes to `<name>__dlq`. */
  retryLimit?: number;
  /** Seconds before a retry; default 5. */
  retryDelay?: number;
  /** Doubles the delay on each retry (with jitter); default true. */
  retryBackoff?: boolean;
  /** Run no earlier than this (Date, or seconds from now). */
  startAfter?: Date | number;
  /** A job still active after this long is taken as crashed and retried; default 300 s. */
  expireInSeconds?: number;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
}

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface WorkOptions {
  /** Jobs this process runs at once for this name; default 1. */
  concurrency?: number;
}

export interface ScheduleOptions {
  /** IANA time zone the cron is read in; default UTC. */
  tz?: string;
  /** One schedule per (name, key): sending again replaces it. */
  key: string;
}

export interface ScheduleEntry {
  name: string;
  key: string;
  cron: string;
  tz: string;
  data: unknown;
  nextRunAt: Date;
}

export interface JobState {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  attempts: number;
  output: unknown;
}

export interface JobQueue {
  start(): Promise<void>;
  stop(options?: { timeoutMs?: number }): Promise<void>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<void>;
  schedule<T extends object>(name: string, cron: string, data: T, options: ScheduleOptions): Promise<void>;
  unschedule(name: string, key: string): Promise<void>;
  schedules(name?: string): Promise<ScheduleEntry[]>;
  /** A job's state (archived jobs included); null when unknown. */
  getJob(name: string, id: string): Promise<JobState | null>;
  /** The dead-letter queue's name for a queue. */
  deadLetterName(name: string): string;
}
