import type { Role } from '@tessera/auth';
import { internalGet } from './internal-http.ts';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

/** An organization's active members: accounts' GET /internal/organizations/<id>/members. */
export interface MemberDirectory {
  members(organizationId: string): Promise<Member[]>;
}

/** Not cached: a mention must not notify someone removed a moment ago. */
export function createMemberDirectory(options: {
  accountsUrl: string;
  internalSecret: string;
}): MemberDirectory {
  return {
    async members(organizationId) {
      const body = await internalGet<{ members: Member[] }>(
        options.accountsUrl,
        `/internal/organizations/${encodeURIComponent(organizationId)}/members`,
        options.internalSecret,
        'accounts',
      );
      return (body?.members ?? []).filter((m) => typeof m.userId === 'string' && m.userId.length > 0);
    },
  };
}
