// The Mongo dev server for `npm start`, as its own supervised process: a crash restarts it (with
// backoff) instead of leaving the canvases without storage until the next start.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stopLeftoverProcess, supervise, type SupervisorEvents } from '@tessera/db';

const CLI = fileURLToPath(new URL('../../packages/mongo-dev-server/src/cli.ts', import.meta.url));

export interface MongoDevServerHandle {
  uri: string;
  pid(): number | undefined;
  stop(): Promise<void>;
}

export async function startSupervisedMongo(options: {
  port: number;
  dbPath: string;
  events: SupervisorEvents;
}): Promise<MongoDevServerHandle> {
  await stopLeftover(`${options.dbPath}.pid`);
  const supervisor = await supervise({
    ...options.events,
    spawn: async () => {
      const child = await spawnMongo(options.port, options.dbPath);
      await writeFile(`${options.dbPath}.pid`, String(child.pid));
      return child;
    },
  });
  return {
    uri: `mongodb://127.0.0.1:${options.port}`,
    pid: () => supervisor.current()?.pid,
    // SIGTERM: the dev server flushes and compacts its data directory, then exits.
    stop: () => supervisor.stop('SIGTERM'),
  };
}

async function spawnMongo(port: number, dbPath: string): Promise<ChildProcess> {
  // Own process group: Ctrl-C stops the services first; the platform stops this one last.
  // Logs go to a file, so the server outlives a parent killed with SIGKILL without writing to a closed pipe.
  const log = openSync(`${dbPath}.log`, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', String(port), '--dbpath', dbPath], {
      detached: true,
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `Mongo dev server exited during start-up (${child.signalCode ?? child.exitCode}); see ${dbPath}.log`,
      );
    if (await accepts(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Mongo dev server did not listen on port ${port} within 60 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A detached dev server outlives a parent killed with SIGKILL: stop the one a previous start left running. */
async function stopLeftover(pidFile: string): Promise<void> {
  await stopLeftoverProcess(
    Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10),
    'mongo-dev-server',
    'SIGTERM',
  );
}
