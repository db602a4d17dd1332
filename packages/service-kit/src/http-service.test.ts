import { silentLogger } from '@tessera/logger';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpService, type HttpService } from './http-service.ts';
import { createMetrics, routeLabel } from './metrics.ts';

let service: HttpService | undefined;
afterEach(() => service?.close());

async function start(): Promise<string> {
  service = createHttpService({
    name: 'probe-test',
    logger: silentLogger,
    graphql: async (_req, res) => void res.end(),
    health: async () => ({ status: 'degraded', components: { database: { status: 'down' } } }),
    metrics: createMetrics('probe-test'),
  });
  return `http://127.0.0.1:${await service.listen(0)}`;
}

describe('probes', () => {
  it('answers /livez while /health reports a dependency down', async () => {
    const url = await start();
    const live = await fetch(`${url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/health`)).status).toBe(503);
  });

  it('labels probes by name in metrics, never as other', () => {
    expect(routeLabel('/livez')).toBe('/livez');
    expect(routeLabel('/readyz?verbose=1')).toBe('/readyz');
    expect(routeLabel('/health')).toBe('/health');
  });
});
