import { AppError } from '@tessera/errors';
import { DateTimeScalar, JSONScalar } from '@tessera/service-kit';
import type { CanvasesContext } from '../context.ts';
import type { AddBlockInput, UpdateBlockInput } from '../services/block-service.ts';
import type { ShareCanvasInput } from '../services/canvas-people.ts';
import type { PublishInput } from '../services/publication-service.ts';
import { TEMPLATES } from '../services/templates.ts';
import { canvasFields } from './canvas-fields.ts';
import { deliveryResolvers } from './delivery-resolvers.ts';
import { embedUsageQuery } from './embed-usage-resolvers.ts';

type Ctx = CanvasesContext;
type CreateCanvasArgs = { input: { projectId: string; name: string; template?: string | null } };
type ShareLinkArgs = {
  input: {
    canvasId: string;
    expiresInSeconds?: number | null;
    lockedFilters?: unknown;
    allowedOrigins?: string[] | null;
  };
};
type RunArgs = { blockId: string; filters?: unknown };

export const resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    canvas: async (_: unknown, { id }: { id: string }, ctx: Ctx) =>
      (await ctx.services.canvases.get(ctx.identity, id)).canvas,
    sharedCanvas: (_: unknown, { token }: { token: string }, ctx: Ctx) =>
      ctx.services.shares.sharedCanvas(token),
    canvasVersions: (_: unknown, { canvasId }: { canvasId: string }, ctx: Ctx) =>
      ctx.services.versions.list(ctx.identity, canvasId),
    canvasVersion: (_: unknown, { id }: { id: string }, ctx: Ctx) =>
      ctx.services.versions.get(ctx.identity, id),
    canvasTemplates: () => TEMPLATES,
    runCanvasBlock: (_: unknown, args: RunArgs & { canvasId: string }, ctx: Ctx) =>
      ctx.services.runs.forMember(ctx.identity, args.canvasId, args.blockId, args.filters),
    runSharedBlock: (_: unknown, args: RunArgs & { token: string }, ctx: Ctx) =>
      ctx.services.shares.runBlock(args.token, args.blockId, args.filters),
    organizationEmbedUsage: embedUsageQuery,
    ...deliveryResolvers.Query,
  },
  Mutation: {
    createCanvas: (_: unknown, { input }: CreateCanvasArgs, ctx: Ctx) =>
      ctx.services.canvases.create(ctx.identity, input),
    renameCanvas: (_: unknown, { id, name }: { id: string; name: string }, ctx: Ctx) =>
      ctx.services.canvases.rename(ctx.identity, id, name),
    duplicateCanvas: (_: unknown, { id, name }: { id: string; name?: string | null }, ctx: Ctx) =>
      ctx.services.canvases.duplicate(ctx.identity, id, name),
    deleteCanvas: (_: unknown, { id }: { id: string }, ctx: Ctx) =>
      ctx.services.canvases.delete(ctx.identity, id),
    restoreCanvas: (_: unknown, { id }: { id: string }, ctx: Ctx) =>
      ctx.services.canvases.restore(ctx.identity, id),
    addBlock: (_: unknown, { input }: { input: AddBlockInput }, ctx: Ctx) =>
      ctx.services.blocks.add(ctx.identity, input),
    updateBlock: (_: unknown, { input }: { input: UpdateBlockInput }, ctx: Ctx) =>
      ctx.services.blocks.update(ctx.identity, input),
    removeBlock: (_: unknown, args: { canvasId: string; blockId: string }, ctx: Ctx) =>
      ctx.services.blocks.remove(ctx.identity, args.canvasId, args.blockId),
    createCanvasVersion: (_: unknown, args: { canvasId: string; name: string }, ctx: Ctx) =>
      ctx.services.versions.createNamed(ctx.identity, args.canvasId, args.name),
    restoreCanvasVersion: (_: unknown, args: { canvasId: string; versionId: string }, ctx: Ctx) =>
      ctx.services.versions.restore(ctx.identity, args.canvasId, args.versionId),
    createShareLink: (_: unknown, { input }: ShareLinkArgs, ctx: Ctx) =>
      ctx.services.shares.create(ctx.identity, input),
    revokeShareLink: (_: unknown, { id }: { id: string }, ctx: Ctx) =>
      ctx.services.shares.revoke(ctx.identity, id),
    publishCanvas: (_: unknown, { input }: { input: PublishInput }, ctx: Ctx) =>
      ctx.services.publications.publish(ctx.identity, input),
    shareCanvas: (_: unknown, { input }: { input: ShareCanvasInput }, ctx: Ctx) =>
      ctx.services.people.share(ctx.identity, input),
    ...deliveryResolvers.Mutation,
    exportCanvas: async (
      _: unknown,
      { input }: { input: { canvasId: string; format: string } },
      ctx: Ctx,
    ) => {
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
