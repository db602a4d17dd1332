import { requireUser, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { NotificationFilter, NotificationRow, Repositories } from '../data/index.ts';
import { decodeCursor, pageSize, toConnection, type Connection } from './pagination.ts';
import { isUuid } from './validation.ts';

export interface NotificationListArgs {
  first?: number | null;
  after?: string | null;
  unreadOnly?: boolean | null;
}

export type NotificationConnection = Connection<NotificationRow> & { unreadCount: () => Promise<number> };

/**
 * A signed-in user's own notifications, newest first. Only organizations the user still belongs
 * to count: after leaving one, its notifications are no longer listed or readable.
 */
export function createNotificationService(deps: { repos: Repositories }) {
  const { repos } = deps;

  function recipient(identity: Identity): { userId: string; organizationIds: string[] } {
    const user = requireUser(identity);
    return { userId: user.userId, organizationIds: user.memberships.map((m) => m.organizationId) };
  }

  async function own(identity: Identity, id: string): Promise<{ userId: string; row: NotificationRow }> {
    const { userId, organizationIds } = recipient(identity);
    const row = isUuid(id) ? await repos.notifications.find(userId, id) : null;
    if (!row || !organizationIds.includes(row.organizationId)) throw AppError.notFound('Notification');
    return { userId, row };
  }

  return {
    async list(identity: Identity, args: NotificationListArgs): Promise<NotificationConnection> {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after);
      const { userId, organizationIds } = recipient(identity);
      const filter: NotificationFilter = { userId, organizationIds, unreadOnly: args.unreadOnly ?? false };
      const rows = await repos.notifications.page(filter, after, limit + 1);
      return {
        ...toConnection(rows, limit, () => repos.notifications.count(filter)),
        unreadCount: () => repos.notifications.count({ ...filter, unreadOnly: true }),
      };
    },

    async get(identity: Identity, id: string): Promise<NotificationRow> {
      return (await own(identity, id)).row;
    },

    async markRead(identity: Identity, id: string): Promise<NotificationRow> {
      const { userId, row } = await own(identity, id);
      if (row.readAt) return row;
      return (await repos.notifications.markRead(userId, id)) ?? row;
    },

    /** Marks every unread notification read; answers how many changed. */
    async markAllRead(identity: Identity): Promise<number> {
      const { userId, organizationIds } = recipient(identity);
      return repos.notifications.markAllRead(userId, organizationIds);
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
