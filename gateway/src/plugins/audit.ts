import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { AuditSender } from '../audit/sender.ts';
import type { GatewayContext } from '../context.ts';

const ID_KEY = /^(id|.*Id)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids named in the variables and returned at the top of the result: what the mutation touched. */
function collectIds(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (typeof child === 'string' && ID_KEY.test(key) && UUID.test(child)) into.add(child);
    else collectIds(child, into, depth + 1);
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
 * id and the client IP. Written after the response is known; never blocks the response.
 */
export function auditPlugin(sender: AuditSender): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const { principal, requestId, ip } = contextValue.identity;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const targets = new Set<string>();
          collectIds(request.variables ?? {}, targets);
          collectIds(body?.data ?? {}, targets);
          const explicitOrg = findKey(request.variables ?? {}, 'organizationId');
          const organizationId =
            explicitOrg ??
            (principal.kind === 'apiKey' ? principal.organizationId : null) ??
            (principal.kind === 'user' && principal.memberships.length === 1 ? principal.memberships[0]!.organizationId : null);
          const firstError = body?.errors?.[0];
          sender.record({
            occurredAt: new Date().toISOString(),
            organizationId,
            projectId: findKey(request.variables ?? {}, 'projectId'),
            actor: principal.kind === 'user' ? { userId: principal.userId } : principal.kind === 'apiKey' ? { apiKeyId: principal.apiKeyId, userId: principal.createdBy } : {},
            operation: `${operation.name?.value ?? 'anonymous'}(${fields.join(',')})`,
            targetIds: [...targets],
            outcome: firstError ? String(firstError.extensions?.code ?? 'ERROR') : 'SUCCESS',
            requestId,
            ip: ip ?? null,
          });
        },
      };
    },
  };
}
