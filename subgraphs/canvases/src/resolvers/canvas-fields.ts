import { roleAtLeast, roleIn } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { BlockJson } from '@tessera/canvas-model';
import type { CanvasesContext } from '../context.ts';
import type { CanvasRecord, EmbedUsageRecord, PublicationRecord, VersionRecord } from '../data/index.ts';
import type { SharedCanvasView } from '../services/share-service.ts';

type CanvasParent = CanvasRecord &
  Partial<Pick<SharedCanvasView, 'sharedVia' | 'sharedPublication' | 'sharedBlocks'>>;

const userRef = (id: string | null) => (id ? { __typename: 'User', id } : null);

function notThroughShareLink(canvas: CanvasParent, what: string): void {
  if (canvas.sharedVia) throw AppError.forbidden(`${what} are not available through a share link`);
}

export const canvasFields = {
  Canvas: {
    __resolveReference: async (ref: { id: string }, ctx: CanvasesContext) =>
      (await ctx.services.canvases.get(ctx.identity, ref.id)).canvas,
    project: (canvas: CanvasParent) => ({ __typename: 'Project', id: canvas.projectId }),
    // Through a link: the latest publication's blocks as viewers read them, never the draft.
    blocks: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext): BlockJson[] =>
      canvas.sharedVia ? (canvas.sharedBlocks ?? []) : ctx.services.documents.currentBlocks(canvas),
    createdBy: (canvas: CanvasParent) => (canvas.sharedVia ? null : userRef(canvas.createdBy)),
    restorableUntil: (canvas: CanvasParent, _: unknown, ctx: CanvasesContext) =>
      ctx.services.canvases.restorableUntil(canvas),
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
    // The parent canvas was loaded through the access check (canvas, Project.canvases, _entities).
    publication: async (
      canvas: CanvasParent,
      _: unknown,
      ctx: CanvasesContext,
    ): Promise<PublicationRecord | null> => {
      if (canvas.sharedVia)
        return canvas.sharedPublication
          ? { ...canvas.sharedPublication, note: null, publishedBy: null }
          : null;
      return ctx.services.publications.latest(canvas);
    },
    published: async (canvas: CanvasParent, _: unknown, ctx: CanvasesContext): Promise<boolean> => {
      if (canvas.sharedVia)
        return canvas.sharedPublication !== null && canvas.sharedPublication !== undefined;
      return (await ctx.services.publications.latest(canvas)) !== null;
    },
    publicationStatus: async (canvas: CanvasParent, _: unknown, ctx: CanvasesContext) => {
      if (canvas.sharedVia) return null;
      // EDITOR on this canvas (membership or canvas grant); a VIEWER gets null with FORBIDDEN.
      await ctx.services.access.canvas(ctx.identity, canvas.id, 'EDITOR');
      return ctx.services.publications.status(canvas);
    },
    embedUsage: (canvas: CanvasParent, args: { days?: number | null }, ctx: CanvasesContext) => {
      notThroughShareLink(canvas, 'Usage figures');
      return ctx.services.shares.usage(ctx.identity, canvas, args.days ?? 30);
    },
    shareLinks: (canvas: CanvasParent, args: { includeRevoked?: boolean | null }, ctx: CanvasesContext) => {
      notThroughShareLink(canvas, 'Share links');
      return ctx.services.shares.list(ctx.identity, canvas, args.includeRevoked ?? false);
    },
  },
  EmbedViewerUsage: {
    via: (usage: EmbedUsageRecord) => (usage.via === 'signed' ? 'SIGNED_EMBED' : 'LINK'),
  },
  Publication: {
    blockIds: (publication: PublicationRecord) => publication.blocks.map((b) => b.id),
    publishedBy: (publication: PublicationRecord) => userRef(publication.publishedBy),
  },
  CanvasVersion: {
    blocks: (version: VersionRecord, _: unknown, ctx: CanvasesContext) =>
      ctx.services.versions.blocksOf(version),
    createdBy: (version: VersionRecord) => userRef(version.createdBy),
  },
  Project: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    canvases: (project: { id: string }, _: unknown, ctx: CanvasesContext) =>
      ctx.services.canvases.listByProject(ctx.identity, project.id),
    deletedCanvases: (project: { id: string }, _: unknown, ctx: CanvasesContext) =>
      ctx.services.canvases.listDeleted(ctx.identity, project.id),
  },
};
