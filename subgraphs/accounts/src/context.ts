import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import type { Repositories, UserRow } from './data/index.ts';
import type { AuthService } from './services/auth-service.ts';
import type { OrganizationService } from './services/organization-service.ts';
import type { PeopleService } from './services/people-service.ts';

export interface AccountsServices {
  repos: Repositories;
  auth: AuthService;
  organizations: OrganizationService;
  people: PeopleService;
}

export interface AccountsContext {
  identity: Identity;
  logger: Logger;
  services: AccountsServices;
  loaders: { user(id: string): Promise<UserRow | null> };
}

/** Batches user look-ups within one request (entity references arrive many at a time). */
export function createUserLoader(repos: Repositories): (id: string) => Promise<UserRow | null> {
  let pending: Map<string, ((user: UserRow | null) => void)[]> | null = null;
  const cache = new Map<string, Promise<UserRow | null>>();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const promise = new Promise<UserRow | null>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<string, ((user: UserRow | null) => void)[]>();
        pending = batch;
        queueMicrotask(() => {
          pending = null;
          repos.users.findByIds([...batch.keys()]).then((rows) => {
            const byId = new Map(rows.map((r) => [r.id, r]));
            for (const [key, waiters] of batch) for (const done of waiters) done(byId.get(key) ?? null);
          }, reject);
        });
      }
      const waiters = pending.get(id) ?? [];
      waiters.push(resolve);
      pending.set(id, waiters);
    });
    cache.set(id, promise);
    return promise;
  };
}
