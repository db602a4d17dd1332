// How a canvas changed since a version, block by block: added, removed, changed (which content
// fields; SQL and markdown as a line diff). Positions alone are not a change worth reading.
import { lineDiff, type DiffLine } from './line-diff';

export interface BlockChange {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  type: string;
  title: string;
  /** Content keys whose value differs (changed blocks). */
  fields: string[];
  /** The version's text → today's, for SQL and markdown. */
  text?: { field: 'sql' | 'markdown'; lines: DiffLine[] };
}

type Block = { id: string; type: string; content: unknown };

export function titleOf(block: Block): string {
  const c = (block.content ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'name', 'label'])
    if (typeof c[key] === 'string' && (c[key] as string).trim()) return (c[key] as string).trim();
  return block.type.charAt(0) + block.type.slice(1).toLowerCase();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `version` (then) against `now`, in today's block order, then the removed ones. */
export function diffBlocks(version: readonly Block[], now: readonly Block[]): BlockChange[] {
  const then = new Map(version.map((b) => [b.id, b]));
  const changes: BlockChange[] = [];
  for (const block of now) {
    const old = then.get(block.id);
    if (!old) {
      changes.push({ id: block.id, kind: 'added', type: block.type, title: titleOf(block), fields: [] });
      continue;
    }
    const before = (old.content ?? {}) as Record<string, unknown>;
    const after = (block.content ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => !same(before[key], after[key]),
    );
    if (old.type !== block.type) fields.unshift('type');
    if (fields.length === 0) continue;
    const field = fields.includes('sql') ? 'sql' : fields.includes('markdown') ? 'markdown' : null;
    changes.push({
      id: block.id,
      kind: 'changed',
      type: block.type,
      title: titleOf(block),
      fields,
      ...(field
        ? { text: { field, lines: lineDiff(String(before[field] ?? ''), String(after[field] ?? '')) } }
        : {}),
    });
  }
  const present = new Set(now.map((b) => b.id));
  for (const old of version)
    if (!present.has(old.id))
      changes.push({ id: old.id, kind: 'removed', type: old.type, title: titleOf(old), fields: [] });
  return changes;
}
