import type { JobQueue } from '@tessera/jobs';
import type { Logger } from '@tessera/logger';
import type { CanvasesConfig } from '../config.ts';
import type { CanvasesServices } from '../services/index.ts';
import type { ExportService } from '../services/exports/index.ts';
import { registerDeliveryJobs } from './delivery-jobs.ts';
import { registerExportJobs } from './export-jobs.ts';

export interface WorkerJobsContext {
  queue: JobQueue;
  services: CanvasesServices;
  exports: ExportService;
  config: CanvasesConfig;
  logger: Logger;
}

/** Every job handler the worker runs; each area registers through its own file. */
export async function registerAllJobs(ctx: WorkerJobsContext): Promise<void> {
  const concurrency = ctx.config.WORKER_CONCURRENCY;
  await registerExportJobs(ctx.queue, ctx.exports, ctx.logger, { concurrency });
  await registerDeliveryJobs(ctx.queue, ctx.services, ctx.logger, { runConcurrency: concurrency });
}
