import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { AiContext } from '../context.ts';

export const resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    explainSql: (_: unknown, args: { sql: string; dataSourceId?: string | null }, ctx: AiContext) =>
      ctx.services.results.explain(ctx.identity, args.sql, args.dataSourceId),
    suggestChart: (_: unknown, args: { queryRunId: string }, ctx: AiContext) =>
      ctx.services.results.chart(ctx.identity, args.queryRunId),
    summarizeResult: (_: unknown, args: { queryRunId: string; question?: string | null }, ctx: AiContext) =>
      ctx.services.results.summarize(ctx.identity, args.queryRunId, args.question),
    aiUsage: (_: unknown, args: { organizationId: string; from: Date; to: Date }, ctx: AiContext) =>
      ctx.services.assistant.usage(ctx.identity, args.organizationId, args.from, args.to),
  },
  Mutation: {
    generateSql: (_: unknown, args: { input: unknown }, ctx: AiContext) =>
      ctx.services.assistant.generate(ctx, args.input),
    askCanvas: (_: unknown, args: { input: unknown }, ctx: AiContext) =>
      ctx.services.canvasAssistant.ask(ctx, args.input),
    fixSql: (_: unknown, args: { input: unknown }, ctx: AiContext) =>
      ctx.services.assistant.fix(ctx, args.input),
    recordSuggestionOutcome: (
      _: unknown,
      args: { id: string; outcome: string; finalSql?: string | null },
      ctx: AiContext,
    ) => ctx.services.assistant.recordOutcome(ctx.identity, args),
  },
};
