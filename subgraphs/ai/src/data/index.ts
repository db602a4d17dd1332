import type { Pool } from '@tessera/db';
import { createAuditRepo } from './audit-repo.ts';
import { createConversationsRepo } from './conversations-repo.ts';
import { createInteractionsRepo } from './interactions-repo.ts';

export * from './types.ts';

export function createRepositories(pool: Pool) {
  return {
    interactions: createInteractionsRepo(pool),
    audit: createAuditRepo(pool),
    conversations: createConversationsRepo(pool),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
