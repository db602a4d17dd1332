/** Block types of the GraphQL contract (`enum BlockType`). */
export const BLOCK_TYPES = ['SQL', 'CHART', 'TABLE', 'TEXT', 'METRIC', 'FILTER'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** Content keys stored as Y.Text so concurrent typing merges [R3]. */
export const TEXT_FIELDS = ['sql', 'markdown'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Names of the document roots [R1]. */
export const ROOT_BLOCKS = 'blocks';
export const ROOT_META = 'meta';

export interface Position {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block as GraphQL returns it (`type Block`), and as the projection stores it [R7]. */
export interface BlockJson {
  id: string;
  type: BlockType;
  position: Position;
  content: Record<string, unknown>;
}

/** The JSON projection of a canvas's blocks, written beside the Yjs state [R7]. */
export type BlocksProjection = BlockJson[];

export interface NewBlock {
  /** Generated (UUID) when absent. */
  id?: string;
  type: BlockType;
  position: Position;
  content?: Record<string, unknown>;
}

export interface BlockPatch {
  type?: BlockType;
  position?: Position;
  /** Merged per key; `null` deletes a key [R10]. */
  content?: Record<string, unknown>;
}

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value);
}

export function isTextField(key: string): key is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(key);
}

export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return [p.x, p.y, p.w, p.h].every((n) => Number.isInteger(n));
}
