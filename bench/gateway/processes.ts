// Child processes for the gateway benchmark: start one, wait for its `{"ready":true,…}` line,
// sample its memory (the whole process tree, for cluster workers), stop it for sure.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Started {
  child: ChildProcess;
  pid: number;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
function killAll() {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** Spawns `node [nodeArgs] [--import tsx] <script> [args]` and resolves once it prints its ready line (or sends it over IPC). */
export async function startNode(
  script: string,
  options: {
    args?: string[];
    env?: Record<string, string>;
    nodeArgs?: string[];
    timeoutMs?: number;
    tsx?: boolean;
  } = {},
): Promise<Started> {
  // Plain JavaScript (.mjs: the other gateways, as their users deploy them) runs without tsx.
  const loader = (options.tsx ?? !script.endsWith('.mjs')) ? ['--import', 'tsx'] : [];
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...loader, script, ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      // The IPC channel lets a process announce readiness with process.send (gateway/src/cluster.ts).
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  running.add(child);
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start in time:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      for (const line of output.split('\n')) {
        if (!line.startsWith('{"ready":true')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.on('message', (message: { ready?: boolean; port?: number }) => {
      if (!message?.ready || typeof message.port !== 'number') return;
      clearTimeout(timer);
      resolve(message.port);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    child,
    pid: child.pid!,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The process and all its descendants (cluster workers). */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples the tree's summed RSS every `everyMs`; `peakMb()` is the largest sum seen (and at least the summed VmHWM of single processes). */
export function sampleRss(pid: number, everyMs = 200) {
  let peakKb = 0;
  let tree = processTree(pid);
  let ticks = 0;
  const sample = () => {
    if (ticks++ % 10 === 0) tree = processTree(pid);
    peakKb = Math.max(
      peakKb,
      tree.reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0),
    );
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      // A single process's high-water mark catches spikes between samples.
      if (tree.length === 1) peakKb = Math.max(peakKb, statusKb(pid, 'VmHWM'));
      return peakKb / 1024;
    },
  };
}

/**
 * A process's command name and CPU time (user + system, ms) used so far, from /proc/<pid>/stat
 * (clock ticks); null when it is gone.
 */
export function processStat(pid: number): { comm: string; cpuMs: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { comm: stat.slice(stat.indexOf('(') + 1, close), cpuMs: ticks * 10 }; // USER_HZ is 100 on Linux
  } catch {
    return null; // gone meanwhile
  }
}

/** CPU time (user + system, ms) used so far by the given processes. */
export function cpuMs(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + (processStat(pid)?.cpuMs ?? 0), 0);
}
