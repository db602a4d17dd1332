import { roleAtLeast, roleIn } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { BlockJson } from '@tessera/canvas-model';
import type { CanvasesContext } from '../context.ts';
import type { CanvasRecord, VersionRecord } from '../data/index.ts';
import { withLockedFilters } from '../services/filter-parameters.ts';
import type { SharedCanvasView } from '../services/share-service.ts';

type CanvasParent = CanvasRecord & Partial<Pick<SharedCanvasView, 'sharedVia'>>;

const userRef = (id: string | null) => (id ? { __typename: 'User', id } : null);

function notThroughShareLink(canvas: CanvasParent, what: string): void {
  if (canvas.sharedVia) throw AppError.forbidden(`${what} are not available through a share link`);
}

export const canvasFields = {
  Canvas: {
    __resolveReference: async (ref: { id: string }, ctx: CanvasesContext) => (await ctx.services.canvases.get(ctx.identity, ref.id)).canvas,
    project: (canvas: CanvasParent) => ({ __typename: 'Project', id: canvas.projectId }),
    blocks: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext): BlockJson[] => {
      const blocks = ctx.services.documents.currentBlocks(canvas);
      return canvas.sharedVia ? withLockedFilters(blocks, canvas.sharedVia.lockedFilters) : blocks;
    },
    createdBy: (canvas: CanvasParent) => (canvas.sharedVia ? null : userRef(canvas.createdBy)),
    restorableUntil: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext) => ctx.services.canvases.restorableUntil(canvas),
    canEdit: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext) => {
      if (canvas.sharedVia || canvas.deletedAt) return false;
      const role = roleIn(ctx.identity.principal, canvas.organizationId);
      return role !== null && roleAtLeast(role, 'EDITOR');
    },
    lockedFilters: (canvas: CanvasParent) => canvas.sharedVia?.lockedFilters ?? null,
    versions: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext) => {
      notThroughShareLink(canvas, 'Versions');
      ctx.services.access.organization(ctx.identity, canvas.organizationId, 'VIEWER', 'Canvas');
      return ctx.services.versions.listForCanvas(canvas);
    },
    shareLinks: (canvas: CanvasParent, args: { includeRevoked?: boolean | null }, ctx: CanvasesContext) => {
      notThroughShareLink(canvas, 'Share links');
      return ctx.services.shares.list(ctx.identity, canvas, args.includeRevoked ?? false);
    },
  },
  CanvasVersion: {
    blocks: (version: VersionRecord, _: unknown, ctx: CanvasesContext) => ctx.services.versions.blocksOf(version),
    createdBy: (version: VersionRecord) => userRef(version.createdBy),
  },
  Project: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    canvases: (project: { id: string }, _: unknown, ctx: CanvasesContext) => ctx.services.canvases.listByProject(ctx.identity, project.id),
    deletedCanvases: (project: { id: string }, _: unknown, ctx: CanvasesContext) => ctx.services.canvases.listDeleted(ctx.identity, project.id),
  },
};
