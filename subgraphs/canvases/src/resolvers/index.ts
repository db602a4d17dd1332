import { AppError } from '@tessera/errors';
import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { TEMPLATES } from '../services/templates.ts';
import { canvasFields } from './canvas-fields.ts';
import { deliveryResolvers } from './delivery-resolvers.ts';
import { embedUsageQuery } from './embed-usage-resolvers.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    canvas: async (_, { id }, ctx) => (await ctx.services.canvases.get(ctx.identity, id)).canvas,
    sharedCanvas: (_, { token }, ctx) => ctx.services.shares.sharedCanvas(token),
    canvasVersions: (_, { canvasId }, ctx) => ctx.services.versions.list(ctx.identity, canvasId),
    canvasVersion: (_, { id }, ctx) => ctx.services.versions.get(ctx.identity, id),
    canvasTemplates: () => TEMPLATES,
    runCanvasBlock: (_, args, ctx) =>
      ctx.services.runs.forMember(
        ctx.identity,
        args.canvasId,
        args.blockId,
        args.filters,
        args.interactions,
        args.timeoutSeconds,
      ),
    runSharedBlock: (_, args, ctx) =>
      ctx.services.shares.runBlock(args.token, args.blockId, args.filters, args.interactions),
    organizationEmbedUsage: embedUsageQuery,
    ...deliveryResolvers.Query,
  },
  Mutation: {
    createCanvas: (_, { input }, ctx) => ctx.services.canvases.create(ctx.identity, input),
    renameCanvas: (_, { id, name }, ctx) => ctx.services.canvases.rename(ctx.identity, id, name),
    duplicateCanvas: (_, { id, name }, ctx) => ctx.services.canvases.duplicate(ctx.identity, id, name),
    deleteCanvas: (_, { id }, ctx) => ctx.services.canvases.delete(ctx.identity, id),
    restoreCanvas: (_, { id }, ctx) => ctx.services.canvases.restore(ctx.identity, id),
    addBlock: (_, { input }, ctx) => ctx.services.blocks.add(ctx.identity, input),
    updateBlock: (_, { input }, ctx) => ctx.services.blocks.update(ctx.identity, input),
    removeBlock: (_, args, ctx) => ctx.services.blocks.remove(ctx.identity, args.canvasId, args.blockId),
    createCanvasVersion: (_, args, ctx) =>
      ctx.services.versions.createNamed(ctx.identity, args.canvasId, args.name),
    restoreCanvasVersion: (_, args, ctx) =>
      ctx.services.versions.restore(ctx.identity, args.canvasId, args.versionId),
    restoreCanvasBlock: (_, args, ctx) =>
      ctx.services.versions.restoreBlock(ctx.identity, args.canvasId, args.versionId, args.blockId),
    createShareLink: (_, { input }, ctx) => ctx.services.shares.create(ctx.identity, input),
    revokeShareLink: (_, { id }, ctx) => ctx.services.shares.revoke(ctx.identity, id),
    publishCanvas: (_, { input }, ctx) => ctx.services.publications.publish(ctx.identity, input),
    shareCanvas: (_, { input }, ctx) => ctx.services.people.share(ctx.identity, input),
    ...deliveryResolvers.Mutation,
    exportCanvas: async (_, { input }, ctx) => {
      if (ctx.exports) return ctx.exports.createExport(ctx.identity, input);
      await ctx.services.access.canvas(ctx.identity, input.canvasId, 'VIEWER');
      throw new AppError('UNAVAILABLE', 'Exports are not available: no job queue is configured');
    },
  },
  ...canvasFields,
  Schedule: deliveryResolvers.Schedule,
  Alert: deliveryResolvers.Alert,
  Delivery: deliveryResolvers.Delivery,
  OutboxMessage: deliveryResolvers.OutboxMessage,
};
