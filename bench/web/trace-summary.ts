// Where the page's renderer main thread went in a Chromium trace (bench/web/run.ts with
// BENCH_TRACE): self time by trace event (an event's time less the events nested in it), and the
// longest tasks, timed from the first task traced.
// Standalone: node --import tsx bench/web/trace-summary.ts <trace.json>…
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/**
 * The main threads ("CrRendererMain") of the page's renderers, as pid:tid: processes named
 * "Renderer" (not Chromium's own WebUI renderers, named "WebUI …").
 */
function mainThreads(events: TraceEvent[]): Set<string> {
  const renderers = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === 'Renderer')
      .map((e) => e.pid),
  );
  return new Set(
    events
      .filter(
        (e) =>
          e.ph === 'M' &&
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          renderers.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

export function summarizeTrace(file: string): string {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threads = mainThreads(events);
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && threads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let tasks = 0;
  const longest: { at: number; dur: number }[] = [];
  const start = complete.find((e) => e.name === 'RunTask')?.ts ?? 0;
  for (const e of complete) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    else if (e.name === 'RunTask') {
      tasks += e.dur!;
      longest.push({ at: e.ts - start, dur: e.dur! });
    }
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(7);
  const lines = [`${file}: main-thread tasks ${ms(tasks).trim()} ms; self time by event:`];
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    lines.push(`  ${ms(us)} ms  ${name}`);
  lines.push('longest tasks (start → ms):');
  for (const t of longest.sort((a, b) => b.dur - a.dur).slice(0, 10))
    lines.push(`  ${ms(t.at)} → ${ms(t.dur).trim()} ms`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const file of process.argv.slice(2)) console.log(summarizeTrace(file));
