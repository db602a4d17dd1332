import { AppError } from '@tessera/errors';
import { DateTimeScalar } from '@tessera/service-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';

const user = (id: string) => ({ id });
const canvas = (id: string) => ({ id });

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    comments: (_, args, ctx) => ctx.services.comments.list(ctx, args.canvasId, args),
    comment: (_, args, ctx) => ctx.services.comments.get(ctx, args.id),
    notifications: (_, args, ctx) => ctx.services.notifications.list(ctx.identity, args),
    notification: (_, args, ctx) => ctx.services.notifications.get(ctx.identity, args.id),
    commentStats: (_, args, ctx) => ctx.services.comments.blockStats(ctx, args.canvasId),
  },
  Mutation: {
    addComment: (_, args, ctx) => ctx.services.comments.add(ctx, args.input),
    resolveComment: (_, args, ctx) => ctx.services.comments.setResolved(ctx, args.id, true),
    reopenComment: (_, args, ctx) => ctx.services.comments.setResolved(ctx, args.id, false),
    editComment: (_, args, ctx) => ctx.services.comments.edit(ctx, args.id, args.body),
    deleteComment: (_, args, ctx) => ctx.services.comments.remove(ctx, args.id),
    markNotificationRead: (_, args, ctx) => ctx.services.notifications.markRead(ctx.identity, args.id),
    markAllNotificationsRead: (_, __, ctx) => ctx.services.notifications.markAllRead(ctx.identity),
    markCommentsRead: (_, args, ctx) => ctx.services.comments.markRead(ctx, args.canvasId, args.blockId),
  },
  Comment: {
    __resolveReference: (ref, ctx) => ctx.services.comments.get(ctx, ref.id),
    author: (c) => user(c.authorId),
    canvas: (c) => canvas(c.canvasId),
    resolved: (c) => c.resolvedAt !== null,
    resolvedBy: (c) => (c.resolvedBy ? user(c.resolvedBy) : null),
    deleted: (c) => c.deletedAt !== null,
    replies: (c, args, ctx) => ctx.services.comments.replies(ctx, c, args),
    mentions: async (c, _, ctx) => (await ctx.services.comments.mentions(ctx, c)).map(user),
    anchor: (c) => (c.deletedAt ? null : c.anchor),
    assignee: (c) => (c.assigneeId ? user(c.assigneeId) : null),
  },
  Canvas: {
    // Authorization happens per field: each one checks the caller against the canvas's organization.
    __resolveReference: (ref) => ({ id: ref.id }),
    comments: (c, args, ctx) => ctx.services.comments.list(ctx, c.id, args),
    commentCount: (c, _, ctx) => ctx.services.comments.countOnCanvas(ctx, c.id),
    commentStats: (c, _, ctx) => ctx.services.comments.blockStats(ctx, c.id),
  },
  Notification: {
    __resolveReference: (ref, ctx) => ctx.services.notifications.get(ctx.identity, ref.id),
    actor: (n) => user(n.actorId),
    // The recipient belongs to the notification's organization (checked when it was listed or read).
    comment: async (n, _, ctx) => {
      const comment = await ctx.loaders.comment({ organizationId: n.organizationId, id: n.commentId });
      if (!comment) throw AppError.notFound('Comment');
      return comment;
    },
    canvas: (n) => canvas(n.canvasId),
    read: (n) => n.readAt !== null,
  },
};
