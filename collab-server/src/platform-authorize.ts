import { canvasGrantRole, roleAtLeast, roleIn, type Principal, type Role } from '@tessera/auth';
import type { CanvasStore } from '@tessera/canvases/live';
import { CloseCode } from '@tessera/canvas-model/collab';
import { accessFor, type Authorize } from './auth.ts';

export interface CollabAuthDeps {
  /** The accounts subgraph (its origin serves /internal/authenticate and /internal/users/<id>). */
  accountsUrl: string;
  internalSecret: string;
  store: Pick<CanvasStore, 'canvasInfo'>;
}

/**
 * Whether a token is a share-link token (audience tessera-share) or a signed embed (a `canvas`
 * claim): both show a canvas's publication, never its live document. Read without verifying: the
 * answer is "refused" either way, and an access token never carries either claim.
 */
function isViewerLinkToken(token: string): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      aud?: unknown;
      canvas?: unknown;
    };
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    return audiences.includes('tessera-share') || typeof claims.canvas === 'string';
  } catch {
    return false;
  }
}

/**
 * Who may open a canvas room, and how: access tokens go through the accounts service (sessions,
 * memberships); EDITOR and above write, VIEWER reads. Share-link tokens and signed embeds are
 * refused (4403): they open the latest publication, never the live draft. A canvas of another
 * organization is "unknown" (4404), like one that does not exist.
 */
export function createCollabAuthorize(deps: CollabAuthDeps): Authorize {
  const origin = new URL(deps.accountsUrl).origin;
  const headers = { 'content-type': 'application/json', 'x-internal-secret': deps.internalSecret };

  /**
   * The token's principal, or null when accounts rejects the token (its answer carries an error).
   * Accounts being unreachable or failing throws instead: the collab server then keeps open
   * connections as they are (periodic re-authorization) rather than signing everyone out.
   */
  async function principalOf(token: string): Promise<Principal | null> {
    const response = await fetch(`${origin}/internal/authenticate`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ token }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`accounts /internal/authenticate answered ${response.status}`);
    return ((await response.json()) as { principal?: Principal }).principal ?? null;
  }

  // Display names change rarely; re-authorization asks every interval, so keep them a few minutes.
  const names = new Map<string, { name: string; until: number }>();
  async function nameOf(userId: string): Promise<string> {
    const known = names.get(userId);
    if (known && known.until > Date.now()) return known.name;
    const response = await fetch(`${origin}/internal/users/${userId}`, {
      headers,
      signal: AbortSignal.timeout(5_000),
    }).catch(() => null);
    if (!response?.ok) return known?.name ?? 'Member';
    const { name } = (await response.json()) as { name: string };
    names.delete(userId);
    names.set(userId, { name, until: Date.now() + 5 * 60_000 });
    if (names.size > 10_000) names.delete(names.keys().next().value!);
    return name;
  }

  return async ({ token, canvasId }) => {
    // A share or embed link never reaches the draft: viewers get the publication through GraphQL.
    if (isViewerLinkToken(token))
      return {
        ok: false,
        code: CloseCode.Forbidden,
        reason: 'Links show the published canvas, not the live document',
      };
    const principal = await principalOf(token);
    if (!principal || principal.kind === 'anonymous')
      return { ok: false, code: CloseCode.Unauthenticated, reason: 'Sign in again' };
    if (principal.kind !== 'user')
      return { ok: false, code: CloseCode.Forbidden, reason: 'Live editing needs a signed-in user' };
    const canvas = await deps.store.canvasInfo(canvasId);
    // A canvas grant (shareCanvas) opens this one canvas live; the higher of membership and grant wins, as in canvases.
    const role = canvas
      ? higherRole(
          roleIn(principal, canvas.organizationId),
          canvasGrantRole(principal, canvasId, canvas.organizationId),
        )
      : null;
    if (!canvas || !role) return { ok: false, code: CloseCode.UnknownCanvas, reason: 'Unknown canvas' };
    return {
      ok: true,
      user: { id: principal.userId, name: await nameOf(principal.userId) },
      access: accessFor({ role }),
    };
  };
}

function higherRole(member: Role | null, granted: Role | null): Role | null {
  if (!member || !granted) return member ?? granted;
  return roleAtLeast(member, granted) ? member : granted;
}
