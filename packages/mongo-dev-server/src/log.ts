export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Optional logging hook; the server is silent unless one is given. */
export type LogFn = (level: LogLevel, message: string) => void;

export const silentLog: LogFn = () => {};
