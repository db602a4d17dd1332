export const ROLES = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const API_SCOPES = ['READ', 'WRITE', 'QUERY_RUN'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface MembershipClaim {
  organizationId: string;
  role: Role;
}

/**
 * One canvas shared with a person by email (shareCanvas), usually someone outside the canvas's
 * organization: it opens that canvas only, never its project, sources or other canvases.
 */
export interface CanvasGrantClaim {
  canvasId: string;
  organizationId: string;
  role: 'EDITOR' | 'VIEWER';
}

export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      sessionId: string;
      memberships: MembershipClaim[];
      canvasGrants?: CanvasGrantClaim[];
    }
  | { kind: 'apiKey'; apiKeyId: string; organizationId: string; scopes: ApiScope[]; createdBy: string };

/**
 * Who is asking, as established once by the gateway and forwarded (signed) to every subgraph.
 * Subgraphs trust nothing else about the caller.
 */
export interface Identity {
  requestId: string;
  ip?: string;
  principal: Principal;
}

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The header that carries the signed identity from the gateway to subgraphs. */
export const IDENTITY_HEADER = 'x-tessera-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Published by the accounts service on the event bus when a principal's access changes: a session
 * ends (log out, refresh-token reuse), a member is removed, a member's role is set (an invitation
 * of an existing user, which may also lower a role), an API key is revoked, a canvas is shared
 * with a person or unshared. Whoever keeps
 * principals for a while (the gateway's principal cache) drops them on it.
 */
export const PRINCIPALS_CHANGED_TOPIC = 'accounts.principalsChanged';

export type PrincipalChange =
  | { reason: 'session-ended'; userId: string; sessionId: string }
  | { reason: 'member-removed'; userId: string; organizationId: string }
  | { reason: 'member-role-set'; userId: string; organizationId: string }
  | { reason: 'canvas-access-changed'; canvasId: string; organizationId: string }
  | { reason: 'api-key-revoked'; apiKeyId: string; organizationId: string };
