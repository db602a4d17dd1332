// Waits until Chromium has finished setting up a new window. With Debian's `chromium` (headless,
// the new mode, a full browser) each new context opens a window whose top-chrome WebUI (the omnibox
// popup) loads in a renderer of its own: measured here, ~1.3 s of that renderer's CPU and ~0.6 s of
// the browser process's in the 3 s after `newPage()` (the old headless shell: 0.3 s in all). On a
// 2-core machine an open measured meanwhile shares the CPU with it, which a person opening a link
// in a browser already running does not. So an open starts once the browser's processes are quiet.
import { readFileSync, readdirSync } from 'node:fs';
import { CHROMIUM } from '@tessera/testing/browser';
import { cpuMs } from '../gateway/processes.ts';

/** The processes of the browser at CHROMIUM (Debian's wrapper runs /usr/lib/chromium/). */
function browserPids(): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (command.startsWith('/usr/lib/chromium/') || command.startsWith(CHROMIUM)) pids.push(Number(pid));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/** CPU time (ms) used so far by the browser's processes. */
const browserCpuMs = () => cpuMs(browserPids());

/**
 * Resolves once the browser used under `quietShare` of one core over each of two `windowMs` windows
 * in a row, or after `maxMs` (then says so). Returns how long it waited.
 */
export async function browserSettled({
  windowMs = 250,
  quietShare = 0.15,
  maxMs = 10_000,
} = {}): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let before = browserCpuMs();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = browserCpuMs();
    quiet = now - before <= windowMs * quietShare ? quiet + 1 : 0;
    before = now;
    if (quiet >= 2) return Date.now() - started;
  }
  console.warn(`bench/web: the browser was still busy ${maxMs} ms after opening a window`);
  return Date.now() - started;
}
