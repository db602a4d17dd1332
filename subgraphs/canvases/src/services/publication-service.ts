import { randomUUID } from 'node:crypto';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, PublicationRecord, Repositories } from '../data/index.ts';
import { actorId, type Access } from './access.ts';
import type { Clock } from './clock.ts';
import type { Documents } from './documents.ts';
import {
  chooseBlocks,
  publicationChanges,
  supportBlocks,
  type PublicationChange,
} from './publication-view.ts';

export const MAX_NOTE_CHARS = 1_000;

export interface PublishInput {
  canvasId: string;
  blockIds?: string[] | null;
  showCode?: boolean | null;
  note?: string | null;
}

export interface PublicationStatusView {
  version: number;
  publishedAt: Date;
  changesSince: number;
  changes: PublicationChange[];
}

export function createPublicationService({
  repos,
  access,
  documents,
  clock,
  logger,
}: {
  repos: Repositories;
  access: Access;
  documents: Documents;
  clock: Clock;
  logger: Logger;
}) {
  return {
    /** EDITOR and above: snapshots the chosen blocks as the next numbered publication. */
    async publish(identity: Identity, input: PublishInput): Promise<PublicationRecord> {
      const note = input.note?.trim() || null;
      if (note && note.length > MAX_NOTE_CHARS)
        throw AppError.badInput('note', `The note is at most ${MAX_NOTE_CHARS} characters`);
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      // What is stored (or live) now: the same blocks the editors see.
      const blocks = documents.currentBlocks(canvas);
      const chosen = chooseBlocks(blocks, input.blockIds);
      const publication = await repos.publications.insertNext({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        canvasName: canvas.name,
        blocks: chosen,
        support: supportBlocks(chosen, blocks),
        canvasBlockIds: blocks.map((b) => b.id),
        showCode: input.showCode ?? false,
        note,
        publishedBy: actorId(identity),
        publishedAt: clock.now(),
      });
      logger.info(
        {
          canvasId: canvas.id,
          publicationId: publication.id,
          version: publication.version,
          blocks: chosen.length,
        },
        'canvas published',
      );
      return publication;
    },

    latest(canvas: CanvasRecord): Promise<PublicationRecord | null> {
      return repos.publications.latest(canvas.id);
    },

    /** The latest publication and what changed on the working canvas since (null: never published). */
    async status(canvas: CanvasRecord): Promise<PublicationStatusView | null> {
      const publication = await repos.publications.latest(canvas.id);
      if (!publication) return null;
      const changes = publicationChanges(documents.currentBlocks(canvas), publication);
      return {
        version: publication.version,
        publishedAt: publication.publishedAt,
        changesSince: changes.length,
        changes,
      };
    },
  };
}

export type PublicationService = ReturnType<typeof createPublicationService>;
