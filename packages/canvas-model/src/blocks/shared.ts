// Zod pieces shared by the block kinds [R12]. Objects are loose: keys a schema does not name (UI
// state written by the live editor) are kept, named keys are checked.
import { z } from 'zod';
import { MAX_BLOCK_TEXT_CHARS } from '../document/limits.ts';
import type { BlockJson, BlockType, Position } from '../document/types.ts';

export const TEXT_LIMIT = `must be at most ${MAX_BLOCK_TEXT_CHARS.toLocaleString('en')} characters`;
export const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

/** SQL parameter and FILTER parameter names [R22]. */
export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** `build()`'s value, built on the first call and kept. */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * A schema built on first use (not while the package loads: loading it is on the web app's
 * critical path, and most pages never validate). Reads of its properties and calls of its methods
 * go to the built schema, so it validates exactly as the schema `build` returns.
 */
export function lazySchema<T extends object>(build: () => T): T {
  const schema = once(build);
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    has: (_target, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

export const blockIdSchema = once(() =>
  z.string({ error: 'must be a block id' }).min(1, 'must be a block id').max(128),
);
export const fieldNameSchema = once(() =>
  z.string({ error: 'must be a column name' }).min(1, 'must be a column name').max(256),
);
export const titleSchema = once(() => z.string().max(200).optional());
export const primitiveSchema = once(() =>
  z.union([z.string().max(1000), z.number(), z.boolean()], {
    error: 'must be a string, number or boolean',
  }),
);

/** What one block depends on or provides [R14]. */
export type Dependency = { kind: 'result'; blockId: string } | { kind: 'parameter'; name: string };

/** What a new block of a kind starts from [R13]. */
export interface NewBlockContext {
  /** The blocks already on the canvas. */
  blocks: readonly BlockJson[];
  /** Data sources of the canvas's project, first one preferred. */
  dataSources: readonly { id: string }[];
}

export interface BlockKind {
  type: BlockType;
  /** What the editor calls a block of this kind (the add menu, untitled blocks). */
  title: string;
  /** Validates `content` [R12]. */
  schema: z.ZodType<Record<string, unknown>>;
  /** Grid size of a new block [R13]. */
  defaultSize: Pick<Position, 'w' | 'h'>;
  /** Content keys kept as Y.Text [R3]. */
  textFields: readonly ('sql' | 'markdown')[];
  /** Content of a new block [R13]. */
  newContent(context: NewBlockContext): Record<string, unknown>;
  /** Results and parameters the block reads [R14]. */
  reads(content: Record<string, unknown>): Dependency[];
  /** Results and parameters the block provides [R14]. */
  writes(block: Pick<BlockJson, 'id' | 'content'>): Dependency[];
}

/** `content.sourceBlockId` as a dependency, for the kinds that show a SQL block's result. */
export function readsSource(content: Record<string, unknown>): Dependency[] {
  return typeof content.sourceBlockId === 'string'
    ? [{ kind: 'result', blockId: content.sourceBlockId }]
    : [];
}

/** The last SQL block of a canvas, the source a new result-backed block starts with [R13]. */
export function lastSqlBlockId(blocks: readonly BlockJson[]): string | null {
  const sql = blocks.filter((b) => b.type === 'SQL');
  return sql[sql.length - 1]?.id ?? null;
}

/** One problem with an input, named by its path (`content.chartType`, `filters.region`). */
export interface FieldIssue {
  field: string;
  message: string;
}

export function zodIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
