import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { z } from 'zod';
import { docFromProjection, setCanvasName, type BlockJson } from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import { TRASH_RETENTION_SECONDS, type CanvasRecord, type Repositories } from '../data/index.ts';
import { actorId, type Access } from './access.ts';
import { invalidInput } from './block-content.ts';
import type { Clock } from './clock.ts';
import type { Documents } from './documents.ts';
import { templateBlocks, templateId } from './templates.ts';

const nameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

export function validName(name: unknown, field = 'name'): string {
  const result = nameSchema.safeParse(name);
  if (!result.success)
    throw invalidInput('Invalid canvas name', [{ field, message: result.error.issues[0]!.message }]);
  return result.data;
}

export interface CanvasServiceDeps {
  repos: Repositories;
  access: Access;
  documents: Documents;
  clock: Clock;
  logger: Logger;
  demoSourceFor: (projectId: string) => Promise<string>;
}

export function createCanvasService({
  repos,
  access,
  documents,
  clock,
  logger,
  demoSourceFor,
}: CanvasServiceDeps) {
  const trashCutoff = () => new Date(clock.now().getTime() - TRASH_RETENTION_SECONDS * 1000);

  async function insert(input: {
    organizationId: string;
    projectId: string;
    name: string;
    blocks: BlockJson[];
    createdBy: string | null;
  }): Promise<CanvasRecord> {
    // A new canvas gets its Yjs state at once, so the document is never built from JSON later [D9].
    const doc = docFromProjection(input.blocks, { name: input.name });
    const yjsState = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return repos.canvases.insert({ id: randomUUID(), ...input, yjsState, createdAt: clock.now() });
  }

  return {
    async get(identity: Identity, id: string) {
      return access.canvas(identity, id, 'VIEWER');
    },

    async listByProject(identity: Identity, projectId: string): Promise<CanvasRecord[]> {
      await access.project(identity, projectId, 'VIEWER');
      return repos.canvases.listByProject(projectId, { deleted: false });
    },

    async listDeleted(identity: Identity, projectId: string): Promise<CanvasRecord[]> {
      await access.project(identity, projectId, 'VIEWER');
      return repos.canvases.listByProject(projectId, { deleted: true, since: trashCutoff() });
    },

    async create(
      identity: Identity,
      input: { projectId: string; name: string; template?: string | null },
    ): Promise<CanvasRecord> {
      const name = validName(input.name);
      const template = templateId(input.template);
      if (!template)
        throw AppError.badInput(
          'template',
          `Unknown template "${input.template}" (use "blank" or "sales-overview")`,
        );
      const organizationId = await access.project(identity, input.projectId, 'EDITOR');
      const blocks = await templateBlocks(template, { projectId: input.projectId, demoSourceFor });
      const canvas = await insert({
        organizationId,
        projectId: input.projectId,
        name,
        blocks,
        createdBy: actorId(identity),
      });
      logger.info({ canvasId: canvas.id, projectId: canvas.projectId, template }, 'canvas created');
      return canvas;
    },

    async rename(identity: Identity, id: string, rawName: string): Promise<CanvasRecord> {
      const name = validName(rawName);
      const { canvas } = await access.canvas(identity, id, 'EDITOR');
      const result = await documents.change(canvas, (doc) => setCanvasName(doc, name));
      // The live document stores its name later; lists read the stored name, so set it now too.
      if (result.live) await repos.canvases.setName(canvas.id, name);
      return { ...result.canvas, name, blocks: result.blocks };
    },

    async duplicate(identity: Identity, id: string, rawName?: string | null): Promise<CanvasRecord> {
      const { canvas } = await access.canvas(identity, id, 'EDITOR');
      const name =
        rawName === undefined || rawName === null
          ? `Copy of ${canvas.name}`.slice(0, 200)
          : validName(rawName);
      // Block ids are kept: sources, filter targets and text bindings stay valid in the copy.
      const copy = await insert({
        organizationId: canvas.organizationId,
        projectId: canvas.projectId,
        name,
        blocks: documents.currentBlocks(canvas),
        createdBy: actorId(identity),
      });
      logger.info({ canvasId: copy.id, from: canvas.id }, 'canvas duplicated');
      return copy;
    },

    async delete(identity: Identity, id: string): Promise<CanvasRecord> {
      const { canvas } = await access.canvas(identity, id, 'EDITOR');
      const deleted = await repos.canvases.softDelete(canvas.id, clock.now());
      if (!deleted) throw AppError.notFound('Canvas');
      logger.info({ canvasId: id }, 'canvas moved to the trash');
      return deleted;
    },

    async restore(identity: Identity, id: string): Promise<CanvasRecord> {
      const canvas = await access.deletedCanvas(identity, id);
      if (!canvas.deletedAt) return canvas;
      const restored = await repos.canvases.restore(canvas.id, trashCutoff());
      if (!restored)
        throw new AppError(
          'NOT_FOUND',
          'Canvas not found in the trash (deleted canvases can be restored for 30 days)',
        );
      logger.info({ canvasId: id }, 'canvas restored from the trash');
      return restored;
    },

    restorableUntil(canvas: CanvasRecord): Date | null {
      return canvas.deletedAt ? new Date(canvas.deletedAt.getTime() + TRASH_RETENTION_SECONDS * 1000) : null;
    },
  };
}

export type CanvasService = ReturnType<typeof createCanvasService>;
