import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Route } from '@tessera/service-kit';
import type { GatewayContext } from '../context.ts';
import type { Charge, CounterStore } from '../rate-limit/store.ts';
import { sendPage } from './page.ts';

// The paths anyone may call without signing in — sharedCanvas, runSharedBlock, /embed/<token>,
// /s/<code> — get their own budget per client IP on top of the general cost budgets: each such
// field or page load is one point of SHARED_LINK_RATE_LIMIT_PER_MINUTE.

/** Root fields that take a share token (or a signed embed) instead of a session. */
export const SHARED_FIELDS = new Set(['sharedCanvas', 'runSharedBlock']);
const SHARED_PATH = /^\/(embed|s)\/[^/]+$/;

export interface SharedLinkLimiter {
  readonly perMinute: number;
  /** Charges `points` to this client IP; without an IP nothing is charged (allowed). */
  charge(ip: string | undefined, points: number): Promise<Charge | null>;
}

export function createSharedLinkLimiter(options: {
  store: CounterStore;
  perMinute: number;
}): SharedLinkLimiter {
  return {
    perMinute: options.perMinute,
    async charge(ip, points) {
      if (!ip || points <= 0) return null;
      return options.store.charge(`shared-ip:${ip}`, points, options.perMinute);
    },
  };
}

/** Counts per parsed document and operation name (Apollo Server reuses a text's DocumentNode). */
const sharedCounts = new WeakMap<DocumentNode, Map<string, number>>();

/** How many shared-link root fields the operation selects (aliases count each time). */
export function sharedFieldCount(document: DocumentNode, operationName: string | null | undefined): number {
  let byName = sharedCounts.get(document);
  const known = byName?.get(operationName ?? '');
  if (known !== undefined) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const count =
    !operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query'
      ? 0
      : sharedFields(operation.selectionSet, new Set(), fragments);
  if (!byName) sharedCounts.set(document, (byName = new Map()));
  byName.set(operationName ?? '', count);
  return count;
}

function sharedFields(
  set: SelectionSetNode,
  seen: Set<string>,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  let total = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) total += SHARED_FIELDS.has(s.name.value) ? 1 : 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) total += sharedFields(s.selectionSet, seen, fragments);
    else {
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      total += sharedFields(fragment.selectionSet, new Set([...seen, fragment.name.value]), fragments);
    }
  }
  return total;
}

function limitMessage(resetSeconds: number): string {
  return `Too many shared-link requests from your address. Retry in ${resetSeconds} s.`;
}

/** GraphQL: sharedCanvas / runSharedBlock over the IP's budget → RATE_LIMITED (429, Retry-After). */
export function sharedLinkLimitPlugin(limiter: SharedLinkLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const points = sharedFieldCount(document, request.operationName);
          const charge = await limiter.charge(contextValue.identity.ip, points);
          if (!charge || charge.allowed) return;
          throw new GraphQLError(limitMessage(charge.resetSeconds), {
            extensions: {
              code: 'RATE_LIMITED',
              retryAfterSeconds: charge.resetSeconds,
              limit: { perMinute: limiter.perMinute, scope: 'shared-links-per-ip' },
              http: { status: 429, headers: new HeaderMap([['retry-after', String(charge.resetSeconds)]]) },
            },
          });
        },
      };
    },
  };
}

/**
 * HTTP: GET /embed/<token> and /s/<code> over the IP's budget → a 429 page with Retry-After;
 * within it, falls through to the routes that serve them.
 */
export function sharedPathLimitRoute(
  limiter: SharedLinkLimiter,
  clientIp: (req: IncomingMessage) => string | undefined,
): Route {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!SHARED_PATH.test(pathname)) return false;
    const charge = await limiter.charge(clientIp(req), 1);
    if (!charge || charge.allowed) return false;
    sendPage(req, res, 429, {
      title: 'Too many requests',
      message: limitMessage(charge.resetSeconds),
      code: 'RATE_LIMITED',
      headers: { 'retry-after': String(charge.resetSeconds) },
      extra: { retryAfterSeconds: charge.resetSeconds },
    });
    return true;
  };
}
