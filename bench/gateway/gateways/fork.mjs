/* global process, setTimeout, URL */
// Context only: runs another gateway script with node:cluster, FORK_WORKERS workers on one port
// (how graphql-gateways-benchmark runs @apollo/gateway, and what the Hive Gateway CLI's --fork
// does). Env: FORK_SCRIPT (relative to the repository root), FORK_WORKERS. Announces readiness
// over IPC once every worker listens.
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

if (cluster.isPrimary) {
  const count = Number(process.env.FORK_WORKERS) || 1;
  cluster.setupPrimary({ silent: true });
  let listening = 0;
  for (let i = 0; i < count; i++) {
    const worker = cluster.fork();
    worker.process.stderr?.pipe(process.stderr);
    worker.on('listening', (address) => {
      if (++listening === count) process.send?.({ ready: true, port: address.port, workers: count });
    });
  }
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 3_000).unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  await import(pathToFileURL(path.join(ROOT, process.env.FORK_SCRIPT)).href);
}
