import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const embedUsageQuery: QueryResolvers['organizationEmbedUsage'] = (_, args, ctx) =>
  ctx.services.shares.organizationUsage(ctx.identity, args.organizationId, args.days ?? 30);
