import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isAppError } from '@tessera/errors';
import type { GatewayContext } from '../context.ts';
import { operationCost } from '../rate-limit/cost.ts';
import type { Charge, CounterStore } from '../rate-limit/store.ts';

export interface RateLimitOptions {
  store: CounterStore;
  /** Cost points per minute for one API key (or one signed-in user). */
  perPrincipal: number;
  /** Cost points per minute for one client IP, whoever it is. */
  perIp: number;
  /** No single operation may cost more. */
  maxCost: number;
}

/**
 * Refuses operations above the cost limit, and charges each operation's static cost, before execution, to its principal (API key or user) and
 * to its client IP. Over budget → RATE_LIMITED (HTTP 429, Retry-After). Every response carries
 * `extensions.cost` and X-RateLimit-* headers for the tighter of the two budgets.
 */
export function rateLimitPlugin(options: RateLimitOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let cost = 0;
      let tightest: Charge | null = null;
      return {
        async didResolveOperation({ request, document, contextValue }) {
          try {
            cost = operationCost(document, request.operationName, request.variables ?? {});
          } catch (error) {
            if (isAppError(error))
              throw new GraphQLError(error.message, { extensions: { code: error.code, field: error.field } });
            throw error;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(`Query cost limit of ${options.maxCost} exceeded, found ${cost}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            });
          }
          const { principal, ip } = contextValue.identity;
          const subjects: [string, number][] = [];
          if (principal.kind === 'apiKey') subjects.push([`key:${principal.apiKeyId}`, options.perPrincipal]);
          if (principal.kind === 'user') subjects.push([`user:${principal.userId}`, options.perPrincipal]);
          if (ip) subjects.push([`ip:${ip}`, options.perIp]);
          for (const [key, limit] of subjects) {
            const charge = await options.store.charge(key, cost, limit);
            if (!tightest || charge.limit - charge.used < tightest.limit - tightest.used) tightest = charge;
            if (!charge.allowed) {
              throw new GraphQLError(
                `Rate limit exceeded: this operation costs ${cost} of ${limit} points per minute. Retry in ${charge.resetSeconds} s.`,
                {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: charge.resetSeconds,
                    cost: { requested: cost, limit, remaining: Math.max(0, limit - charge.used) },
                    http: {
                      status: 429,
                      headers: new HeaderMap([['retry-after', String(charge.resetSeconds)]]),
                    },
                  },
                },
              );
            }
          }
        },
        async willSendResponse({ response }) {
          if (tightest) {
            response.http.headers.set('x-ratelimit-limit', String(tightest.limit));
            response.http.headers.set(
              'x-ratelimit-remaining',
              String(Math.max(0, tightest.limit - tightest.used)),
            );
            response.http.headers.set('x-ratelimit-reset', String(tightest.resetSeconds));
          }
          if (response.body.kind === 'single' && cost > 0) {
            const budget = tightest
              ? { limit: tightest.limit, remaining: Math.max(0, tightest.limit - tightest.used) }
              : {};
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { requested: cost, maximum: options.maxCost, ...budget },
            };
          }
        },
      };
    },
  };
}
