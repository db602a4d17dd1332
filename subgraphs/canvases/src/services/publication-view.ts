// What a publication holds and what its viewers see: which blocks are published by default, the
// blocks they need to run (kept server-side), the content a viewer may read, and how the working
// canvas differs from the publication. Pure functions; the publication service stores the result.
import {
  blockReferencesIn,
  chainPlan,
  readFilter,
  resultBlockOf,
  type BlockJson,
} from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';

export const MAX_PUBLISHED_BLOCKS = 500;

/** A block worth publishing by default: one with something to show (not an empty draft). */
export function hasContent(block: BlockJson, blocks: readonly BlockJson[] = []): boolean {
  const c = block.content;
  const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
  switch (block.type) {
    case 'SQL':
      // A block that reads other blocks needs no data source (canvas-model R36).
      return (
        text(c.sql) &&
        (typeof c.dataSourceId === 'string' || blockReferencesIn(c.sql as string, blocks).length > 0)
      );
    case 'TEXT':
      return text(c.markdown);
    case 'FILTER':
      return readFilter(block) !== null;
    default:
      return typeof c.sourceBlockId === 'string';
  }
}

/** The blocks to publish, in canvas order: the chosen ids (each on the canvas) or every block with content. */
export function chooseBlocks(
  blocks: readonly BlockJson[],
  blockIds: readonly string[] | null | undefined,
): BlockJson[] {
  if (blockIds === null || blockIds === undefined) {
    const chosen = blocks.filter((b) => hasContent(b, blocks));
    if (chosen.length === 0)
      throw AppError.badInput('blockIds', 'The canvas has no block with content to publish');
    return chosen;
  }
  if (blockIds.length === 0) throw AppError.badInput('blockIds', 'Choose at least one block to publish');
  if (blockIds.length > MAX_PUBLISHED_BLOCKS)
    throw AppError.badInput('blockIds', `At most ${MAX_PUBLISHED_BLOCKS} blocks can be published`);
  const wanted = new Set(blockIds);
  const missing = [...wanted].filter((id) => !blocks.some((b) => b.id === id));
  if (missing.length > 0)
    throw AppError.badInput('blockIds', `Not a block of this canvas: ${missing.slice(0, 5).join(', ')}`);
  return blocks.filter((b) => wanted.has(b.id));
}

/** The SQL block a published block runs: its own SQL, the SQL block it reads, or a FILTER's option source. */
export function runSourceOf(block: BlockJson, blocks: readonly BlockJson[]): BlockJson | null {
  if (block.type === 'FILTER') {
    const from = readFilter(block)?.optionsFrom?.sourceBlockId;
    return from ? (blocks.find((b) => b.id === from && b.type === 'SQL') ?? null) : null;
  }
  return resultBlockOf(block, blocks);
}

/**
 * Unpublished blocks the published ones need: the SQL blocks they read (run with their stored SQL,
 * never shown), the SQL blocks those read in a chain (canvas-model R36: they run server-side, their
 * SQL and results never reach viewers) and every FILTER (its default still applies to the SQL it
 * targets, as in the editor).
 */
export function supportBlocks(chosen: readonly BlockJson[], blocks: readonly BlockJson[]): BlockJson[] {
  const published = new Set(chosen.map((b) => b.id));
  const needed = new Set<string>();
  for (const block of chosen) {
    const source = runSourceOf(block, blocks);
    if (!source) continue;
    const plan = chainPlan(source, blocks);
    for (const sqlBlock of plan.ok ? plan.order : [source])
      if (!published.has(sqlBlock.id)) needed.add(sqlBlock.id);
  }
  return blocks.filter((b) => !published.has(b.id) && (needed.has(b.id) || b.type === 'FILTER'));
}

/** Content keys never shown to viewers: data source ids are internal; SQL text only with showCode. */
const HIDDEN_KEYS = new Set(['dataSourceId']);
const CODE_KEYS = new Set(['sql', 'parameters']);

/** A published block as a viewer reads it (share links, embeds). */
export function viewerBlock(block: BlockJson, showCode: boolean): BlockJson {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block.content)) {
    if (HIDDEN_KEYS.has(key)) continue;
    if (CODE_KEYS.has(key) && !showCode) continue;
    content[key] = value;
  }
  return { id: block.id, type: block.type, position: block.position, content };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export type PublicationChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';
export interface PublicationChange {
  blockId: string;
  type: BlockJson['type'];
  kind: PublicationChangeKind;
  title: string | null;
}

const titleOf = (block: BlockJson): string | null =>
  typeof block.content.title === 'string'
    ? block.content.title
    : typeof block.content.name === 'string'
      ? block.content.name
      : typeof block.content.label === 'string'
        ? block.content.label
        : null;

type Position = BlockJson['position'];
const sharesColumns = (a: Position, b: Position) => a.x < b.x + b.w && b.x < a.x + a.w;

/**
 * Published blocks whose place changed: another column or width, or another order top to bottom
 * against a block in the same columns. Heights, and the push-down of blocks under one that grew,
 * are not: editors' views grow blocks to fit their content at their own window width.
 */
function relaidOut(published: readonly BlockJson[], now: ReadonlyMap<string, BlockJson>): Set<string> {
  const moved = new Set<string>();
  const pairs = published.flatMap((b) => {
    const current = now.get(b.id);
    return current ? [{ id: b.id, before: b.position, after: current.position }] : [];
  });
  for (const p of pairs) {
    if (p.before.x !== p.after.x || p.before.w !== p.after.w) moved.add(p.id);
  }
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const a = pairs[i]!;
      const b = pairs[j]!;
      if (!sharesColumns(a.before, b.before) || !sharesColumns(a.after, b.after)) continue;
      if (Math.sign(a.before.y - b.before.y) !== Math.sign(a.after.y - b.after.y)) {
        moved.add(a.id);
        moved.add(b.id);
      }
    }
  }
  return moved;
}

const withoutPlace = (block: BlockJson) => canonical({ ...block, id: undefined, position: undefined });

/**
 * How the working canvas differs from a publication: published blocks changed (content, type, or
 * place — see relaidOut) or removed, and blocks added to the canvas since. Blocks that were on the
 * canvas and left out on purpose are not changes.
 */
export function publicationChanges(
  current: readonly BlockJson[],
  publication: { blocks: readonly BlockJson[]; canvasBlockIds: readonly string[] },
): PublicationChange[] {
  const now = new Map(current.map((b) => [b.id, b]));
  const known = new Set(publication.canvasBlockIds);
  const changes: PublicationChange[] = [];
  const moved = relaidOut(publication.blocks, now);
  for (const published of publication.blocks) {
    const block = now.get(published.id);
    if (!block)
      changes.push({
        blockId: published.id,
        type: published.type,
        kind: 'REMOVED',
        title: titleOf(published),
      });
    else if (moved.has(block.id) || withoutPlace(block) !== withoutPlace(published))
      changes.push({ blockId: block.id, type: block.type, kind: 'CHANGED', title: titleOf(block) });
  }
  for (const block of current) {
    if (!known.has(block.id))
      changes.push({ blockId: block.id, type: block.type, kind: 'ADDED', title: titleOf(block) });
  }
  return changes;
}
