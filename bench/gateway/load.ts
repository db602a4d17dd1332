// The load driver, in its own process: autocannon at constant concurrency, a warm-up run that is
// thrown away, then the measured run. Every response's latency is recorded (exact percentiles,
// not autocannon's 1 ms-bucket histogram) and every body is checked cheaply: a 2xx whose body is
// not the expected data (starts with `{"data":` and has no "errors" before it, and is at least
// --min-bytes long) counts as an error.
// Usage: node bench/gateway/load.ts --url URL (--body-file F | --mix-file F) [--connections 50] [--warmup 10] [--duration 20] [--min-bytes 0] [--header k:v]
// --mix-file: a JSON array of { headers, body } (bench/gateway/mix.ts), sent in turn across all
// connections; a response counts only when it is `{"data":…}` with no "errors" anywhere.
// Prints `measuring` when the measured run starts, then one JSON line: { requests, rps, p50, p95,
// p99, errors, errorRate, non2xx, mismatches, socketErrors, timeouts, duration, driverCpuMs }.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const url = option('url')!;
const mixFile = option('mix-file');
const mix = mixFile
  ? (JSON.parse(readFileSync(mixFile, 'utf8')) as { headers: Record<string, string>; body: string }[])
  : undefined;
const body = mix ? mix[0]!.body : readFileSync(option('body-file')!, 'utf8');
const connections = Number(option('connections', '50'));
const warmup = Number(option('warmup', '10'));
const duration = Number(option('duration', '20'));
const minBytes = Number(option('min-bytes', '0'));
const headers: Record<string, string> = { 'content-type': 'application/json' };
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--header') continue;
  const [key, ...rest] = args[i + 1]!.split(':');
  headers[key!.trim().toLowerCase()] = rest.join(':').trim();
}

const verifyBody = mix
  ? (text: string) => text.startsWith('{"data":') && !text.includes('"errors"')
  : (text: string) => text.length >= minBytes && text.startsWith('{"data":');
let next = 0;
const requests = mix && [
  {
    setupRequest: (request: autocannon.Request) => {
      const item = mix[next++ % mix.length]!;
      return { ...request, method: 'POST', headers: { ...headers, ...item.headers }, body: item.body };
    },
  },
];

function run(seconds: number, record: boolean) {
  const latencies: number[] = [];
  const instance = autocannon(
    {
      url,
      method: 'POST',
      headers,
      body,
      connections,
      duration: seconds,
      verifyBody,
      timeout: 30,
      ...(requests ? { requests } : {}),
    },
    () => undefined,
  );
  if (record) {
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  }
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    instance.on('done', (result: autocannon.Result) => resolve({ result, latencies }));
    instance.on('error', reject);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

if (warmup > 0) await run(warmup, false);
// The parent samples CPU time of the gateway and subgraphs between these two lines.
console.log('measuring');
const cpuBefore = process.cpuUsage();
const { result, latencies } = await run(duration, true);
const cpu = process.cpuUsage(cpuBefore);
latencies.sort((a, b) => a - b);
const responses = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
// Mismatched bodies are 2xx responses too; timeouts and socket errors never got a response.
const failures = result.non2xx + result.mismatches + result.errors;
const attempts = responses + result.errors;
const good = result['2xx'] - result.mismatches;
console.log(
  JSON.stringify({
    requests: responses,
    rps: good / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: failures,
    errorRate: attempts > 0 ? failures / attempts : 0,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    duration: result.duration,
    driverCpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
