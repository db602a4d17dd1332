import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { AuditEntry, AuditSender } from '../audit/sender.ts';
import type { GatewayContext } from '../context.ts';

const ID_KEY = /^(id|.*Id)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids named in the variables and returned at the top of the result: what the mutation touched.
 * Only objects name ids: a list is walked for the objects in it, and a list of lists (a result's
 * rows) is not walked at all.
 */
function collectIds(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value)
      if (item !== null && typeof item === 'object' && !Array.isArray(item))
        collectIds(item, into, depth + 1);
    return;
  }
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'string') {
      if (ID_KEY.test(key) && UUID.test(child)) into.add(child);
    } else if (child !== null && typeof child === 'object') collectIds(child, into, depth + 1);
  }
}

function findKey(value: unknown, key: string, depth = 0): string | null {
  if (depth > 3 || value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key] as string;
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Every mutation, successful or not, becomes an audit entry: who (user, API key), which
 * organization, the operation and its root fields, the ids it touched, the outcome, the request
 * id and the client IP.
 *
 * Write-ahead: once the request has passed every check (limits, scopes, rate limit), its entry is
 * appended durably (accounts' PostgreSQL, hash-chained) BEFORE the mutation runs; when that is not
 * possible the mutation is refused with UNAVAILABLE (503) and does not run. Its outcome and the ids
 * the result returned are delivered as the response leaves, without holding it; a read of the
 * audit log through this gateway first waits (briefly) for the outcomes it has queued, so a client
 * reads the outcome of a mutation once it has its answer. A mutation refused before it could run is
 * filed after the fact with its refusal code.
 */
export function auditPlugin(sender: AuditSender): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let entryId: string | null = null;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (operation.operation === 'query' && readsAuditLog(operation)) {
            // Outcomes are delivered as responses leave: a read of the log waits for those queued.
            await sender.settle();
            return null;
          }
          if (operation.operation !== 'mutation') return null;
          try {
            entryId = await sender.begin({
              ...describe(operation, request.variables, contextValue),
              outcome: 'PENDING',
            });
            return null;
          } catch {
            const http = { status: 503, headers: new HeaderMap([['retry-after', '5']]) };
            return {
              http,
              body: {
                kind: 'single',
                singleResult: {
                  errors: [{ message: AUDIT_UNAVAILABLE_MESSAGE, extensions: { code: 'UNAVAILABLE' } }],
                },
              },
            };
          }
        },
        async willSendResponse({ operation, request, response, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const firstError = body?.errors?.[0];
          const outcome = firstError ? String(firstError.extensions?.code ?? 'ERROR') : 'SUCCESS';
          if (entryId) {
            const returned = new Set<string>();
            collectIds(body?.data ?? {}, returned);
            // Not holding the response: delivered at once; a read of the log waits for it (above).
            void sender.complete({ entryId, outcome, targetIds: [...returned] }, 0);
            return;
          }
          const entry = describe(operation, request.variables, contextValue);
          const targets = new Set(entry.targetIds);
          collectIds(body?.data ?? {}, targets);
          sender.record({ ...entry, targetIds: [...targets], outcome });
        },
      };
    },
  };
}

/** Whether the operation reads the audit log (a fragment at the root may, so it counts). */
function readsAuditLog(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((s) =>
    s.kind === Kind.FIELD ? s.name.value === 'auditLog' : true,
  );
}

export const AUDIT_UNAVAILABLE_MESSAGE =
  'The audit log is unavailable, so the mutation was not run; try again shortly';

/** The entry of a mutation, without its outcome. */
function describe(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  context: GatewayContext,
): Omit<AuditEntry, 'outcome'> {
  const { principal, requestId, ip } = context.identity;
  const fields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  const targets = new Set<string>();
  collectIds(variables ?? {}, targets);
  const explicitOrg = findKey(variables ?? {}, 'organizationId');
  const organizationId =
    explicitOrg ??
    (principal.kind === 'apiKey' ? principal.organizationId : null) ??
    (principal.kind === 'user' && principal.memberships.length === 1
      ? principal.memberships[0]!.organizationId
      : null);
  return {
    key: randomUUID(),
    occurredAt: new Date().toISOString(),
    organizationId,
    projectId: findKey(variables ?? {}, 'projectId'),
    actor:
      principal.kind === 'user'
        ? { userId: principal.userId }
        : principal.kind === 'apiKey'
          ? { apiKeyId: principal.apiKeyId, userId: principal.createdBy }
          : {},
    operation: `${operation.name?.value ?? 'anonymous'}(${fields.join(',')})`,
    targetIds: [...targets],
    requestId,
    ip: ip ?? null,
  };
}
