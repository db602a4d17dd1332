import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    explainSql: (_, args, ctx) => ctx.services.results.explain(ctx.identity, args.sql, args.dataSourceId),
    suggestChart: (_, args, ctx) => ctx.services.results.chart(ctx.identity, args.queryRunId),
    summarizeResult: (_, args, ctx) =>
      ctx.services.results.summarize(ctx.identity, args.queryRunId, args.question),
    aiUsage: (_, args, ctx) =>
      ctx.services.assistant.usage(ctx.identity, args.organizationId, args.from, args.to),
  },
  Mutation: {
    generateSql: (_, args, ctx) => ctx.services.assistant.generate(ctx, args.input),
    askCanvas: (_, args, ctx) => ctx.services.canvasAssistant.ask(ctx, args.input),
    fixSql: (_, args, ctx) => ctx.services.assistant.fix(ctx, args.input),
    recordSuggestionOutcome: (_, args, ctx) => ctx.services.assistant.recordOutcome(ctx.identity, args),
  },
};
