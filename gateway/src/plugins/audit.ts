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
 * possible the mutation is refused with UNAVAILABLE (503) and does not run. A mutation that only
 * reads the customer's data (every root field in READS_DATA: it runs a statement and records its
 * own run, nothing else) runs while its entry is appended, and its answer waits for the entry: no
 * result leaves without a durable entry, and when the entry cannot be appended the answer is
 * withheld (UNAVAILABLE, 503, no data) and the entry filed after the fact. Its outcome and the ids
 * the result returned are delivered as the response leaves, without holding it; a read of the
 * audit log through this gateway first waits (briefly) for the outcomes it has queued, so a client
 * reads the outcome of a mutation once it has its answer. A mutation refused before it could run is
 * filed after the fact with its refusal code.
 */
export function auditPlugin(sender: AuditSender): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let entryId: string | null = null;
      /** The entry of a mutation that reads data, being appended while it runs. */
      let appending: Promise<string> | null = null;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (operation.operation === 'query' && readsAuditLog(operation)) {
            // Outcomes are delivered as responses leave: a read of the log waits for those queued.
            await sender.settle();
            return null;
          }
          if (operation.operation !== 'mutation') return null;
          const beginning = sender.begin({
            ...describe(operation, request.variables, contextValue),
            outcome: 'PENDING',
          });
          if (onlyReadsData(operation)) {
            appending = beginning;
            // Awaited in willSendResponse; until then a refusal is not an unhandled rejection.
            beginning.catch(() => undefined);
            return null;
          }
          try {
            entryId = await beginning;
            return null;
          } catch {
            return unavailableResponse(NOT_RUN);
          }
        },
        async willSendResponse({ operation, request, response, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (appending) {
            try {
              entryId = await appending;
            } catch {
              // The statement ran, but its answer does not leave without a durable entry.
              const refused = unavailableResponse(WITHHELD);
              response.body = refused.body;
              response.http.status = refused.http.status;
              for (const [name, value] of refused.http.headers) response.http.headers.set(name, value);
            }
          }
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const firstError = body?.errors?.[0];
          const outcome = firstError ? String(firstError.extensions?.code ?? 'ERROR') : 'SUCCESS';
          if (entryId) {
            const returned = new Set<string>();
            collectIds(body?.data ?? {}, returned);
            // Not holding the response: delivered with the outcomes of the next few milliseconds
            // (one delivery for a burst); a read of the log waits for it (above).
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

/**
 * Mutations that only read the customer's data: each runs one statement on a source the caller may
 * read and records its own run, changing nothing else (the canvases' block runs are queries). Anything else at the root (another field,
 * a fragment) makes the operation write-ahead.
 */
const READS_DATA = new Set(['runQuery']);

function onlyReadsData(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && READS_DATA.has(s.name.value),
  );
}

function unavailableResponse(message: string) {
  return {
    http: { status: 503, headers: new HeaderMap([['retry-after', '5']]) },
    body: {
      kind: 'single' as const,
      singleResult: {
        errors: [{ message, extensions: { code: 'UNAVAILABLE' } }],
      },
    },
  };
}

/** Whether the operation reads the audit log (a fragment at the root may, so it counts). */
function readsAuditLog(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((s) =>
    s.kind === Kind.FIELD ? s.name.value === 'auditLog' : true,
  );
}

const NOT_RUN = 'The audit log is unavailable, so the mutation was not run; try again shortly';
const WITHHELD = 'The audit log is unavailable, so the result was withheld; try again shortly';

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
