import { randomUUID } from 'node:crypto';
import {
  addBlock,
  blocksOf,
  isBlockType,
  projectBlock,
  projectBlocks,
  removeBlock,
  updateBlock,
  type BlockJson,
  type BlockType,
} from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Access } from './access.ts';
import { invalidInput, mergeContent, validateBlockContent, validatePosition } from './block-content.ts';
import type { Documents } from './documents.ts';

export interface AddBlockInput {
  canvasId: string;
  type: string;
  position: unknown;
  content: unknown;
}

export interface UpdateBlockInput {
  canvasId: string;
  blockId: string;
  position?: unknown;
  content?: unknown;
}

/**
 * Block mutations: validated (per type, and against the other blocks), then applied to the
 * canvas document as Yjs changes, on the live document when there is one.
 */
export function createBlockService({ access, documents }: { access: Access; documents: Documents }) {
  return {
    async add(identity: Identity, input: AddBlockInput): Promise<BlockJson> {
      if (!isBlockType(input.type))
        throw invalidInput('Invalid block', [{ field: 'type', message: 'is not a block type' }]);
      const type: BlockType = input.type;
      const position = validatePosition(input.position);
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      const id = randomUUID();
      const { value } = await documents.change(canvas, (doc) => {
        const content = validateBlockContent(type, input.content, projectBlocks(doc));
        addBlock(doc, { id, type, position, content });
        return projectBlock(doc, id)!;
      });
      return value;
    },

    async update(identity: Identity, input: UpdateBlockInput): Promise<BlockJson> {
      const hasPosition = input.position !== undefined && input.position !== null;
      const hasContent = input.content !== undefined && input.content !== null;
      if (!hasPosition && !hasContent)
        throw invalidInput('Nothing to update', [{ field: 'content', message: 'or position is required' }]);
      const position = hasPosition ? validatePosition(input.position) : undefined;
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      const { value } = await documents.change(canvas, (doc) => {
        const current = projectBlock(doc, input.blockId);
        if (!current) throw AppError.notFound('Block');
        if (hasContent) {
          const merged = mergeContent(current.content, input.content);
          const others = projectBlocks(doc).filter((b) => b.id !== current.id);
          validateBlockContent(current.type, merged, others);
        }
        updateBlock(doc, current.id, {
          ...(position ? { position } : {}),
          ...(hasContent ? { content: input.content as Record<string, unknown> } : {}),
        });
        return projectBlock(doc, current.id)!;
      });
      return value;
    },

    async remove(identity: Identity, canvasId: string, blockId: string): Promise<boolean> {
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      await documents.change(canvas, (doc) => {
        if (!blocksOf(doc).has(blockId)) throw AppError.notFound('Block');
        removeBlock(doc, blockId);
      });
      return true;
    },
  };
}

export type BlockService = ReturnType<typeof createBlockService>;
