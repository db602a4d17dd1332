// A urql Client whose transport is a function, for tests of code that talks to the API.
import { Client, getOperationName, subscriptionExchange, type Operation } from '@urql/core';

export interface FakeSink {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

export interface FakeRequest {
  /** The operation's name (RunQuery, QueryRun, …). */
  name: string;
  variables: Record<string, unknown>;
  operation: Operation;
}

/**
 * A real urql Client whose one exchange hands every operation (query, mutation or subscription) to
 * `answer`, with a sink for its results; `answer` may return what to do when the operation is torn
 * down.
 */
export function fakeClient(answer: (request: FakeRequest, sink: FakeSink) => void | (() => void)): Client {
  return new Client({
    url: 'http://tessera.test/graphql',
    exchanges: [
      subscriptionExchange({
        enableAllOperations: true,
        forwardSubscription(_request, operation) {
          const request: FakeRequest = {
            name: getOperationName(operation.query) ?? '',
            variables: (operation.variables ?? {}) as Record<string, unknown>,
            operation,
          };
          return {
            subscribe(sink) {
              const stop = answer(request, sink as FakeSink);
              return { unsubscribe: () => stop?.() };
            },
          };
        },
      }),
    ],
  });
}
