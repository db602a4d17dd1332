import { withTenant, type Pool, type PoolClient } from '@tessera/db';
import { insertNotifications } from './notifications-repo.ts';
import { parameters, sortKeyOf } from './sql.ts';
import type {
  BlockCommentStats,
  CommentFilter,
  CommentRow,
  Keyset,
  NewComment,
  NewNotification,
  NotificationRow,
} from './types.ts';

// Replies carry their thread's resolution, hence the join to the parent (the thread's root).
const COLUMNS = `c.id, c.organization_id AS "organizationId", c.canvas_id AS "canvasId", c.block_id AS "blockId",
  c.parent_id AS "parentId", c.author_id AS "authorId", c.api_key_id AS "apiKeyId", c.body,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt",
  CASE WHEN c.parent_id IS NULL THEN c.resolved_at ELSE p.resolved_at END AS "resolvedAt",
  CASE WHEN c.parent_id IS NULL THEN c.resolved_by ELSE p.resolved_by END AS "resolvedBy",
  c.anchor, c.assignee_id AS "assigneeId",
  ${sortKeyOf('c')} AS "sortKey"`;
const FROM = 'comments.comments c LEFT JOIN comments.comments p ON p.id = c.parent_id';

export interface MentionChange {
  added: readonly string[];
  removed: readonly string[];
}

export interface CommentWrite {
  comment: CommentRow;
  notifications: NotificationRow[];
}

function conditions(
  organizationId: string,
  filter: CommentFilter,
  params: ReturnType<typeof parameters>,
): string {
  const clauses = [`c.organization_id = ${params.add(organizationId)}`];
  if (filter.canvasId !== undefined) clauses.push(`c.canvas_id = ${params.add(filter.canvasId)}`);
  if (filter.parentId !== undefined) clauses.push(`c.parent_id = ${params.add(filter.parentId)}::uuid`);
  if (filter.blockId != null) clauses.push(`c.block_id = ${params.add(filter.blockId)}`);
  if (filter.threadsOnly) clauses.push('c.parent_id IS NULL');
  if (!filter.includeResolved)
    clauses.push('(CASE WHEN c.parent_id IS NULL THEN c.resolved_at ELSE p.resolved_at END) IS NULL');
  return clauses.join(' AND ');
}

