import { combineHealth, type ComponentHealth, type HealthReport } from '@tessera/service-kit';

/** Asks every subgraph's /health (which includes its database) and reports each. */
export function createHealthCheck(subgraphs: Record<string, string>) {
  return async (): Promise<HealthReport> => {
    const entries = await Promise.all(
      Object.entries(subgraphs).map(async ([name, graphqlUrl]): Promise<[string, ComponentHealth][]> => {
        try {
          const response = await fetch(new URL('/health', graphqlUrl), {
            signal: AbortSignal.timeout(2_000),
          });
          const body = (await response.json().catch(() => ({}))) as Partial<HealthReport>;
          const own: [string, ComponentHealth] = [name, { status: response.ok ? 'ok' : 'down' }];
          const parts = Object.entries(body.components ?? {}).map(
            ([part, health]): [string, ComponentHealth] => [`${name}.${part}`, { status: health.status }],
          );
          return [own, ...parts];
        } catch {
          return [[name, { status: 'down', detail: 'unreachable' }]];
        }
      }),
    );
    return combineHealth(Object.fromEntries(entries.flat()));
  };
}
