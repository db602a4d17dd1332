import type { Job, JobQueue } from '@tessera/jobs';
import type { Logger } from '@tessera/logger';
import type { CanvasesServices } from '../services/index.ts';
import { JOBS } from '../services/deliveries/queue.ts';

export interface DeliveryJobsOptions {
  /** Sends running at once in this worker (webhooks, Slack, SMTP). */
  sendConcurrency?: number;
  /** Runs (refresh + render) at once; rendering is the heavy part. */
  runConcurrency?: number;
}

/**
 * Registers the handlers of schedules and alerts on a worker's queue and re-registers every active
 * rule's cron (idempotent, so a restarted worker or a second one changes nothing).
 */
export async function registerDeliveryJobs(
  queue: JobQueue,
  services: CanvasesServices,
  logger: Logger,
  options: DeliveryJobsOptions = {},
): Promise<void> {
  const deliveries = services.deliveries;
  const logged =
    <T>(name: string, handler: (job: Job<T>) => Promise<void>) =>
    async (job: Job<T>) => {
      try {
        await handler(job);
      } catch (err) {
        logger.warn({ err, job: name, jobId: job.id, attempt: job.attempt }, 'delivery job failed');
        throw err;
      }
    };
  if (!deliveries)
    throw new Error('registerDeliveryJobs: the canvases services were built without a job queue');
  await queue.work<{ ruleId: string }>(
    JOBS.cron,
    { concurrency: 4 },
    logged(JOBS.cron, (job) => deliveries.fire(job.data.ruleId, job.id)),
  );
  await queue.work<{ deliveryId: string }>(
    JOBS.run,
    { concurrency: options.runConcurrency ?? 2 },
    logged(JOBS.run, (job) => deliveries.run(job.data.deliveryId, job.attempt)),
  );
  await queue.work<{ deliveryId: string; destinationId: string }>(
    JOBS.send,
    { concurrency: options.sendConcurrency ?? 8 },
    logged(JOBS.send, (job) => deliveries.send(job.data.deliveryId, job.data.destinationId, job.attempt)),
  );
  const count = await services.schedules.registerAll();
  logger.info({ schedules: count }, 'schedules and alerts registered');
}