async function selectOne(client: PoolClient, id: string): Promise<CommentRow> {
  const { rows } = await client.query<CommentRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = $1`, [id]);
  return rows[0]!;
}

async function addMentions(
  client: PoolClient,
  organizationId: string,
  commentId: string,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  await client.query(
    `INSERT INTO comments.comment_mentions (comment_id, organization_id, user_id)
       SELECT $1, $2, u FROM unnest($3::uuid[]) AS u ON CONFLICT DO NOTHING`,
    [commentId, organizationId, userIds],
  );
}

/** Comments and their mentions: tenant data, always read and written inside withTenant(). */
export function createCommentsRepo(pool: Pool) {
  const inTenant = <T>(organizationId: string, fn: (client: PoolClient) => Promise<T>) =>
    withTenant(pool, { tenantId: organizationId }, fn);

  return {
    /** Comment id → organization, before the caller's membership is checked (definer function). */
    async organizationsOf(ids: readonly string[]): Promise<Map<string, string>> {
      const { rows } = await pool.query<{ id: string; organizationId: string }>(
        'SELECT id, organization_id AS "organizationId" FROM comments.comment_organizations($1::uuid[])',
        [ids],
      );
      return new Map(rows.map((r) => [r.id, r.organizationId]));
    },

    findByIds(organizationId: string, ids: readonly string[]): Promise<CommentRow[]> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<CommentRow>(
          `SELECT ${COLUMNS} FROM ${FROM} WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])`,
          [organizationId, ids],
        );
        return rows;
      });
    },

    /** Oldest first, keyset on (created_at, id): rows inserted later only ever append. */
    page(
      organizationId: string,
      filter: CommentFilter,
      after: Keyset | null,
      limit: number,
    ): Promise<CommentRow[]> {
      return inTenant(organizationId, async (client) => {
        const params = parameters();
        let where = conditions(organizationId, filter, params);
        if (after)
          where += ` AND (c.created_at, c.id) > (${params.add(after.sortKey)}::timestamptz, ${params.add(after.id)}::uuid)`;
        const { rows } = await client.query<CommentRow>(
          `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY c.created_at, c.id LIMIT ${params.add(limit)}`,
          params.values,
        );
        return rows;
      });
    },

    count(organizationId: string, filter: CommentFilter): Promise<number> {
      return inTenant(organizationId, async (client) => {
        const params = parameters();
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${FROM} WHERE ${conditions(organizationId, filter, params)}`,
          params.values,
        );
        return rows[0]?.n ?? 0;
      });
    },

    /** The first `limit` replies of many threads at once, with each thread's reply count. */
    firstReplies(
      organizationId: string,
      rootIds: readonly string[],
      limit: number,
    ): Promise<Map<string, { rows: CommentRow[]; total: number }>> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<CommentRow & { total: number }>(
          `SELECT * FROM (
             SELECT ${COLUMNS}, row_number() OVER w AS position, (count(*) OVER (PARTITION BY c.parent_id))::int AS total
               FROM ${FROM} WHERE c.organization_id = $1 AND c.parent_id = ANY($2::uuid[])
             WINDOW w AS (PARTITION BY c.parent_id ORDER BY c.created_at, c.id)
           ) r WHERE r.position <= $3 ORDER BY r."createdAt", r.id`,
          [organizationId, rootIds, limit],
        );
        const byRoot = new Map<string, { rows: CommentRow[]; total: number }>();
        for (const { total, position: _position, ...row } of rows as (CommentRow & {
          total: number;
          position: string;
        })[]) {
          const entry = byRoot.get(row.parentId!) ?? { rows: [], total };
          entry.rows.push(row);
          byRoot.set(row.parentId!, entry);
        }
        return byRoot;
      });
    },

    /** Comments not deleted, for a canvas's badge. */
    countLive(organizationId: string, canvasId: string): Promise<number> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM comments.comments WHERE organization_id = $1 AND canvas_id = $2 AND deleted_at IS NULL',
          [organizationId, canvasId],
        );
        return rows[0]?.n ?? 0;
      });
    },

    mentionsOf(organizationId: string, commentIds: readonly string[]): Promise<Map<string, string[]>> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<{ commentId: string; userId: string }>(
          'SELECT comment_id AS "commentId", user_id AS "userId" FROM comments.comment_mentions WHERE comment_id = ANY($1::uuid[]) ORDER BY user_id',
          [commentIds],
        );
        const byComment = new Map<string, string[]>();
        for (const r of rows) byComment.set(r.commentId, [...(byComment.get(r.commentId) ?? []), r.userId]);
        return byComment;
      });
    },

    /** The comment, its mentions and its notifications commit together. */
    create(
      comment: NewComment,
      mentioned: readonly string[],
      notify: readonly NewNotification[],
    ): Promise<CommentWrite> {
      return inTenant(comment.organizationId, async (client) => {
        await client.query(
          `INSERT INTO comments.comments (id, organization_id, canvas_id, block_id, parent_id, author_id, api_key_id, body, anchor, assignee_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            comment.id,
            comment.organizationId,
            comment.canvasId,
            comment.blockId,
            comment.parentId,
            comment.authorId,
            comment.apiKeyId,
            comment.body,
            comment.anchor ? JSON.stringify(comment.anchor) : null,
            comment.assigneeId,
          ],
        );
        await addMentions(client, comment.organizationId, comment.id, mentioned);
        const row = await selectOne(client, comment.id);
        return {
          comment: row,
          notifications: await insertNotifications(client, row, comment.authorId, notify),
        };
      });
    },

    /** New body; mentions follow it, and only newly mentioned members are notified. */
    edit(
      organizationId: string,
      id: string,
      body: string,
      change: MentionChange,
      notify: readonly NewNotification[],
      actorId: string,
    ): Promise<CommentWrite> {
      return inTenant(organizationId, async (client) => {
        await client.query(
          'UPDATE comments.comments SET body = $2, edited_at = clock_timestamp(), updated_at = clock_timestamp() WHERE id = $1',
          [id, body],
        );
        if (change.removed.length > 0) {
          await client.query(
            'DELETE FROM comments.comment_mentions WHERE comment_id = $1 AND user_id = ANY($2::uuid[])',
            [id, change.removed],
          );
        }
        await addMentions(client, organizationId, id, change.added);
        const row = await selectOne(client, id);
        return {
          comment: row,
          notifications: await insertNotifications(client, row, actorId, notify),
        };
      });
    },

    /** Keeps the row (and so the thread's shape and its replies); erases the text and mentions. */
    softDelete(organizationId: string, id: string): Promise<CommentRow> {
      return inTenant(organizationId, async (client) => {
        await client.query(
          `UPDATE comments.comments SET body = '', deleted_at = clock_timestamp(), updated_at = clock_timestamp()
            WHERE id = $1 AND deleted_at IS NULL`,
          [id],
        );
        await client.query('DELETE FROM comments.comment_mentions WHERE comment_id = $1', [id]);
        return selectOne(client, id);
      });
    },

    /** Distinct authors of a thread (its root and replies), for reply notifications. */
    threadAuthors(organizationId: string, rootId: string): Promise<string[]> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<{ authorId: string }>(
          `SELECT DISTINCT author_id AS "authorId" FROM comments.comments
            WHERE organization_id = $1 AND (id = $2 OR parent_id = $2) AND deleted_at IS NULL`,
          [organizationId, rootId],
        );
        return rows.map((r) => r.authorId);
      });
    },

    /**
     * Per block of a canvas (null = the canvas itself): comments not deleted in unresolved threads,
     * and comments by others created after the user's last-read marker for that block.
     */
    blockStats(organizationId: string, canvasId: string, userId: string): Promise<BlockCommentStats[]> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<BlockCommentStats>(
          `SELECT c.block_id AS "blockId",
                  (count(*) FILTER (WHERE (CASE WHEN c.parent_id IS NULL THEN c.resolved_at ELSE p.resolved_at END) IS NULL))::int AS "openCount",
                  (count(*) FILTER (WHERE c.author_id <> $3 AND (r.read_at IS NULL OR c.created_at > r.read_at)))::int AS "unreadCount"
             FROM ${FROM}
             LEFT JOIN comments.comment_reads r
               ON r.user_id = $3 AND r.canvas_id = c.canvas_id AND r.block_key = coalesce(c.block_id, '')
            WHERE c.organization_id = $1 AND c.canvas_id = $2 AND c.deleted_at IS NULL
            GROUP BY c.block_id ORDER BY c.block_id NULLS FIRST`,
          [organizationId, canvasId, userId],
        );
        return rows;
      });
    },

    /** Moves the user's last-read marker of one block (null = the canvas) to now. */
    markRead(
      organizationId: string,
      canvasId: string,
      blockId: string | null,
      userId: string,
    ): Promise<void> {
      return inTenant(organizationId, async (client) => {
        await client.query(
          `INSERT INTO comments.comment_reads (organization_id, user_id, canvas_id, block_key)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, canvas_id, block_key) DO UPDATE SET read_at = clock_timestamp()`,
          [organizationId, userId, canvasId, blockId ?? ''],
        );
      });
    },

    /** Resolves (resolvedBy set) or reopens (null) a thread, by its root. */
    setResolved(organizationId: string, rootId: string, resolvedBy: string | null): Promise<void> {
      return inTenant(organizationId, async (client) => {
        await client.query(
          `UPDATE comments.comments SET resolved_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE clock_timestamp() END,
             resolved_by = $2::uuid, updated_at = clock_timestamp()
           WHERE id = $1 AND parent_id IS NULL`,
          [rootId, resolvedBy],
        );
      });
    },
  };
}

export type CommentsRepo = ReturnType<typeof createCommentsRepo>;
