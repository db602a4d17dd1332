import { roleAtLeast, roleIn } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Resolvers } from '../generated/resolvers-types.ts';
import type { AnyCanvas } from './parents.ts';

type CanvasFieldResolvers = Pick<
  Resolvers,
  'Canvas' | 'EmbedViewerUsage' | 'Publication' | 'CanvasVersion' | 'Project' | 'CanvasActivity'
>;

const userRef = (id: string | null) => (id ? { __typename: 'User' as const, id } : null);

function notThroughShareLink(canvas: AnyCanvas, what: string): void {
  if (canvas.sharedVia) throw AppError.forbidden(`${what} are not available through a share link`);
}

export const canvasFields: CanvasFieldResolvers = {
  Canvas: {
    __resolveReference: async (ref, ctx) => (await ctx.services.canvases.get(ctx.identity, ref.id)).canvas,
    project: (canvas) => ({ __typename: 'Project' as const, id: canvas.projectId }),
    // Through a link: the latest publication's blocks as viewers read them, never the draft.
    blocks: (canvas, _, ctx) =>
      canvas.sharedVia ? (canvas.sharedBlocks ?? []) : ctx.services.documents.currentBlocks(canvas),
    createdBy: (canvas) => (canvas.sharedVia ? null : userRef(canvas.createdBy)),
    restorableUntil: (canvas, _, ctx) => ctx.services.canvases.restorableUntil(canvas),
    canEdit: (canvas, _, ctx) => {
      if (canvas.sharedVia || canvas.deletedAt) return false;
      const role = roleIn(ctx.identity.principal, canvas.organizationId);
      return role !== null && roleAtLeast(role, 'EDITOR');
    },
    lockedFilters: (canvas) => canvas.sharedVia?.lockedFilters ?? null,
    versions: (canvas, _, ctx) => {
      notThroughShareLink(canvas, 'Versions');
      ctx.services.access.organization(ctx.identity, canvas.organizationId, 'VIEWER', 'Canvas');
      return ctx.services.versions.listForCanvas(canvas);
    },
    // The parent canvas was loaded through the access check (canvas, Project.canvases, _entities).
    publication: async (canvas, _, ctx) => {
      if (canvas.sharedVia)
        return canvas.sharedPublication
          ? { ...canvas.sharedPublication, note: null, publishedBy: null }
          : null;
      return ctx.services.publications.latest(canvas);
    },
    published: async (canvas, _, ctx) => {
      if (canvas.sharedVia) return Boolean(canvas.sharedPublication);
      return (await ctx.services.publications.latest(canvas)) !== null;
    },
    publicationStatus: async (canvas, _, ctx) => {
      if (canvas.sharedVia) return null;
      // EDITOR on this canvas (membership or canvas grant); a VIEWER gets null with FORBIDDEN.
      await ctx.services.access.canvas(ctx.identity, canvas.id, 'EDITOR');
      return ctx.services.publications.status(canvas);
    },
    embedUsage: (canvas, args, ctx) => {
      notThroughShareLink(canvas, 'Usage figures');
      return ctx.services.shares.usage(ctx.identity, canvas, args.days ?? 30);
    },
    activity: (canvas, args, ctx) => {
      notThroughShareLink(canvas, 'Activity');
      return ctx.services.activity.list(ctx.identity, canvas, args.first ?? 30, args.after);
    },
    shareLinks: (canvas, args, ctx) => {
      notThroughShareLink(canvas, 'Share links');
      return ctx.services.shares.list(ctx.identity, canvas, args.includeRevoked ?? false);
    },
  },
  EmbedViewerUsage: {
    via: (usage) => (usage.via === 'signed' ? 'SIGNED_EMBED' : 'LINK'),
  },
  Publication: {
    blockIds: (publication) => publication.blocks.map((b) => b.id),
    publishedBy: (publication) => userRef(publication.publishedBy),
  },
  CanvasActivity: {
    actor: (item) => userRef(item.actorId),
    version: (item) => item.versionNumber,
  },
  CanvasVersion: {
    blocks: (version, _, ctx) => ctx.services.versions.blocksOf(version),
    createdBy: (version) => userRef(version.createdBy),
  },
  Project: {
    __resolveReference: (ref) => ({ id: ref.id }),
    canvases: (project, _, ctx) => ctx.services.canvases.listByProject(ctx.identity, project.id),
    deletedCanvases: (project, _, ctx) => ctx.services.canvases.listDeleted(ctx.identity, project.id),
  },
};
