// CPU time of the machine's processes, by kind, read from /proc (Linux): how an open's time splits
// between the browser and the platform when both share the cores.
import { readdirSync, readFileSync } from 'node:fs';
import { processStat } from '../gateway/processes.ts';

/** The kind a process is counted under: Chromium's by process type, Node's by script, else the command. */
function kindOf(comm: string, cmdline: string): string {
  if (/chrom/i.test(comm)) {
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1];
    return `chromium ${type ?? 'browser'}`;
  }
  if (comm === 'node' || comm.startsWith('node')) {
    const script = cmdline
      .split('\0')
      .slice(1)
      .find((arg) => /\.(ts|js|mjs)$/.test(arg) && !arg.startsWith('-'));
    return script ? `node ${script.split('/').slice(-2).join('/')}` : 'node';
  }
  if (comm.startsWith('postgres')) return 'postgres';
  return 'other';
}

/** CPU ms by kind of process, since each process started. */
export function processCpu(): Map<string, number> {
  const byKind = new Map<string, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return byKind;
  }
  for (const pid of pids) {
    const stat = processStat(Number(pid));
    if (!stat) continue;
    let cmdline = '';
    try {
      if (/chrom|node/.test(stat.comm)) cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // The process ended while it was read.
    }
    const kind = Number(pid) === process.pid ? 'bench runner' : kindOf(stat.comm, cmdline);
    byKind.set(kind, (byKind.get(kind) ?? 0) + stat.cpuMs);
  }
  return byKind;
}

/**
 * CPU ms by kind between two readings. Processes that ended in between are not counted, and new
 * ones count whole (a new renderer's start-up is part of the open).
 */
export function cpuBetween(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [kind, ms] of after) spent[kind] = Math.max(0, ms - (before.get(kind) ?? 0));
  return spent;
}
