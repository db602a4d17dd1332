import { randomUUID } from 'node:crypto';
import type { Logger } from '@tessera/logger';
import type { RunInstancesRepo } from '../data/run-instances-repo.ts';

export interface RunRecoveryOptions {
  repo: RunInstancesRepo;
  logger: Logger;
  /** How often this process heartbeats and sweeps. */
  heartbeatSeconds?: number;
  /** Silence after which another process's runs count as interrupted. */
  staleSeconds?: number;
}

/**
 * Runs are promises inside this process: if it dies, they would stay RUNNING for ever. The process
 * registers an instance id that its runs carry and heartbeats it; at start, and then on every
 * heartbeat, runs whose instance is gone (crashed, killed, or from before this mechanism) are
 * marked FAILED with the error code INTERRUPTED ("interrupted by a restart").
 */
export function createRunRecovery({
  repo,
  logger,
  heartbeatSeconds = 10,
  staleSeconds = 45,
}: RunRecoveryOptions) {
  const instanceId = randomUUID();
  let timer: NodeJS.Timeout | undefined;

  async function sweep(): Promise<number> {
    const failed = await repo.failInterrupted(staleSeconds);
    if (failed > 0) logger.warn({ failed }, 'runs of a stopped query process marked FAILED (INTERRUPTED)');
    return failed;
  }

  return {
    instanceId,
    /** Registers this process and fails what earlier processes left unfinished; resolves with that count. */
    async start(): Promise<number> {
      await repo.register(instanceId);
      const failed = await sweep();
      await repo.prune();
      timer = setInterval(() => {
        void repo
          .heartbeat(instanceId)
          .then(sweep)
          .catch((err: unknown) => logger.warn({ err }, 'run heartbeat failed'));
      }, heartbeatSeconds * 1000);
      timer.unref();
      return failed;
    },
    sweep,
    /** After this process's runs were aborted: it is no longer an owner of anything. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await repo.remove(instanceId).catch(() => undefined);
    },
  };
}

export type RunRecovery = ReturnType<typeof createRunRecovery>;
