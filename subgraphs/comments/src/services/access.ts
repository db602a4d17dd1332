import { requireRole, requireScope, requireSignedIn, type Identity, type Role } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { CanvasDirectory, CanvasInfo } from '../clients/canvas-directory.ts';

/** read: READ scope for API keys; write: WRITE scope. Users act with every scope. */
export type Need = 'read' | 'write';

/**
 * The permission model (README "Permissions"): every member of the canvas's organization, VIEWER
 * included, reads and writes comments; anyone else (another tenant, a share-link viewer, an
 * anonymous caller) gets NOT_FOUND or UNAUTHENTICATED. Finer rules (author-only edits, who
 * resolves) are in the comment services.
 */
export function createAccess(canvases: CanvasDirectory) {
  function member(identity: Identity, organizationId: string, need: Need, what: string): Role {
    requireSignedIn(identity);
    requireScope(identity, need === 'read' ? 'READ' : 'WRITE');
    return requireRole(identity, organizationId, 'VIEWER', what);
  }

  return {
    member,
    /** NOT_FOUND unless the canvas exists and the caller belongs to its organization. */
    async canvas(
      identity: Identity,
      canvasId: string,
      need: Need,
    ): Promise<{ canvas: CanvasInfo; role: Role }> {
      requireSignedIn(identity);
      requireScope(identity, need === 'read' ? 'READ' : 'WRITE');
      const canvas = await canvases.canvas(canvasId);
      if (!canvas) throw AppError.notFound('Canvas');
      return { canvas, role: member(identity, canvas.organizationId, need, 'Canvas') };
    },
  };
}

export type Access = ReturnType<typeof createAccess>;

/** The user a write is attributed to: the signed-in user, or the creator of the API key. */
export function actorOf(identity: Identity): { userId: string; apiKeyId: string | null } {
  const principal = requireSignedIn(identity);
  return principal.kind === 'user'
    ? { userId: principal.userId, apiKeyId: null }
    : { userId: principal.createdBy, apiKeyId: principal.apiKeyId };
}
