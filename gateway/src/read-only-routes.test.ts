import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import type { Route } from '@tessera/service-kit';
import { readOnlyRoutes } from './read-only-routes.ts';

const request = (method: string, url = '/x') => ({ method, url }) as IncomingMessage;
const response = {} as ServerResponse;

describe('readOnlyRoutes', () => {
  it('tries GET and HEAD requests on each route in order until one handles it', async () => {
    const calls: string[] = [];
    const routes: Route[] = [
      (req) => (calls.push(`a ${req.url}`), false),
      async (req) => (calls.push(`b ${req.url}`), req.url === '/b'),
      (req) => (calls.push(`c ${req.url}`), true),
    ];
    const route = readOnlyRoutes(routes);
    expect(await route(request('GET', '/b'), response)).toBe(true);
    expect(calls).toEqual(['a /b', 'b /b']);
    expect(await route(request('HEAD', '/z'), response)).toBe(true);
    expect(calls.slice(2)).toEqual(['a /z', 'b /z', 'c /z']);
    expect(await readOnlyRoutes(routes.slice(0, 2))(request('GET', '/none'), response)).toBe(false);
  });

  it('passes other methods at once, without calling any route', () => {
    const inner = vi.fn<Route>(() => true);
    const route = readOnlyRoutes([inner]);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])
      expect(route(request(method), response)).toBe(false);
    expect(inner).not.toHaveBeenCalled();
  });
});
