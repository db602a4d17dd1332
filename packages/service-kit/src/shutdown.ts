import type { Logger } from '@tessera/logger';

/**
 * Calls `stop` once on SIGINT/SIGTERM, then exits. Repeated signals (Ctrl-C arrives relayed by
 * npm and tsx too) are ignored; a stuck shutdown is cut off after 15 s.
 */
export function handleShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 15_000).unref();
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
