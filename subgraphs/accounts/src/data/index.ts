import type { Pool } from '@tessera/db';
import type { SecretBox } from '@tessera/secret-box';
import { createApiKeysRepo } from './api-keys-repo.ts';
import { createAuditRepo } from './audit-repo.ts';
import { createCanvasGrantsRepo } from './canvas-grants-repo.ts';
import { createEmbeddingSecretsRepo } from './embedding-secrets-repo.ts';
import { createInvitationsRepo } from './invitations-repo.ts';
import { createLoginAttemptsRepo } from './login-attempts-repo.ts';
import { createOrganizationsRepo } from './organizations-repo.ts';
import { createSessionsRepo } from './sessions-repo.ts';
import { createSignUpRepo } from './sign-up-repo.ts';
import { createUsersRepo } from './users-repo.ts';

export * from './types.ts';
export type { AuditEntryInput, AuditEntryRow } from './audit-repo.ts';
export type { CanvasGrantRole, CanvasGrantRow } from './canvas-grants-repo.ts';
export type { InvitationRow } from './invitations-repo.ts';
export { sealStoredSecrets } from './embedding-secrets-repo.ts';

/** `secretBox` seals the secrets accounts must read back (embedding secrets). */
export function createRepositories(pool: Pool, secretBox: SecretBox) {
  return {
    pool,
    users: createUsersRepo(pool),
    sessions: createSessionsRepo(pool),
    loginAttempts: createLoginAttemptsRepo(pool),
    organizations: createOrganizationsRepo(pool),
    apiKeys: createApiKeysRepo(pool),
    signUps: createSignUpRepo(pool),
    audit: createAuditRepo(pool),
    invitations: createInvitationsRepo(pool),
    canvasGrants: createCanvasGrantsRepo(pool),
    embeddingSecrets: createEmbeddingSecretsRepo(pool, secretBox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
