// Block names [R30] and duplicates [R31]. A name is how bindings and people refer to a block
// (`{{revenue_by_month.total}}`); the title is what the header shows.
import { bindingSlug } from './bindings.ts';
import { freeParameterName } from './blocks/filter.ts';
import type { BlockJson, Position } from './document/types.ts';
import { BLOCK_KINDS } from './registry.ts';

/** A block name: lower-case identifier, at most 63 characters [R30]. */
export const BLOCK_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

type Named = Pick<BlockJson, 'id' | 'type' | 'content'>;

/** A title as a name: `Revenue by month` → `revenue_by_month`; a leading digit gets `_` [R30]. */
export function nameFromTitle(title: string): string {
  const slug = bindingSlug(title).slice(0, 63);
  if (!slug) return '';
  return /^[0-9]/.test(slug) ? `_${slug}`.slice(0, 63) : slug;
}

/** The name of a block: `content.name` when it is one, else its title's, else its kind's [R30]. */
export function blockNameOf(block: Named): string {
  const { name, title, label } = block.content;
  if (typeof name === 'string' && BLOCK_NAME.test(name)) return name;
  const fromTitle =
    typeof title === 'string' ? nameFromTitle(title) : typeof label === 'string' ? nameFromTitle(label) : '';
  return fromTitle || nameFromTitle(BLOCK_KINDS[block.type].title);
}

/** `base` when no other block is named so, else `base_2`, `base_3`, … [R30]. */
export function uniqueBlockName(base: string, blocks: readonly Named[], exceptId?: string): string {
  const used = new Set(blocks.filter((b) => b.id !== exceptId).map(blockNameOf));
  const root = BLOCK_NAME.test(base) ? base : nameFromTitle(base) || 'block';
  if (!used.has(root)) return root;
  const stem = root.replace(/_\d+$/, '');
  let n = 2;
  while (used.has(`${stem}_${n}`)) n++;
  return `${stem}_${n}`;
}

/** Why `name` cannot name block `id` on this canvas, or null when it can [R30]. */
export function blockNameIssue(name: string, blocks: readonly Named[], id: string): string | null {
  if (!BLOCK_NAME.test(name))
    return 'Use lower-case letters, digits and _ (not starting with a digit), at most 63 characters';
  if (blocks.some((b) => b.id !== id && blockNameOf(b) === name))
    return `Another block is already named ${name}`;
  return null;
}

/** Title of a copy: `Sales` → `Sales (copy)`, `Sales (copy)` → `Sales (copy 2)`, … [R31]. */
export function copyTitle(title: string, blocks: readonly Named[]): string {
  const base = title.replace(/ \(copy(?: \d+)?\)$/, '');
  const titles = new Set(blocks.map((b) => b.content.title));
  let candidate = `${base} (copy)`;
  for (let n = 2; titles.has(candidate); n++) candidate = `${base} (copy ${n})`;
  return candidate;
}

/**
 * A copy of `block`, placed by the caller: same type and size, same content but a copy's title, a
 * unique name and (FILTER) a free parameter, so the copy never changes what other blocks read [R31].
 */
export function duplicateOf(
  block: BlockJson,
  blocks: readonly BlockJson[],
): { type: BlockJson['type']; size: Pick<Position, 'w' | 'h'>; content: Record<string, unknown> } {
  const content: Record<string, unknown> = structuredClone(block.content);
  const title =
    typeof content.title === 'string' && content.title.trim()
      ? content.title
      : typeof content.label === 'string' && content.label.trim()
        ? content.label
        : BLOCK_KINDS[block.type].title;
  content.title = copyTitle(title, blocks);
  content.name = uniqueBlockName(blockNameOf(block), blocks);
  if (block.type === 'FILTER' && typeof content.parameter === 'string')
    content.parameter = freeParameterName(blocks, content.parameter.replace(/_\d+$/, ''));
  return { type: block.type, size: { w: block.position.w, h: block.position.h }, content };
}
