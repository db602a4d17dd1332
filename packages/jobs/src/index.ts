export { createJobQueue } from './queue.ts';
export { nextCronRun, isValidCron, isValidTimeZone } from './cron.ts';
export type {
  Job,
  JobHandler,
  JobQueue,
  JobQueueOptions,
  JobState,
  ScheduleEntry,
  ScheduleOptions,
  SendOptions,
  WorkOptions,
} from './types.ts';
