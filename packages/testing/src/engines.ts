import { canConnect } from './ports.ts';

/** True when this run is CI's (`CI=true`, as .ci/run exports): expected engines must be there. */
export function onCi(env: Record<string, string | undefined> = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

export interface EngineOptions {
  /** Defaults to `onCi()`; tests of this helper pass it explicitly. */
  ci?: boolean;
  /** Where a skip notice goes off CI. */
  warn?: (message: string) => void;
}

/**
 * Whether a suite that needs `engine` can run. Off CI an absent engine skips the suite, with a
 * line saying so; on CI it throws, so the test file fails loudly instead of going green by
 * skipping. Use at the top of a test file: `describe.runIf(await engineAvailable(...))`.
 */
export async function engineAvailable(
  engine: string,
  where: string,
  probe: () => Promise<boolean>,
  options: EngineOptions = {},
): Promise<boolean> {
  const ci = options.ci ?? onCi();
  const up = await probe().catch(() => false);
  if (up) return true;
  const missing = `${engine} is not reachable at ${where}`;
  if (ci) throw new Error(`${missing}: CI (CI=true) expects it, so this suite fails instead of skipping`);
  (options.warn ?? console.warn)(`SKIPPED: ${missing}; this suite needs it (on CI that is a failure)`);
  return false;
}

/** A URL's host and port (with the scheme's default port), for a TCP probe. */
function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || defaultPort) };
}

/** Redis at `url` (REDIS_URL or the machine's 127.0.0.1:6379) accepts connections; see engineAvailable. */
export function redisAvailable(url: string, options: EngineOptions = {}): Promise<boolean> {
  const { host, port } = hostPort(url, 6379);
  return engineAvailable('Redis', url, () => canConnect(host, port), options);
}

/**
 * An engine a suite finds through an environment variable (MYSQL_URL, CLICKHOUSE_URL): unset, the
 * suite skips off CI and fails on CI; set, the suite runs (and fails if the engine does not answer).
 */
export function configuredEngineAvailable(
  engine: string,
  variable: string,
  url: string | undefined,
  options: EngineOptions = {},
): Promise<boolean> {
  return engineAvailable(engine, url ?? `${variable} (not set)`, async () => Boolean(url), options);
}
