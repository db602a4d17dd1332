import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ProjectDirectory } from '@tessera/accounts-client';
import { isAppError } from '@tessera/errors';
import type { Repositories } from './data/index.ts';
import type { ChainService } from './services/chain/chain-service.ts';
import type { DataSourceService } from './services/data-source-service.ts';
import { dialectOf, type RunService } from './services/run-service.ts';
import type { SourceContext } from './services/source-context.ts';

function secretMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const serializeRun = (run: Awaited<ReturnType<RunService['get']>>, rows: unknown[][]) => ({
  id: run.id,
  status: run.status,
  columns: run.columns,
  rows,
  rowCount: run.rowCount,
  truncated: run.truncated,
  cached: run.cached,
  durationMs: run.durationMs,
  error: run.error,
});

/**
 * Routes for other services (internal secret required): the project's demo source for canvas
 * templates, and runs on behalf of callers that authorized the user themselves (canvas blocks for
 * viewers, share links with locked filters).
 */
export function registerInternalRoutes(
  app: FastifyInstance,
  deps: {
    secret: string;
    directory: ProjectDirectory;
    repos: Repositories;
    dataSources: DataSourceService;
    runs: RunService;
    sourceContext: SourceContext;
    chains: ChainService;
  },
) {
  app.register(async (internal) => {
    internal.addHook('onRequest', async (request, reply) => {
      if (!secretMatches(request.headers['x-internal-secret'], deps.secret)) {
        return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      }
    });

    internal.get<{ Params: { projectId: string } }>(
      '/internal/projects/:projectId/demo-source',
      async (request, reply) => {
        const organizationId = await deps.directory.organizationOf(request.params.projectId);
        if (!organizationId)
          return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Project not found' } });
        await deps.dataSources.ensureDemo(organizationId, request.params.projectId);
        const sources = await deps.repos.dataSources.listForProject(organizationId, request.params.projectId);
        return { id: sources.find((s) => s.kind === 'DEMO')!.id };
      },
    );

    /** Schema, glossary and value index of a source, for the SQL assistant (which checks membership). */
    internal.get<{ Params: { id: string } }>('/internal/data-sources/:id/context', async (request, reply) => {
      const organizationId = await deps.repos.dataSources
        .ownerOf('data_source', request.params.id)
        .catch(() => null);
      const source = organizationId
        ? await deps.repos.dataSources.find(organizationId, request.params.id)
        : null;
      if (!source)
        return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Data source not found' } });
      return deps.sourceContext.describe(source);
    });

    /** A finished run's result, for charts and summaries (the caller checks membership). */
    internal.get<{ Params: { id: string } }>('/internal/runs/:id', async (request, reply) => {
      const organizationId = await deps.repos.dataSources
        .ownerOf('query_run', request.params.id)
        .catch(() => null);
      const run = organizationId ? await deps.repos.runs.find(organizationId, request.params.id) : null;
      if (!run) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Query run not found' } });
      return {
        ...serializeRun(run, await deps.runs.rows(run)),
        organizationId: run.organizationId,
        dataSourceId: run.dataSourceId,
        sql: run.sql,
      };
    });

    /**
     * Chained SQL: `sql` over upstream block results (`tables`, one per block name) in a fresh
     * sandboxed DuckDB; the canvases service ran the upstream blocks and checked access.
     */
    internal.post<{
      Body: { sql: string; parameters?: Record<string, unknown>; maxRows?: number; tables: unknown };
    }>('/internal/chain-runs', { bodyLimit: 64 * 1024 * 1024 }, async (request, reply) => {
      try {
        return await deps.chains.run(request.body ?? { sql: '', tables: [] });
      } catch (error) {
        if (isAppError(error))
          return reply.code(400).send({ error: { code: error.code, message: error.message } });
        throw error;
      }
    });

    internal.post<{
      Body: {
        organizationId: string;
        dataSourceId: string;
        sql: string;
        parameters?: Record<string, unknown>;
        maxRows?: number;
        timeoutSeconds?: number;
        fresh?: boolean;
        actor?: { kind: string; userId?: string };
        /** Run only when the source speaks this dialect (a compiled chain of canvas blocks). */
        dialect?: string;
      };
    }>('/internal/runs', async (request, reply) => {
      const body = request.body;
      if (!body?.organizationId || !body.dataSourceId || typeof body.sql !== 'string') {
        return reply.code(400).send({
          error: { code: 'BAD_USER_INPUT', message: 'organizationId, dataSourceId and sql are required' },
        });
      }
      try {
        if (body.dialect !== undefined) {
          const source = await deps.repos.dataSources.find(body.organizationId, body.dataSourceId);
          if (source && dialectOf(source.kind) !== body.dialect)
            return {
              id: '',
              status: 'FAILED',
              columns: [],
              rows: [],
              rowCount: 0,
              truncated: false,
              cached: false,
              durationMs: null,
              error: {
                code: 'DIALECT_MISMATCH',
                message: `The data source does not run ${body.dialect} SQL`,
              },
            };
        }
        const run = await deps.runs.runTrusted(body.organizationId, body, {
          userId: body.actor?.kind === 'user' ? (body.actor.userId ?? null) : null,
        });
        return serializeRun(run, await deps.runs.rows(run));
      } catch (error) {
        if (isAppError(error))
          return reply
            .code(error.code === 'NOT_FOUND' ? 404 : 400)
            .send({ error: { code: error.code, message: error.message } });
        throw error;
      }
    });
  });
}
