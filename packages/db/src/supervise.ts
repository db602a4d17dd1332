import { readFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';

export interface SupervisorEvents {
  /** The process ended without being asked to; a restart follows after `restartInMs`. */
  onUnexpectedExit?: (info: {
    code: number | null;
    signal: NodeJS.Signals | null;
    restartInMs: number;
    restarts: number;
  }) => void;
  /** A restart spawned a new process. */
  onRestarted?: (info: { pid: number | undefined; restarts: number }) => void;
  /** A restart attempt failed to spawn or to come up; another follows. */
  onRestartFailed?: (error: unknown) => void;
}

export interface SupervisorOptions extends SupervisorEvents {
  /** Spawns the process and resolves once it serves (rejects when it does not come up). */
  spawn: () => Promise<ChildProcess>;
  /** First backoff delay; doubles per consecutive failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A process that ran this long resets the backoff. */
  stableAfterMs?: number;
}

export interface Supervisor {
  /** The running process (undefined between a crash and its restart). */
  current(): ChildProcess | undefined;
  /** Stops supervising and ends the process with `signal`; resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Keeps a child process running: when it exits without `stop()`, it is spawned again after an
 * exponential backoff (0.5 s, 1 s, 2 s … 10 s), reset once a process stayed up `stableAfterMs`.
 */
export async function supervise(options: SupervisorOptions): Promise<Supervisor> {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 10_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  let stopping = false;
  let failures = 0;
  let restarts = 0;
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;

  const adopt = (process: ChildProcess) => {
    child = process;
    const startedAt = Date.now();
    process.once('exit', (code, signal) => {
      if (child === process) child = undefined;
      if (stopping) return;
      if (Date.now() - startedAt >= stableAfter) failures = 0;
      const restartInMs = Math.min(max, initial * 2 ** failures);
      failures += 1;
      options.onUnexpectedExit?.({ code, signal, restartInMs, restarts });
      schedule(restartInMs);
    });
  };

  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      timer = undefined;
      if (stopping) return;
      options.spawn().then(
        (process) => {
          if (stopping) {
            process.kill('SIGINT');
            return;
          }
          restarts += 1;
          adopt(process);
          options.onRestarted?.({ pid: process.pid, restarts });
        },
        (error: unknown) => {
          options.onRestartFailed?.(error);
          const next = Math.min(max, initial * 2 ** failures);
          failures += 1;
          schedule(next);
        },
      );
    }, delay);
  };

  adopt(await options.spawn());

  return {
    current: () => child,
    async stop(signal = 'SIGTERM') {
      stopping = true;
      if (timer) clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill(signal);
      await exited;
    },
  };
}

/**
 * A detached child outlives a parent killed with SIGKILL: stops the process `pid` left running by
 * a previous start, if it is still alive and its command line names `expect` (a recycled pid is
 * left alone). Asks with `signal`, then SIGKILL after 30 s.
 */
export async function stopLeftoverProcess(
  pid: number,
  expect: string,
  signal: NodeJS.Signals,
): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return false;
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (command && !command.includes(expect)) return false;
  process.kill(pid, signal);
  const deadline = Date.now() + 30_000;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
