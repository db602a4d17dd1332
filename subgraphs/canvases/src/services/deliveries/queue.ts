import type { JobQueue } from '@tessera/jobs';

/** Job names of schedules and alerts (the worker registers their handlers: src/jobs/delivery-jobs.ts). */
export const JOBS = {
  /** A rule's cron fired: data { ruleId }; keyed schedule per rule. */
  cron: 'canvas-delivery-cron',
  /** Refresh + render a delivery, then one send job per destination: data { deliveryId }. */
  run: 'canvas-delivery-run',
  /** One destination of a delivery: data { deliveryId, destinationId }. */
  send: 'canvas-delivery-send',
} as const;

/** What schedules and alerts use of the job queue. */
export type DeliveryQueue = Pick<JobQueue, 'send' | 'schedule' | 'unschedule'>;

export interface RetryPolicy {
  /** Tries in all (the first + retries) before a delivery or a destination is FAILED. */
  maxAttempts: number;
  /** Seconds before the first retry; doubled each time. */
  retryDelaySeconds: number;
  /** A run or send job held longer than this by a worker is taken as crashed and run again (default 300). */
  jobTimeoutSeconds?: number;
}
