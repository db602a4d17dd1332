import { randomUUID } from 'node:crypto';
import { requireRole, requireUser, visibleOrganizationIds, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Repositories, RunRow, RunStatus, SavedQueryRow } from '../data/index.ts';
import type { UsageSink } from '../telemetry/usage-sink.ts';
import type { Access } from './access.ts';

const RUN_STATUSES: readonly RunStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
const encodeCursor = (run: RunRow) =>
  Buffer.from(JSON.stringify([run.createdAt.toISOString(), run.id])).toString('base64url');
function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    return { createdAt: new Date(createdAt), id };
  } catch {
    throw AppError.badInput('after', 'Invalid cursor');
  }
}

function savedName(value: string | null | undefined): string {
  const name = value?.trim();
  if (!name || name.length > 120)
    throw AppError.badInput('name', 'Name is required (at most 120 characters)');
  return name;
}

function savedSql(sql: string | null | undefined): string {
  if (!sql || sql.length > 100_000)
    throw AppError.badInput('sql', 'SQL is required (at most 100,000 characters)');
  return sql;
}

/** A user's query history, saved queries, and an organization's usage. */
export function createLibraryService(deps: { repos: Repositories; access: Access; usage: UsageSink }) {
  const { repos, access, usage } = deps;
  return {
    async history(
      identity: Identity,
      args: {
        projectId?: string | null;
        status?: string | null;
        first?: number | null;
        after?: string | null;
      },
    ) {
      const user = requireUser(identity);
      const first = args.first ?? 50;
      if (first < 1 || first > 100) throw AppError.badInput('first', 'first must be between 1 and 100');
      if (args.status != null && !RUN_STATUSES.includes(args.status as RunStatus))
        throw AppError.badInput('status', 'Unknown run status');
      if (args.projectId) await access.project(identity, args.projectId);
      const rows = await repos.runs.history(visibleOrganizationIds(identity.principal), user.userId, {
        ...(args.projectId ? { projectId: args.projectId } : {}),
        ...(args.status ? { status: args.status as RunStatus } : {}),
        first: first + 1,
        ...(args.after ? { before: decodeCursor(args.after)! } : {}),
      });
      const page = rows.slice(0, first);
      return {
        edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: page.length > 0 ? encodeCursor(page[page.length - 1]!) : null,
        },
      };
    },

    async savedQueries(identity: Identity, projectId: string): Promise<SavedQueryRow[]> {
      const user = requireUser(identity);
      const organizationId = await access.project(identity, projectId);
      return repos.savedQueries.list(organizationId, projectId, user.userId);
    },

    async save(
      identity: Identity,
      input: { projectId: string; dataSourceId: string; name: string; sql: string },
    ): Promise<SavedQueryRow> {
      const user = requireUser(identity);
      const name = savedName(input.name);
      savedSql(input.sql);
      const organizationId = await access.project(identity, input.projectId, 'EDITOR');
      const sourceOrg = await access.source(identity, input.dataSourceId);
      if (sourceOrg !== organizationId) throw AppError.notFound('Data source');
      return repos.savedQueries.insert({
        id: randomUUID(),
        organizationId,
        projectId: input.projectId,
        dataSourceId: input.dataSourceId,
        userId: user.userId,
        name,
        sql: input.sql,
      });
    },

    /** Renames, rewrites or repoints the caller's own saved query: EDITOR on its project, the same limits as save. */
    async updateSaved(
      identity: Identity,
      input: { id: string; name?: string | null; sql?: string | null; dataSourceId?: string | null },
    ): Promise<SavedQueryRow> {
      const user = requireUser(identity);
      const patch: { name?: string; sql?: string; dataSourceId?: string } = {};
      if (input.name != null) patch.name = savedName(input.name);
      if (input.sql != null) patch.sql = savedSql(input.sql);
      const organizationId = await access.savedQuery(identity, input.id);
      const saved = await repos.savedQueries.find(organizationId, input.id);
      if (!saved || saved.userId !== user.userId) throw AppError.notFound('Saved query');
      await access.project(identity, saved.projectId, 'EDITOR');
      if (input.dataSourceId != null) {
        const source = await repos.dataSources.find(organizationId, input.dataSourceId);
        if (!source || source.projectId !== saved.projectId) throw AppError.notFound('Data source');
        patch.dataSourceId = input.dataSourceId;
      }
      const updated = await repos.savedQueries.update(organizationId, input.id, user.userId, patch);
      if (!updated) throw AppError.notFound('Saved query');
      return updated;
    },

    async deleteSaved(identity: Identity, id: string): Promise<boolean> {
      const user = requireUser(identity);
      const organizationId = await access.savedQuery(identity, id);
      const deleted = await repos.savedQueries.delete(organizationId, id, user.userId);
      if (!deleted) throw AppError.notFound('Saved query');
      return true;
    },

    async usage(identity: Identity, organizationId: string, from: Date, to: Date) {
      requireRole(identity, organizationId, 'ADMIN', 'Organization');
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to)
        throw AppError.badInput('from', 'from must be a date before to');
      if (to.getTime() - from.getTime() > 366 * 24 * 3600 * 1000)
        throw AppError.badInput('to', 'The range is limited to one year');
      return usage.usage(organizationId, from, to);
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
