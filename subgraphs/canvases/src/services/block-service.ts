import { randomUUID } from 'node:crypto';
import {
  addBlock,
  blockNameOf,
  blocksOf,
  isBlockType,
  projectBlock,
  projectBlocks,
  referenceUpdatesForRename,
  removeBlock,
  uniqueBlockName,
  updateBlock,
  type BlockJson,
  type BlockType,
} from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import { actorId, type Access } from './access.ts';
import { entriesFor, type RecordActivity } from './activity/activity-service.ts';
import { invalidInput, mergeContent, validateBlockContent, validatePosition } from './block-content.ts';
import type { Documents } from './documents.ts';

export interface AddBlockInput {
  canvasId: string;
  type: string;
  position: unknown;
  content: unknown;
}

/**
 * One block of a wired set (addWired): its position is relative to the first free row below the
 * canvas's blocks; `sourceBlockId: "#<index>"` and `{{#<index>.field}}` in markdown name an
 * earlier block of the same set; each block gets a name no other block has (R30).
 */
export interface WiredBlockInput {
  type: string;
  position: unknown;
  content: unknown;
}

/** At most this many blocks per wired set (askCanvas adds SQL, chart and text). */
export const MAX_WIRED_BLOCKS = 8;
const SET_REFERENCE = /^#(\d{1,2})$/;
/** `{{#0.revenue}}` in a set's markdown: a binding to an earlier block of the set. */
const SET_BINDING = /\{\{\s*#(\d{1,2})\./g;

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
export function createBlockService({
  access,
  documents,
  record = async () => undefined,
}: {
  access: Access;
  documents: Documents;
  /** The activity feed (issue 22): who added, edited or removed which block. */
  record?: RecordActivity;
}) {
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
      await record(entriesFor(canvas, actorId(identity), [id], [], [value]));
      return value;
    },

    /**
     * Adds blocks that read each other in one change (the canvas assistant's answer), below the
     * canvas's blocks. EDITOR. An empty set only checks that the caller may edit the canvas.
     */
    async addWired(
      identity: Identity,
      canvasId: string,
      inputs: WiredBlockInput[],
    ): Promise<{ canvas: { id: string; organizationId: string; projectId: string }; blocks: BlockJson[] }> {
      if (inputs.length > MAX_WIRED_BLOCKS)
        throw invalidInput('Too many blocks', [
          { field: 'blocks', message: `must hold at most ${MAX_WIRED_BLOCKS} blocks` },
        ]);
      const specs = inputs.map((input, index) => {
        if (!isBlockType(input.type))
          throw invalidInput('Invalid block', [
            { field: `blocks.${index}.type`, message: 'is not a block type' },
          ]);
        const content = input.content;
        if (typeof content !== 'object' || content === null || Array.isArray(content))
          throw invalidInput('Invalid block', [
            { field: `blocks.${index}.content`, message: 'must be a JSON object' },
          ]);
        return {
          type: input.type as BlockType,
          position: validatePosition(input.position, `blocks.${index}.position`),
          content: content as Record<string, unknown>,
        };
      });
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      const where = { id: canvas.id, organizationId: canvas.organizationId, projectId: canvas.projectId };
      if (specs.length === 0) return { canvas: where, blocks: [] };
      const { value } = await documents.change(canvas, (doc) => {
        const existing = projectBlocks(doc);
        const top = existing.reduce((bottom, b) => Math.max(bottom, b.position.y + b.position.h), 0);
        const ids = specs.map(() => randomUUID());
        // Every block is checked (against the canvas and the set's earlier blocks) before any is added.
        const planned: BlockJson[] = [];
        specs.forEach((spec, index) => {
          let content = spec.content;
          const reference =
            typeof content.sourceBlockId === 'string' ? SET_REFERENCE.exec(content.sourceBlockId) : null;
          if (reference) {
            const target = Number(reference[1]);
            if (target >= index)
              throw invalidInput('Invalid block', [
                {
                  field: `blocks.${index}.content.sourceBlockId`,
                  message: 'must name an earlier block of the set',
                },
              ]);
            content = { ...content, sourceBlockId: ids[target] };
          }
          if (typeof content.markdown === 'string')
            content = {
              ...content,
              markdown: content.markdown.replace(SET_BINDING, (whole, target: string) =>
                Number(target) < index ? `{{${ids[Number(target)]}.` : whole,
              ),
            };
          const others = [...existing, ...planned];
          // Every block of the set gets a name no other block has [R30] (bindings and people use it).
          const base = blockNameOf({ id: ids[index]!, type: spec.type, content });
          content = { ...content, name: uniqueBlockName(base, others) };
          const checked = validateBlockContent(spec.type, content, others);
          const position = { ...spec.position, y: Math.min(100_000, top + spec.position.y) };
          planned.push({ id: ids[index]!, type: spec.type, position, content: checked });
        });
        for (const block of planned) addBlock(doc, block);
        return ids.map((id) => projectBlock(doc, id)!);
      });
      return { canvas: where, blocks: value };
    },

    async update(identity: Identity, input: UpdateBlockInput): Promise<BlockJson> {
      const hasPosition = input.position !== undefined && input.position !== null;
      const hasContent = input.content !== undefined && input.content !== null;
      if (!hasPosition && !hasContent)
        throw invalidInput('Nothing to update', [{ field: 'content', message: 'or position is required' }]);
      const position = hasPosition ? validatePosition(input.position) : undefined;
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      let before: BlockJson | null = null;
      const { value } = await documents.change(canvas, (doc) => {
        const current = projectBlock(doc, input.blockId);
        if (!current) throw AppError.notFound('Block');
        before = current;
        if (hasContent) {
          const merged = mergeContent(current.content, input.content);
          const others = projectBlocks(doc).filter((b) => b.id !== current.id);
          validateBlockContent(current.type, merged, others);
          // A renamed SQL block stays read by the blocks that named it (canvas-model R35).
          const renamed = blockNameOf({ ...current, content: merged });
          if (current.type === 'SQL' && renamed !== blockNameOf(current))
            for (const { id, sql } of referenceUpdatesForRename(blockNameOf(current), renamed, [
              current,
              ...others,
            ]))
              updateBlock(doc, id, { content: { sql } });
        }
        updateBlock(doc, current.id, {
          ...(position ? { position } : {}),
          ...(hasContent ? { content: input.content as Record<string, unknown> } : {}),
        });
        return projectBlock(doc, current.id)!;
      });
      if (before) await record(entriesFor(canvas, actorId(identity), [value.id], [before], [value]));
      return value;
    },

    async remove(identity: Identity, canvasId: string, blockId: string): Promise<boolean> {
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      const { value: removed } = await documents.change(canvas, (doc) => {
        if (!blocksOf(doc).has(blockId)) throw AppError.notFound('Block');
        const block = projectBlock(doc, blockId);
        removeBlock(doc, blockId);
        return block;
      });
      if (removed) await record(entriesFor(canvas, actorId(identity), [blockId], [removed], []));
      return true;
    },
  };
}

export type BlockService = ReturnType<typeof createBlockService>;
