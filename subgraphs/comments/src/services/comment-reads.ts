import { requireSignedIn } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { BlockCommentStats, CommentFilter, CommentRow, Repositories } from '../data/index.ts';
import { actorOf, type Access } from './access.ts';
import type { RequestScope } from './loaders.ts';
import { decodeCursor, pageSize, toConnection, type Connection } from './pagination.ts';
import { blockIdSchema, isUuid, validate } from './validation.ts';

export interface CommentListArgs {
  first?: number | null;
  after?: string | null;
  blockId?: string | null;
  includeResolved?: boolean | null;
  threadsOnly?: boolean | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function createCommentReads(deps: { repos: Repositories; access: Access }) {
  const { repos, access } = deps;

  return {
    /** A canvas's comments, oldest first; every member of its organization may read them. */
    async list(
      scope: RequestScope,
      canvasId: string,
      args: CommentListArgs,
    ): Promise<Connection<CommentRow>> {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after);
      const { canvas } = await access.canvas(scope.identity, canvasId, 'read');
      const filter: CommentFilter = {
        canvasId: canvas.id,
        blockId: args.blockId ?? null,
        includeResolved: args.includeResolved ?? true,
        threadsOnly: args.threadsOnly ?? false,
      };
      const rows = await repos.comments.page(canvas.organizationId, filter, after, limit + 1);
      return toConnection(rows, limit, () => repos.comments.count(canvas.organizationId, filter));
    },

    /** Comments on the canvas that are not deleted. */
    async countOnCanvas(scope: RequestScope, canvasId: string): Promise<number> {
      const { canvas } = await access.canvas(scope.identity, canvasId, 'read');
      return repos.comments.countLive(canvas.organizationId, canvas.id);
    },

    /** Per block of the canvas: open comments, and those the caller has not read yet. */
    async blockStats(scope: RequestScope, canvasId: string): Promise<BlockCommentStats[]> {
      const { canvas } = await access.canvas(scope.identity, canvasId, 'read');
      const { userId } = actorOf(scope.identity);
      return repos.comments.blockStats(canvas.organizationId, canvas.id, userId);
    },

    /** The caller has read the comments of one block (null: the canvas's own); answers the new stats. */
    async markRead(
      scope: RequestScope,
      canvasId: string,
      blockId: string | null | undefined,
    ): Promise<BlockCommentStats> {
      const block = validate(blockIdSchema.nullish(), blockId) ?? null;
      const { canvas } = await access.canvas(scope.identity, canvasId, 'read');
      const { userId } = actorOf(scope.identity);
      await repos.comments.markRead(canvas.organizationId, canvas.id, block, userId);
      const stats = await repos.comments.blockStats(canvas.organizationId, canvas.id, userId);
      return stats.find((s) => s.blockId === block) ?? { blockId: block, openCount: 0, unreadCount: 0 };
    },

    /** NOT_FOUND unless the comment exists in one of the caller's organizations. */
    async get(scope: RequestScope, id: string): Promise<CommentRow> {
      requireSignedIn(scope.identity);
      const organizationId = isUuid(id) ? await scope.loaders.commentOrganization(id) : undefined;
      if (!organizationId) throw AppError.notFound('Comment');
      access.member(scope.identity, organizationId, 'read', 'Comment');
      const row = await scope.loaders.comment({ organizationId, id });
      if (!row) throw AppError.notFound('Comment');
      return row;
    },

    /** Replies of a comment the caller has already been allowed to see. */
    async replies(scope: RequestScope, comment: CommentRow, args: PageArgs): Promise<Connection<CommentRow>> {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after);
      const { organizationId } = comment;
      if (!after) {
        const page = await scope.loaders.firstReplies({ organizationId, id: comment.id, first: limit });
        const total = page?.total ?? 0;
        return toConnection(page?.rows ?? [], limit, async () => total);
      }
      const filter: CommentFilter = { parentId: comment.id, includeResolved: true, threadsOnly: false };
      const rows = await repos.comments.page(organizationId, filter, after, limit + 1);
      return toConnection(rows, limit, () => repos.comments.count(organizationId, filter));
    },

    /** Members the comment mentions (mentions of non-members are never recorded). */
    async mentions(scope: RequestScope, comment: CommentRow): Promise<string[]> {
      if (comment.deletedAt) return [];
      return (await scope.loaders.mentions({ organizationId: comment.organizationId, id: comment.id })) ?? [];
    },
  };
}
