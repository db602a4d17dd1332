export { start } from './server.ts';
export type { RunningServer, StartOptions } from './server.ts';
export type { LogFn, LogLevel } from './log.ts';
