import { requireRole, requireScope, requireSignedIn, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { QueriesClient, RunResult, SourceContext } from '../clients/queries-client.ts';

/**
 * The permission model (README "Permissions"): a data source or run belongs to an organization
 * (the queries service says which); members of it, VIEWER and above, may use the assistant on it.
 * Anyone else gets NOT_FOUND, exactly as for an id that does not exist. API keys need READ.
 */
export function createAccess(queries: QueriesClient) {
  return {
    async source(identity: Identity, dataSourceId: string): Promise<SourceContext> {
      requireSignedIn(identity);
      requireScope(identity, 'READ');
      const context = await queries.sourceContext(dataSourceId);
      if (!context) throw AppError.notFound('Data source');
      requireRole(identity, context.organizationId, 'VIEWER', 'Data source');
      return context;
    },

    async run(identity: Identity, runId: string): Promise<RunResult> {
      requireSignedIn(identity);
      requireScope(identity, 'READ');
      const run = await queries.run(runId);
      if (!run) throw AppError.notFound('Query run');
      requireRole(identity, run.organizationId, 'VIEWER', 'Query run');
      return run;
    },
  };
}

export type Access = ReturnType<typeof createAccess>;

/** Who a record is attributed to: the signed-in user, or the API key and its creator. */
export function actorOf(identity: Identity): { userId: string | null; apiKeyId: string | null } {
  const principal = requireSignedIn(identity);
  return principal.kind === 'user'
    ? { userId: principal.userId, apiKeyId: null }
    : { userId: principal.createdBy, apiKeyId: principal.apiKeyId };
}
