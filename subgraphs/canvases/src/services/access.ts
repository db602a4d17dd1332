import type { ProjectDirectory } from '@tessera/accounts-client';
import {
  canvasGrantRole,
  requireRole,
  requireScope,
  requireSignedIn,
  roleAtLeast,
  roleIn,
  type Identity,
  type Role,
} from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { CanvasRecord, Repositories } from '../data/index.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The higher of a membership role and a canvas grant's role (either may be absent). */
function bestRole(member: Role | null, granted: Role | null): Role | null {
  if (!member || !granted) return member ?? granted;
  return roleAtLeast(member, granted) ? member : granted;
}

export interface CanvasAccess {
  canvas: CanvasRecord;
  role: Role;
}

/**
 * The permission model (README, rules 1-8): membership roles come from the gateway-signed
 * identity; VIEWER reads, EDITOR and above write; API keys act as VIEWER (READ) or EDITOR
 * (WRITE); a non-member gets NOT_FOUND, exactly like a canvas that does not exist.
 * A canvas grant (shareCanvas) opens that one canvas to its grantee with the granted role; it
 * never opens the canvas's project, its sources, its trash or the organization's other canvases.
 */
export function createAccess(deps: { repos: Repositories; directory: ProjectDirectory }) {
  const { repos, directory } = deps;

  function scopeFor(identity: Identity, minimum: Role): void {
    requireScope(identity, minimum === 'VIEWER' ? 'READ' : 'WRITE');
  }

  return {
    /** A live (not deleted) canvas the caller holds at least `minimum` on. */
    async canvas(identity: Identity, id: string, minimum: Role): Promise<CanvasAccess> {
      requireSignedIn(identity);
      scopeFor(identity, minimum);
      const canvas = UUID.test(id) ? await repos.canvases.find(id) : null;
      if (!canvas || canvas.deletedAt) throw AppError.notFound('Canvas');
      const role = bestRole(
        roleIn(identity.principal, canvas.organizationId),
        canvasGrantRole(identity.principal, canvas.id, canvas.organizationId),
      );
      if (!role) throw AppError.notFound('Canvas');
      if (!roleAtLeast(role, minimum)) throw AppError.forbidden(`Requires the ${minimum} role or above`);
      return { canvas, role };
    },

    /** A canvas in the trash (for restoreCanvas). */
    async deletedCanvas(identity: Identity, id: string): Promise<CanvasRecord> {
      requireSignedIn(identity);
      scopeFor(identity, 'EDITOR');
      const canvas = UUID.test(id) ? await repos.canvases.find(id) : null;
      if (!canvas) throw AppError.notFound('Canvas');
      requireRole(identity, canvas.organizationId, 'EDITOR', 'Canvas');
      return canvas;
    },

    /** The organization of a project the caller holds at least `minimum` in. */
    async project(identity: Identity, projectId: string, minimum: Role): Promise<string> {
      requireSignedIn(identity);
      scopeFor(identity, minimum);
      const organizationId = await directory.organizationOf(projectId);
      if (!organizationId) throw AppError.notFound('Project');
      requireRole(identity, organizationId, minimum, 'Project');
      return organizationId;
    },

    /** Running a canvas's saved SQL: VIEWER and above; API keys also need QUERY_RUN. */
    async runner(identity: Identity, canvasId: string): Promise<CanvasAccess> {
      const access = await this.canvas(identity, canvasId, 'VIEWER');
      requireScope(identity, 'QUERY_RUN');
      return access;
    },

    /** Checks a role on an organization the caller must belong to (share links, versions). */
    organization(identity: Identity, organizationId: string, minimum: Role, what: string): Role {
      requireSignedIn(identity);
      scopeFor(identity, minimum);
      return requireRole(identity, organizationId, minimum, what);
    },
  };
}

export type Access = ReturnType<typeof createAccess>;

/** The user behind a principal, recorded as author (API keys: null). */
export function actorId(identity: Identity): string | null {
  return identity.principal.kind === 'user' ? identity.principal.userId : null;
}
