// Boots the gateway with one worker per core behind one port (node:cluster):
// `node --import tsx gateway/src/cluster.ts` (GATEWAY_WORKERS=n to choose; default 0: one per CPU
// available, counting a container's CPU quota).
// Each worker is the same server as src/index.ts. The primary only accepts connections and hands
// them to workers (round-robin), re-forks a worker that dies, and on SIGINT/SIGTERM stops every
// worker gracefully before exiting.
// Workers get a larger V8 young generation (GATEWAY_SEMI_SPACE_MB, default 64; 0 keeps V8's
// 16): a gateway allocates short-lived objects per request, and fewer scavenges measured +25%
// requests/s in bench/gateway for ~110 MB more RSS per worker (docs/BENCHMARKS.md).
// Limits that live in process memory are per worker: without REDIS_URL, each worker keeps its own
// rate-limit counters, so a principal may spend up to `workers ×` its budget.
import cluster, { type Worker } from 'node:cluster';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'gateway', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });

/** CPUs this container may use: the cgroup CPU quota (v2 cpu.max, or v1 cfs quota/period), rounded up. */
function cgroupCpus(): number | null {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const v2 = read('/sys/fs/cgroup/cpu.max')?.split(/\s+/);
  if (v2 && v2[0] !== 'max' && Number(v2[0]) > 0 && Number(v2[1]) > 0)
    return Math.ceil(Number(v2[0]) / Number(v2[1]));
  const quota = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us'));
  const period = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_period_us'));
  return quota > 0 && period > 0 ? Math.ceil(quota / period) : null;
}

/** GATEWAY_WORKERS, else one per CPU this process may use (Node's count ignores a container's CPU quota). */
function workerCount(): number {
  if (config.GATEWAY_WORKERS > 0) return config.GATEWAY_WORKERS;
  return Math.max(1, Math.min(availableParallelism(), cgroupCpus() ?? Infinity));
}

/** Worker flags: the primary's, plus --max-semi-space-size unless already given (NODE_OPTIONS or flags). */
function workerExecArgv(nodeOptions: string | undefined = process.env.NODE_OPTIONS): string[] {
  const given = [...process.execArgv, nodeOptions ?? ''].some((flag) =>
    flag.includes('--max-semi-space-size'),
  );
  const megabytes = config.GATEWAY_SEMI_SPACE_MB;
  if (given || megabytes <= 0) return process.execArgv;
  return [...process.execArgv, `--max-semi-space-size=${megabytes}`];
}

if (cluster.isPrimary) {
  const count = workerCount();
  cluster.setupPrimary({ execArgv: workerExecArgv() });
  const listening = new Set<number>();
  let stopping = false;
  let announced = false;
  const recentDeaths: number[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('listening', (address) => {
      listening.add(worker.id);
      if (!announced && listening.size === count) {
        announced = true;
        logger.info({ port: address.port, workers: count }, 'gateway cluster listening');
        // For supervisors (and bench/gateway) that started this process with an IPC channel.
        process.send?.({ ready: true, port: address.port, workers: count });
      }
    });
    return worker;
  };

  if (count > 1 && !config.REDIS_URL) {
    logger.warn({ workers: count }, 'rate-limit counters are per worker without REDIS_URL');
  }
  for (let i = 0; i < count; i++) fork();

  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies is replaced, unless workers keep dying at start-up (a bad config):
    // then the primary gives up rather than fork in a loop.
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length > 0 && recentDeaths[0]! < now - 60_000) recentDeaths.shift();
    logger.error({ worker: worker.id, code, signal }, 'gateway worker exited');
    if (recentDeaths.length > count * 3) {
      logger.error('gateway workers keep exiting; stopping');
      process.exit(1);
    }
    setTimeout(() => {
      if (!stopping) fork();
    }, 500).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping gateway workers');
    setTimeout(() => process.exit(1), 20_000).unref();
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    // Workers stop themselves on the signal (handleShutdown); a terminal's Ctrl-C reaches them
    // directly too, which they ignore the second time.
    for (const worker of workers) worker?.process.kill(signal);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const tracing = startTracingFromEnv('gateway', logger);
  const server = createServer({ config, logger: logger.child({ worker: cluster.worker?.id }) });
  await server.start();
  handleShutdown(logger, async () => {
    await server.stop();
    await tracing.shutdown();
  });
}
