import { AppError } from '@tessera/errors';
import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { RunRow } from '../data/index.ts';
import type { QueriesContext } from '../context.ts';
import type {
  DataSourceResolvers,
  ProjectResolvers,
  QueryRunResolvers,
  Resolvers,
} from '../generated/resolvers-types.ts';
import { requireConnectionTester } from '../services/access.ts';

type Ctx = QueriesContext;

/**
 * @mercuriusjs/federation calls resolveReference(reference, {}, context, info), not Apollo's
 * (reference, context, info) that the generated types describe.
 */
type ReferenceResult<R> = R extends { __resolveReference?: (...args: never[]) => infer T } ? T : never;
type MercuriusEntity<R> = Omit<R, '__resolveReference'> & {
  __resolveReference: (reference: { id: string }, args: unknown, ctx: Ctx) => ReferenceResult<R>;
};
type QueriesResolvers = Omit<Resolvers, 'Project' | 'DataSource' | 'QueryRun'> & {
  Project: MercuriusEntity<ProjectResolvers>;
  DataSource: MercuriusEntity<DataSourceResolvers>;
  QueryRun: MercuriusEntity<QueryRunResolvers>;
};

/** `parameters` is JSON, so any value: only an object of name → value binds. */
function parameterValues(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw AppError.badInput('parameters', 'Parameters must be an object of name → value');
  return value as Record<string, unknown>;
}

/** Runs shown to clients: the error keeps its position only when there is one. */
const runError = (run: RunRow) =>
  run.error
    ? {
        code: run.error.code,
        message: run.error.message,
        position: run.error.position ?? null,
        limitSeconds: run.error.limitSeconds ?? null,
        maxLimitSeconds: run.error.maxLimitSeconds ?? null,
      }
    : null;

export const resolvers: QueriesResolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  Query: {
    dataSource: (_, args, ctx) => ctx.services.dataSources.get(ctx.identity, args.id),
    queryRun: (_, args, ctx) => ctx.services.runs.get(ctx.identity, args.id),
    queryHistory: (_, args, ctx) => ctx.services.library.history(ctx.identity, args),
    savedQueries: (_, args, ctx) => ctx.services.library.savedQueries(ctx.identity, args.projectId),
    usage: (_, args, ctx) =>
      ctx.services.library.usage(ctx.identity, args.organizationId, new Date(args.from), new Date(args.to)),
  },
  Mutation: {
    createDataSource: (_, args, ctx) => ctx.services.dataSources.create(ctx.identity, args.input),
    updateDataSource: (_, args, ctx) => ctx.services.dataSources.update(ctx.identity, args.input),
    deleteDataSource: (_, args, ctx) => ctx.services.dataSources.remove(ctx.identity, args.id),
    testDataSourceConnection: async (_, args, ctx) => {
      const source = await ctx.services.dataSources.get(ctx.identity, args.id);
      requireConnectionTester(ctx.identity, source.organizationId);
      return ctx.services.dataSources.test(ctx.identity, args.id);
    },
    testConnection: (_, args, ctx) => ctx.services.dataSources.testConnection(ctx.identity, args.input),
    createFileUpload: (_, args, ctx) => ctx.services.uploads.create(ctx.identity, args.input),
    runQuery: (_, args, ctx) =>
      ctx.services.runs.run(
        ctx.identity,
        { ...args.input, parameters: parameterValues(args.input.parameters) },
        (cancel) => {
          // The client went away before the answer was sent: stop the query.
          ctx.reply.raw.on('close', () => {
            if (!ctx.reply.raw.writableFinished) cancel();
          });
        },
      ),
    cancelQueryRun: (_, args, ctx) => ctx.services.runs.cancel(ctx.identity, args.id),
    exportQueryRun: (_, args, ctx) => ctx.services.exports.createLink(ctx.identity, args.id, args.format),
    saveQuery: (_, args, ctx) => ctx.services.library.save(ctx.identity, args.input),
    updateSavedQuery: (_, args, ctx) => ctx.services.library.updateSaved(ctx.identity, args.input),
    deleteSavedQuery: (_, args, ctx) => ctx.services.library.deleteSaved(ctx.identity, args.id),
    // The input (asOf, columns, relationships) is validated by the model service.
    updateSemanticModel: (_, args, ctx) => ctx.services.models.update(ctx.identity, args.input),
  },
  Project: {
    __resolveReference: (ref) => ref,
    dataSources: (project, _, ctx) => ctx.services.dataSources.listForProject(ctx.identity, project.id),
  },
  DataSource: {
    // @mercuriusjs/federation calls resolveReference(reference, {}, context, info).
    __resolveReference: (ref, _args, ctx) => ctx.services.dataSources.get(ctx.identity, ref.id),
    project: (source) => ({ __typename: 'Project', id: source.projectId }),
    runTimeLimit: (_source, _args, ctx) => ctx.services.runs.timeLimits(),
    // The upload link's nonce is server state, not connection settings.
    connection: ({ settings: { uploadNonce: _nonce, ...settings } }) => settings,
    tables: (source, args, ctx) => ctx.services.dataSources.tables(source, Boolean(args.refresh)),
    glossary: (source) => source.glossary,
    model: (source, _, ctx) => ctx.services.models.get(ctx.identity, source),
  },
  QueryRun: {
    __resolveReference: (ref, _args, ctx) => ctx.services.runs.get(ctx.identity, ref.id),
    dataSource: (run, _, ctx) =>
      ctx.services.dataSources.get(ctx.identity, run.dataSourceId).catch(() => null),
    rows: (run, _, ctx) => ctx.services.runs.rows(run),
    rowsJson: (run, _, ctx) => ctx.services.runs.rowsJson(run),
    error: runError,
  },
  SavedQuery: {
    dataSource: (saved, _, ctx) =>
      ctx.services.dataSources.get(ctx.identity, saved.dataSourceId).catch(() => null),
  },
};
