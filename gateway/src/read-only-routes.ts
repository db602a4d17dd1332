import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '@tessera/service-kit';

/**
 * Routes that answer only GET and HEAD (each returns false for any other method), tried in order
 * as one route: a request with another method — every GraphQL POST — passes them all with one
 * synchronous `false` instead of a call (and, for async routes, a promise awaited) per route.
 */
export function readOnlyRoutes(routes: Route[]): Route {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    return firstHandling(routes, req, res);
  };
}

async function firstHandling(routes: Route[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (const route of routes) if (await route(req, res)) return true;
  return false;
}
