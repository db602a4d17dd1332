import { DateTimeScalar } from '@tessera/service-kit';
import type { CommentsContext } from '../context.ts';
import type { CommentRow, NotificationRow } from '../data/index.ts';
import type { CommentListArgs, PageArgs } from '../services/comment-reads.ts';
import type { NotificationListArgs } from '../services/notification-service.ts';

const user = (id: string) => ({ __typename: 'User', id });
const canvas = (id: string) => ({ __typename: 'Canvas', id });

export const resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    comments: (_: unknown, args: CommentListArgs & { canvasId: string }, ctx: CommentsContext) =>
      ctx.services.comments.list(ctx, args.canvasId, args),
    comment: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.comments.get(ctx, args.id),
    notifications: (_: unknown, args: NotificationListArgs, ctx: CommentsContext) =>
      ctx.services.notifications.list(ctx.identity, args),
    notification: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.notifications.get(ctx.identity, args.id),
  },
  Mutation: {
    addComment: (_: unknown, args: { input: unknown }, ctx: CommentsContext) =>
      ctx.services.comments.add(ctx, args.input),
    resolveComment: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.comments.setResolved(ctx, args.id, true),
    reopenComment: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.comments.setResolved(ctx, args.id, false),
    editComment: (_: unknown, args: { id: string; body: string }, ctx: CommentsContext) =>
      ctx.services.comments.edit(ctx, args.id, args.body),
    deleteComment: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.comments.remove(ctx, args.id),
    markNotificationRead: (_: unknown, args: { id: string }, ctx: CommentsContext) =>
      ctx.services.notifications.markRead(ctx.identity, args.id),
    markAllNotificationsRead: (_: unknown, __: unknown, ctx: CommentsContext) =>
      ctx.services.notifications.markAllRead(ctx.identity),
  },
  Comment: {
    __resolveReference: (ref: { id: string }, ctx: CommentsContext) => ctx.services.comments.get(ctx, ref.id),
    author: (c: CommentRow) => user(c.authorId),
    canvas: (c: CommentRow) => canvas(c.canvasId),
    resolved: (c: CommentRow) => c.resolvedAt !== null,
    resolvedBy: (c: CommentRow) => (c.resolvedBy ? user(c.resolvedBy) : null),
    deleted: (c: CommentRow) => c.deletedAt !== null,
    replies: (c: CommentRow, args: PageArgs, ctx: CommentsContext) =>
      ctx.services.comments.replies(ctx, c, args),
    mentions: async (c: CommentRow, _: unknown, ctx: CommentsContext) =>
      (await ctx.services.comments.mentions(ctx, c)).map(user),
  },
  Canvas: {
    // Authorization happens per field: each one checks the caller against the canvas's organization.
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    comments: (c: { id: string }, args: CommentListArgs, ctx: CommentsContext) =>
      ctx.services.comments.list(ctx, c.id, args),
    commentCount: (c: { id: string }, _: unknown, ctx: CommentsContext) =>
      ctx.services.comments.countOnCanvas(ctx, c.id),
  },
  Notification: {
    __resolveReference: (ref: { id: string }, ctx: CommentsContext) =>
      ctx.services.notifications.get(ctx.identity, ref.id),
    actor: (n: NotificationRow) => user(n.actorId),
    // The recipient belongs to the notification's organization (checked when it was listed or read).
    comment: (n: NotificationRow, _: unknown, ctx: CommentsContext) =>
      ctx.loaders.comment({ organizationId: n.organizationId, id: n.commentId }),
    canvas: (n: NotificationRow) => canvas(n.canvasId),
    read: (n: NotificationRow) => n.readAt !== null,
  },
};
