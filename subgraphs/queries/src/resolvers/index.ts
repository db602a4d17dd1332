import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { DataSourceRow, RunRow, SavedQueryRow } from '../data/index.ts';
import type { QueriesContext } from '../context.ts';
import { requireConnectionTester } from '../services/access.ts';

type Ctx = QueriesContext;
type Args<T> = T;

/** Runs shown to clients: the error keeps its position only when there is one. */
const runError = (run: RunRow) =>
  run.error
    ? { code: run.error.code, message: run.error.message, position: run.error.position ?? null }
    : null;

export const resolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  Query: {
    dataSource: (_: unknown, args: Args<{ id: string }>, ctx: Ctx) =>
      ctx.services.dataSources.get(ctx.identity, args.id),
    queryRun: (_: unknown, args: Args<{ id: string }>, ctx: Ctx) =>
      ctx.services.runs.get(ctx.identity, args.id),
    queryHistory: (
      _: unknown,
      args: Args<{ projectId?: string; status?: string | null; first?: number; after?: string }>,
      ctx: Ctx,
    ) => ctx.services.library.history(ctx.identity, args),
    savedQueries: (_: unknown, args: Args<{ projectId: string }>, ctx: Ctx) =>
      ctx.services.library.savedQueries(ctx.identity, args.projectId),
    usage: (_: unknown, args: Args<{ organizationId: string; from: Date; to: Date }>, ctx: Ctx) =>
      ctx.services.library.usage(ctx.identity, args.organizationId, new Date(args.from), new Date(args.to)),
  },
  Mutation: {
    createDataSource: (
      _: unknown,
      args: Args<{ input: { projectId: string; name: string; kind: string; connection: unknown } }>,
      ctx: Ctx,
    ) => ctx.services.dataSources.create(ctx.identity, args.input),
    updateDataSource: (
      _: unknown,
      args: Args<{ input: { id: string; name?: string; connection?: unknown; glossary?: unknown } }>,
      ctx: Ctx,
    ) => ctx.services.dataSources.update(ctx.identity, args.input),
    deleteDataSource: (_: unknown, args: Args<{ id: string }>, ctx: Ctx) =>
      ctx.services.dataSources.remove(ctx.identity, args.id),
    testDataSourceConnection: async (_: unknown, args: Args<{ id: string }>, ctx: Ctx) => {
      const source = await ctx.services.dataSources.get(ctx.identity, args.id);
      requireConnectionTester(ctx.identity, source.organizationId);
      return ctx.services.dataSources.test(ctx.identity, args.id);
    },
    testConnection: (
      _: unknown,
      args: Args<{ input: { projectId: string; kind: string; connection: unknown } }>,
      ctx: Ctx,
    ) => ctx.services.dataSources.testConnection(ctx.identity, args.input),
    createFileUpload: (
      _: unknown,
      args: Args<{
        input: {
          projectId: string;
          name: string;
          format: string;
          dataSourceId?: string | null;
          table?: string | null;
          sheet?: string | null;
        };
      }>,
      ctx: Ctx,
    ) => ctx.services.uploads.create(ctx.identity, args.input),
    runQuery: (
      _: unknown,
      args: Args<{
        input: {
          dataSourceId: string;
          sql: string;
          parameters?: Record<string, unknown>;
          maxRows?: number;
          waitSeconds?: number;
        };
      }>,
      ctx: Ctx,
    ) =>
      ctx.services.runs.run(ctx.identity, args.input, (cancel) => {
        // The client went away before the answer was sent: stop the query.
        ctx.reply.raw.on('close', () => {
          if (!ctx.reply.raw.writableFinished) cancel();
        });
      }),
    cancelQueryRun: (_: unknown, args: Args<{ id: string }>, ctx: Ctx) =>
      ctx.services.runs.cancel(ctx.identity, args.id),
    exportQueryRun: (_: unknown, args: Args<{ id: string; format: 'CSV' | 'PARQUET' | 'XLSX' }>, ctx: Ctx) =>
      ctx.services.exports.createLink(ctx.identity, args.id, args.format),
    saveQuery: (
      _: unknown,
      args: Args<{ input: { projectId: string; dataSourceId: string; name: string; sql: string } }>,
      ctx: Ctx,
    ) => ctx.services.library.save(ctx.identity, args.input),
    updateSavedQuery: (
      _: unknown,
      args: Args<{
        input: { id: string; name?: string | null; sql?: string | null; dataSourceId?: string | null };
      }>,
      ctx: Ctx,
    ) => ctx.services.library.updateSaved(ctx.identity, args.input),
    deleteSavedQuery: (_: unknown, args: Args<{ id: string }>, ctx: Ctx) =>
      ctx.services.library.deleteSaved(ctx.identity, args.id),
    // The input (asOf, columns, relationships) is validated by the model service.
    updateSemanticModel: (
      _: unknown,
      args: Args<{ input: { dataSourceId: string } & Record<string, unknown> }>,
      ctx: Ctx,
    ) => ctx.services.models.update(ctx.identity, args.input),
  },
  Project: {
    __resolveReference: (ref: { id: string }) => ref,
    dataSources: (project: { id: string }, _: unknown, ctx: Ctx) =>
      ctx.services.dataSources.listForProject(ctx.identity, project.id),
  },
  DataSource: {
    // @mercuriusjs/federation calls resolveReference(reference, {}, context, info).
    __resolveReference: (ref: { id: string }, _args: unknown, ctx: Ctx) =>
      ctx.services.dataSources.get(ctx.identity, ref.id),
    project: (source: DataSourceRow) => ({ __typename: 'Project', id: source.projectId }),
    // The upload link's nonce is server state, not connection settings.
    connection: ({ settings: { uploadNonce: _nonce, ...settings } }: DataSourceRow) => settings,
    tables: (source: DataSourceRow, args: Args<{ refresh?: boolean }>, ctx: Ctx) =>
      ctx.services.dataSources.tables(source, Boolean(args.refresh)),
    glossary: (source: DataSourceRow) => source.glossary,
    model: (source: DataSourceRow, _: unknown, ctx: Ctx) => ctx.services.models.get(ctx.identity, source),
  },
  QueryRun: {
    __resolveReference: (ref: { id: string }, _args: unknown, ctx: Ctx) =>
      ctx.services.runs.get(ctx.identity, ref.id),
    dataSource: (run: RunRow, _: unknown, ctx: Ctx) =>
      ctx.services.dataSources.get(ctx.identity, run.dataSourceId).catch(() => null),
    rows: (run: RunRow, _: unknown, ctx: Ctx) => ctx.services.runs.rows(run),
    error: runError,
  },
  SavedQuery: {
    dataSource: (saved: SavedQueryRow, _: unknown, ctx: Ctx) =>
      ctx.services.dataSources.get(ctx.identity, saved.dataSourceId).catch(() => null),
  },
};
