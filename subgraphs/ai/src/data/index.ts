import type { Pool } from '@tessera/db';
import { createAuditRepo } from './audit-repo.ts';
import { createInteractionsRepo } from './interactions-repo.ts';

export * from './types.ts';

export function createRepositories(pool: Pool) {
  return {
    interactions: createInteractionsRepo(pool),
    audit: createAuditRepo(pool),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
