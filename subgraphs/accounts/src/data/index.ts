import type { Pool } from '@tessera/db';
import { createApiKeysRepo } from './api-keys-repo.ts';
import { createAuditRepo } from './audit-repo.ts';
import { createLoginAttemptsRepo } from './login-attempts-repo.ts';
import { createOrganizationsRepo } from './organizations-repo.ts';
import { createSessionsRepo } from './sessions-repo.ts';
import { createSignUpRepo } from './sign-up-repo.ts';
import { createUsersRepo } from './users-repo.ts';

export * from './types.ts';
export type { AuditEntryInput, AuditEntryRow } from './audit-repo.ts';

export function createRepositories(pool: Pool) {
  return {
    pool,
    users: createUsersRepo(pool),
    sessions: createSessionsRepo(pool),
    loginAttempts: createLoginAttemptsRepo(pool),
    organizations: createOrganizationsRepo(pool),
    apiKeys: createApiKeysRepo(pool),
    signUps: createSignUpRepo(pool),
    audit: createAuditRepo(pool),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
