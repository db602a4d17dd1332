import type { Pool } from '@tessera/db';
import { createCommentsRepo } from './comments-repo.ts';
import { createNotificationsRepo } from './notifications-repo.ts';

export * from './types.ts';
export type { CommentWrite, MentionChange } from './comments-repo.ts';
export type { NotificationFilter } from './notifications-repo.ts';

export function createRepositories(pool: Pool) {
  return {
    comments: createCommentsRepo(pool),
    notifications: createNotificationsRepo(pool),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
