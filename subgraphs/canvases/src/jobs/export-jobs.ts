import type { JobQueue } from '@tessera/jobs';
import type { Logger } from '@tessera/logger';
import { EXPORT_JOB, type ExportJobData, type ExportService } from '../services/exports/index.ts';

const PURGE_JOB = 'canvas-export-purge';

/** Canvas exports: renders requested by exportCanvas, and the hourly purge of expired files. */
export async function registerExportJobs(
  queue: JobQueue,
  exports: ExportService,
  logger: Logger,
  options: { concurrency?: number } = {},
): Promise<void> {
  // exportCanvas sends with retryLimit 1: the second attempt is the last one.
  await queue.work<ExportJobData>(EXPORT_JOB, { concurrency: options.concurrency ?? 2 }, (job) =>
    exports.runExportJob(job.data, job.attempt >= 2),
  );
  await queue.work<Record<string, never>>(PURGE_JOB, {}, async () => {
    const purged = await exports.purgeExpired();
    if (purged > 0) logger.info({ purged }, 'expired exports purged');
  });
  await queue.schedule(PURGE_JOB, '17 * * * *', {}, { key: 'hourly', tz: 'UTC' });
}
