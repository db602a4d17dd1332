// The one urql client: document cache, auth (Bearer + silent refresh on UNAUTHENTICATED),
// HTTP fetch, and graphql-ws subscriptions on ws(s)://<host>/graphql.
import {
  Client,
  cacheExchange,
  fetchExchange,
  getOperationName,
  stringifyDocument,
  subscriptionExchange,
  type Operation,
} from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { trustedDocumentsExchange } from './trusted-documents';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { session } from './session';

/** Operations that run without a session; a failure there is never a reason to refresh. */
const PUBLIC_OPERATIONS = new Set([
  'LogIn',
  'SignUp',
  'RequestSignUp',
  'CompleteSignUp',
  'RefreshSession',
  'SharedCanvas',
  'RunSharedBlock',
]);

export function isAuthError(error: {
  graphQLErrors: readonly { extensions?: Record<string, unknown> }[];
  response?: unknown;
}): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

function isPublic(operation: Operation): boolean {
  return PUBLIC_OPERATIONS.has(getOperationName(operation.query) ?? '');
}

function websocketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${path}`;
}

let ws: WsClient | null = null;
function subscriptions(): WsClient {
  ws ??= createWsClient({
    url: websocketUrl('/graphql'),
    lazy: true,
    retryAttempts: 8,
    connectionParams: async () => {
      const token = await session.validToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return ws;
}

function createUrqlClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      trustedDocumentsExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = session.accessToken();
          if (!token || isPublic(operation)) return operation;
          return utils.appendHeaders(operation, { Authorization: `Bearer ${token}` });
        },
        willAuthError(operation) {
          return !isPublic(operation) && session.needsRefresh();
        },
        didAuthError(error, operation) {
          return !isPublic(operation) && isAuthError(error);
        },
        async refreshAuth() {
          await session.refresh();
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request, operation) {
          // With a document hash urql may leave the text out; the socket always gets the document.
          const input = { ...request, query: request.query || stringifyDocument(operation.query) };
          return {
            subscribe(sink) {
              const unsubscribe = subscriptions().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}

let current: { userId: string | null; client: Client } | null = null;

/**
 * The app's client for the signed-in person: a fresh one (empty cache, new subscription socket) when
 * the person changes. One per person, so what the entry starts (canvas/loading/open-early.ts) lands
 * in the cache the pages read.
 */
export function appClient(): Client {
  const userId = session.get().userId;
  if (current?.userId !== userId) {
    resetSubscriptions();
    current = { userId, client: createUrqlClient() };
  }
  return current.client;
}

/** Closes the subscription socket (on sign-out, so the next user gets a fresh connection). */
export function resetSubscriptions(): void {
  void ws?.dispose();
  ws = null;
}

export { websocketUrl };
