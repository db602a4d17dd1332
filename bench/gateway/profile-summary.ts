// Summarises V8 .cpuprofile files (node --cpu-prof): self time by package and by function.
// Standalone: node --import tsx bench/gateway/profile-summary.ts [--skip-ms <ms>] <file.cpuprofile>…
// skipMs leaves out the first milliseconds of each profile (start-up, warm-up).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, Tessera's own code, Node internals, or V8's pseudo-frames. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:internal';
  const tessera =
    /\/work\/[^/]+\/(.+?)\/src\//.exec(url) ?? /\/(gateway|packages\/[^/]+|bench\/[^/]+)\//.exec(url);
  return tessera ? `tessera:${tessera[1]}` : url;
}

export function summarizeProfiles(files: string[], top = 30, skipMs = 0): string {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let elapsed = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = nodes.get(profile.samples[i]!)!;
      const micros = profile.timeDeltas[i] ?? 0;
      elapsed += micros;
      if (elapsed < skipMs * 1000) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') continue;
      total += micros;
      const pkg = packageOf(url, functionName);
      const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/[^/]+\//, '')}:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    }
  }
  const pct = (v: number) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;
  const sorted = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `busy CPU time ${(total / 1e6).toFixed(1)} s (idle excluded); self time by package:`,
    ...sorted(byPackage, 20).map(([k, v]) => `  ${pct(v)}  ${k}`),
    'self time by function:',
    ...sorted(byFunction, top).map(([k, v]) => `  ${pct(v)}  ${k}`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const skip = argv[0] === '--skip-ms' ? Number(argv[1]) : 0;
  console.log(summarizeProfiles(argv[0] === '--skip-ms' ? argv.slice(2) : argv, 30, skip));
}
