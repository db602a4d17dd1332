import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Principal } from '@tessera/auth';
import type { EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';
import type { Authenticator } from '../authenticate.ts';
import type { ContextFactory, GatewayContext } from '../context.ts';
import { EVENT_ID_VARIABLE, eventQuery } from './event-query.ts';
import { createEventStream } from './event-stream.ts';
import { SUBSCRIPTION_FIELDS } from './fields.ts';

/** Close codes (graphql-ws reserves 4400–4499 for protocol errors; these name ours). */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_UNAVAILABLE = 4503;

const REAUTHENTICATE_AFTER_MS = 5_000;
const DENIED = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

interface Connection {
  authorization: string;
  principal: Principal;
  checkedAt: number;
  ip?: string;
}

export interface SubscriptionDeps {
  /** Resolves trusted-document hashes (and enforces them for browser sessions), as over HTTP. */
  resolveDocument?: (payload: unknown, principal: Principal) => unknown;
  httpServer: Server;
  path: string;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema | null;
  authenticator: Authenticator;
  contextFactory: ContextFactory;
  bus: EventBus | null;
  logger: Logger;
}

/**
 * graphql-ws on the gateway's own HTTP server. @apollo/gateway does not execute subscriptions:
 * the gateway owns the Subscription fields, listens on the event bus, and resolves every event by
 * running the subscriber's selection as a query through Apollo (planning, limits, masking), with
 * the subscriber's identity re-checked at least every few seconds.
 */
export function attachSubscriptions(deps: SubscriptionDeps): {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
} {
  const { apollo, authenticator, contextFactory, bus, logger } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });

  async function freshPrincipal(connection: Connection): Promise<Principal> {
    if (Date.now() - connection.checkedAt > REAUTHENTICATE_AFTER_MS) {
      connection.principal = await authenticator.fromHeader(connection.authorization);
      connection.checkedAt = Date.now();
    }
    return connection.principal;
  }

  async function execute(
    connection: Connection,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<ExecutionResult> {
    const contextValue = await contextFactory(
      await freshPrincipal(connection),
      connection.ip ? { ip: connection.ip } : {},
    );
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single')
      return { errors: [new GraphQLError('Incremental delivery is not supported')] };
    const { data, errors } = response.body.singleResult;
    // Already formatted (masked) by Apollo; graphql-ws serializes GraphQLError instances.
    const rebuilt = errors?.map((e) => new GraphQLError(e.message, { extensions: e.extensions ?? {} }));
    return { data: (data ?? null) as ExecutionResult['data'], ...(rebuilt ? { errors: rebuilt } : {}) };
  }

  const deniedIn = (result: ExecutionResult) =>
    (result.errors ?? []).some((e) => DENIED.has(String(e.extensions?.code)));

  async function* subscribe(args: ExecutionArgs): AsyncGenerator<ExecutionResult> {
    const connection = args.contextValue as Connection;
    const operation = getOperationAST(args.document, args.operationName)!;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const definition = SUBSCRIPTION_FIELDS[field.name.value]!;
    const responseKey = field.alias?.value ?? field.name.value;
    const fieldDef = args.schema.getSubscriptionType()!.getFields()[field.name.value]!;
    const argValues = getArgumentValues(fieldDef, field, args.variableValues ?? {});
    const variables = { ...(args.variableValues ?? {}) };
    if (!bus) {
      yield {
        errors: [
          new GraphQLError('Subscriptions are not available', { extensions: { code: 'UNAVAILABLE' } }),
        ],
      };
      return;
    }
    const principal = await freshPrincipal(connection);
    if (definition.authorize) {
      const check = await execute(
        connection,
        definition.authorize.query,
        definition.authorize.variables(argValues),
      );
      if (check.errors?.length) {
        yield { errors: check.errors };
        return;
      }
    }
    let topic: string;
    try {
      topic = definition.topic(argValues, principal);
    } catch (error) {
      yield { errors: [new GraphQLError((error as Error).message, { extensions: { code: 'FORBIDDEN' } })] };
      return;
    }
    const query = eventQuery(args.document, operation, field, definition.resolveWith);
    const events = createEventStream<Record<string, unknown>>();
    const unsubscribe = await bus.subscribe<Record<string, unknown>>(topic, (payload) =>
      events.push(payload),
    );
    try {
      const emit = async (id: string): Promise<ExecutionResult> => {
        const result = await execute(connection, query, { ...variables, [EVENT_ID_VARIABLE]: id });
        return {
          data: result.data ? { [responseKey]: result.data[responseKey] } : null,
          ...(result.errors ? { errors: result.errors } : {}),
        };
      };
      if (definition.initialId) {
        const first = await emit(definition.initialId(argValues));
        yield first;
        const state = first.data?.[responseKey] as Record<string, unknown> | undefined;
        if (deniedIn(first) || (state && definition.isFinal?.(state))) return;
      }
      for (let payload = await events.next(); payload; payload = await events.next()) {
        const result = await emit(String(payload.id));
        // A subscriber who lost access (removed from the organization) gets one error and stops.
        yield result;
        if (deniedIn(result)) return;
        if (definition.isFinal?.(payload)) return;
      }
    } finally {
      events.close();
      await unsubscribe();
    }
  }

  const disposable = useServer<Record<string, unknown>, Record<string, unknown>>(
    {
      schema: () => deps.schema()!,
      context: (ctx) => ctx.extra as unknown as Connection,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization = String(params.authorization ?? params.Authorization ?? params.token ?? '');
        try {
          const principal = await authenticator.fromHeader(authorization || undefined);
          if (principal.kind === 'anonymous') throw new Error('no token');
          Object.assign(ctx.extra, {
            authorization,
            principal,
            checkedAt: Date.now(),
            ip: ctx.extra.request.socket.remoteAddress,
          });
          return true;
        } catch {
          ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'Unauthenticated');
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const schema = deps.schema();
        if (deps.resolveDocument) {
          try {
            const resolved = deps.resolveDocument(
              payload,
              (ctx.extra as unknown as Connection).principal,
            ) as { query?: string };
            if (typeof resolved.query === 'string' && resolved.query.length > 0)
              (payload as { query: string }).query = resolved.query;
          } catch (error) {
            return [
              new GraphQLError((error as Error).message, {
                extensions: { code: (error as { code?: string }).code ?? 'BAD_REQUEST' },
              }),
            ];
          }
        }
        if (!schema)
          return [new GraphQLError('The gateway is starting', { extensions: { code: 'UNAVAILABLE' } })];
        const operation = payload.query
          ? safeOperation(payload.query, payload.operationName ?? undefined)
          : null;
        if (!operation || operation.operation.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Only subscriptions are served over this socket; send queries and mutations over HTTP',
              { extensions: { code: 'BAD_REQUEST' } },
            ),
          ];
        }
        const fields = operation.operation.selectionSet.selections;
        if (
          fields.length !== 1 ||
          fields[0]!.kind !== Kind.FIELD ||
          !SUBSCRIPTION_FIELDS[fields[0]!.name.value]
        ) {
          return [
            new GraphQLError('Subscribe to exactly one field', { extensions: { code: 'BAD_USER_INPUT' } }),
          ];
        }
        return undefined;
      },
      subscribe: (args) => subscribe(args),
      onError: (_ctx, _id, _payload, errors) =>
        void logger.debug({ errors: errors.map((e) => e.message) }, 'subscription rejected'),
    },
    wss,
  );

  return {
    handleUpgrade(req, socket, head) {
      if ((req.url ?? '').split('?')[0] !== deps.path) return false;
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return true;
    },
    async close() {
      await disposable.dispose();
      wss.close();
    },
  };
}

function safeOperation(query: string, operationName?: string): { operation: OperationDefinitionNode } | null {
  try {
    const document = parse(query);
    const operation = getOperationAST(document, operationName);
    return operation ? { operation } : null;
  } catch {
    return null;
  }
}
