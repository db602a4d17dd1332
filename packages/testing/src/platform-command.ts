/**
 * `npm start`'s command after `node` (package.json "start"; platform-command.test.ts holds them
 * equal), for the suites and benchmarks that start the platform as a process.
 *
 * --max-semi-space-size=64: every service shares this one heap, and short-lived request objects
 * filled the default young generation many times a second; with a larger one, fewer scavenges
 * (a results-cache hit under load: platform CPU per request ×0.8). The gateway's cluster workers
 * take the same flag (gateway/src/cluster.ts).
 */
export const PLATFORM_ARGS = ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/start.ts'] as const;
