import { withTenant, type Pool, type PoolClient } from '@tessera/db';
import { parameters, sortKeyOf } from './sql.ts';
import type { CommentRow, Keyset, NewNotification, NotificationRow } from './types.ts';

const COLUMNS = `n.id, n.organization_id AS "organizationId", n.user_id AS "userId", n.kind, n.comment_id AS "commentId",
  n.canvas_id AS "canvasId", n.actor_id AS "actorId", n.created_at AS "createdAt", n.read_at AS "readAt",
  ${sortKeyOf('n')} AS "sortKey"`;

export interface NotificationFilter {
  userId: string;
  /** Only notifications from these organizations (the recipient's current memberships). */
  organizationIds: readonly string[];
  unreadOnly: boolean;
}

/** Inserts the comment's notifications in its transaction (the organization's context). */
export async function insertNotifications(
  client: PoolClient,
  comment: CommentRow,
  actorId: string,
  recipients: readonly NewNotification[],
): Promise<NotificationRow[]> {
  if (recipients.length === 0) return [];
  const { rows } = await client.query<NotificationRow>(
    `INSERT INTO comments.notifications AS n (id, organization_id, user_id, kind, comment_id, canvas_id, actor_id)
       SELECT r.id, $1, r.user_id, r.kind, $2, $3, $4 FROM unnest($5::uuid[], $6::uuid[], $7::text[]) AS r(id, user_id, kind)
     RETURNING ${COLUMNS}`,
    [
      comment.organizationId,
      comment.id,
      comment.canvasId,
      actorId,
      recipients.map((r) => r.id),
      recipients.map((r) => r.userId),
      recipients.map((r) => r.kind),
    ],
  );
  return rows;
}

/** A user's own notifications: read in the user's context (RLS: recipient only), newest first. */
export function createNotificationsRepo(pool: Pool) {
  const asUser = <T>(userId: string, fn: (client: PoolClient) => Promise<T>) =>
    withTenant(pool, { tenantId: null, userId }, fn);

  function conditions(filter: NotificationFilter, params: ReturnType<typeof parameters>): string {
    const clauses = [
      `n.user_id = ${params.add(filter.userId)}`,
      `n.organization_id = ANY(${params.add(filter.organizationIds)}::uuid[])`,
    ];
    if (filter.unreadOnly) clauses.push('n.read_at IS NULL');
    return clauses.join(' AND ');
  }

  return {
    page(filter: NotificationFilter, after: Keyset | null, limit: number): Promise<NotificationRow[]> {
      return asUser(filter.userId, async (client) => {
        const params = parameters();
        let where = conditions(filter, params);
        if (after)
          where += ` AND (n.created_at, n.id) < (${params.add(after.sortKey)}::timestamptz, ${params.add(after.id)}::uuid)`;
        const { rows } = await client.query<NotificationRow>(
          `SELECT ${COLUMNS} FROM comments.notifications n WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT ${params.add(limit)}`,
          params.values,
        );
        return rows;
      });
    },
    count(filter: NotificationFilter): Promise<number> {
      return asUser(filter.userId, async (client) => {
        const params = parameters();
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM comments.notifications n WHERE ${conditions(filter, params)}`,
          params.values,
        );
        return rows[0]?.n ?? 0;
      });
    },
    find(userId: string, id: string): Promise<NotificationRow | null> {
      return asUser(userId, async (client) => {
        const { rows } = await client.query<NotificationRow>(
          `SELECT ${COLUMNS} FROM comments.notifications n WHERE n.id = $1 AND n.user_id = $2`,
          [id, userId],
        );
        return rows[0] ?? null;
      });
    },
    markRead(userId: string, id: string): Promise<NotificationRow | null> {
      return asUser(userId, async (client) => {
        const { rows } = await client.query<NotificationRow>(
          `UPDATE comments.notifications n SET read_at = COALESCE(n.read_at, clock_timestamp())
            WHERE n.id = $1 AND n.user_id = $2 RETURNING ${COLUMNS}`,
          [id, userId],
        );
        return rows[0] ?? null;
      });
    },
    markAllRead(userId: string, organizationIds: readonly string[]): Promise<number> {
      return asUser(userId, async (client) => {
        const result = await client.query(
          'UPDATE comments.notifications SET read_at = clock_timestamp() WHERE user_id = $1 AND organization_id = ANY($2::uuid[]) AND read_at IS NULL',
          [userId, organizationIds],
        );
        return result.rowCount ?? 0;
      });
    },
  };
}

export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;
