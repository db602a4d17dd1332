import type { ProjectDirectory } from '@tessera/accounts-client';
import {
  requireRole,
  requireScope,
  requireSignedIn,
  roleAtLeast,
  roleIn,
  type Identity,
  type Role,
} from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Repositories } from '../data/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Testing a connection makes the server open a socket to the source's host: EDITOR and above (an
 * API key with WRITE). A VIEWER, like a READ-only API key, gets FORBIDDEN.
 */
export function requireConnectionTester(identity: Identity, organizationId: string): void {
  requireRole(identity, organizationId, 'EDITOR', 'Data source');
}

/**
 * Tenant checks for the queries subgraph: ids come from clients, so the owning organization is
 * looked up first and the caller's membership checked before any tenant row is read. Another
 * tenant's object is NOT_FOUND, exactly like one that does not exist.
 */
export function createAccess(deps: { repos: Repositories; directory: ProjectDirectory }) {
  const { repos, directory } = deps;

  async function owner(
    kind: 'data_source' | 'query_run' | 'saved_query',
    id: string,
    what: string,
    identity: Identity,
    minimum: Role,
  ): Promise<string> {
    requireSignedIn(identity);
    const organizationId = UUID.test(id) ? await repos.dataSources.ownerOf(kind, id) : null;
    if (!organizationId) throw AppError.notFound(what);
    requireRole(identity, organizationId, minimum, what);
    return organizationId;
  }

  return {
    source: (identity: Identity, id: string, minimum: Role = 'VIEWER') =>
      owner('data_source', id, 'Data source', identity, minimum),
    /**
     * `source` for a data source whose organization is already known (a source never moves): the
     * same membership checks, without the lookup. A deleted source is then NOT_FOUND where it is read.
     */
    sourceOwnedBy(identity: Identity, organizationId: string, minimum: Role = 'VIEWER'): string {
      requireSignedIn(identity);
      requireRole(identity, organizationId, minimum, 'Data source');
      return organizationId;
    },
    run: (identity: Identity, id: string) => owner('query_run', id, 'Query run', identity, 'VIEWER'),
    savedQuery: (identity: Identity, id: string) =>
      owner('saved_query', id, 'Saved query', identity, 'VIEWER'),

    async project(identity: Identity, projectId: string, minimum: Role = 'VIEWER'): Promise<string> {
      requireSignedIn(identity);
      const organizationId = await directory.organizationOf(projectId);
      if (!organizationId) throw AppError.notFound('Project');
      requireRole(identity, organizationId, minimum, 'Project');
      return organizationId;
    },

    /** Running SQL: EDITOR and above, or an API key with the QUERY_RUN scope. */
    requireRunner(identity: Identity, organizationId: string): void {
      const principal = requireSignedIn(identity);
      if (principal.kind === 'apiKey') {
        requireScope(identity, 'QUERY_RUN');
        if (principal.organizationId !== organizationId) throw AppError.notFound('Data source');
        return;
      }
      const role = roleIn(principal, organizationId);
      if (!role) throw AppError.notFound('Data source');
      if (!roleAtLeast(role, 'EDITOR'))
        throw AppError.forbidden('Running SQL requires the EDITOR role or above');
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
