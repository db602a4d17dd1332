// What the publish dialog starts from and says, as pure functions (tested).
import type { BlockJson } from '@tessera/canvas-model';

export interface PublishedState {
  blockIds: readonly string[];
}

export interface Change {
  blockId: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
}

/** A block with nothing to show yet: an empty SQL statement, empty text, a chart reading nothing. */
export function isEmptyBlock(block: BlockJson): boolean {
  const c = block.content;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  switch (block.type) {
    case 'SQL':
      return !text(c.sql) && !text(c.runSql);
    case 'TEXT':
      return !text(c.markdown);
    case 'CHART':
    case 'TABLE':
    case 'METRIC':
      return typeof c.sourceBlockId !== 'string';
    case 'FILTER':
      return typeof c.parameter !== 'string';
    default:
      return false;
  }
}

/**
 * The blocks checked when the dialog opens: never published → every block with content; else
 * what was published (still on the canvas) plus the blocks added since, so republishing keeps
 * the editor's earlier choice and offers what is new.
 */
export function defaultSelection(
  blocks: readonly BlockJson[],
  published: PublishedState | null,
  changes: readonly Change[],
): Set<string> {
  const withContent = blocks.filter((b) => !isEmptyBlock(b));
  if (!published) return new Set(withContent.map((b) => b.id));
  const added = new Set(changes.filter((c) => c.kind === 'ADDED').map((c) => c.blockId));
  const before = new Set(published.blockIds);
  return new Set(withContent.filter((b) => before.has(b.id) || added.has(b.id)).map((b) => b.id));
}

/** "2 changes since" / "no changes since" / "1 change since". */
export function changesText(count: number): string {
  if (count === 0) return 'no changes since';
  return `${count} change${count === 1 ? '' : 's'} since`;
}

/** Readers of a result (charts, tables, metrics) whose SQL block is left out: they still work, its SQL stays hidden. */
export function readersOfUnchecked(blocks: readonly BlockJson[], selected: ReadonlySet<string>): string[] {
  return blocks
    .filter(
      (b) =>
        selected.has(b.id) &&
        typeof b.content.sourceBlockId === 'string' &&
        !selected.has(b.content.sourceBlockId),
    )
    .map((b) => b.id);
}

/** A TEXT block without a title is named by its first line ("Sales overview"), else `fallback`. */
export function textLabel(block: BlockJson, fallback: string): string {
  if (block.type !== 'TEXT' || (typeof block.content.title === 'string' && block.content.title.trim()))
    return fallback;
  const markdown = typeof block.content.markdown === 'string' ? block.content.markdown : '';
  const first = markdown
    .split('\n')
    .map((l) =>
      l
        .replace(/^[#>*\-\s]+/, '')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .find(Boolean);
  return first ? (first.length > 60 ? `${first.slice(0, 59)}…` : first) : fallback;
}
