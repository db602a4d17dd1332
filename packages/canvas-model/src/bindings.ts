// Live bindings in TEXT markdown [R18][R19]: {{parameter}} shows a filter value, {{block.field}}
// shows `field` of the first row of a block's result.
import type { BlockJson } from './document/types.ts';

const BINDING = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PARAMETER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BLOCK_FIELD = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_][A-Za-z0-9_.]*)$/;

export type Binding =
  | { kind: 'parameter'; text: string; name: string }
  | { kind: 'block'; text: string; ref: string; field: string }
  | { kind: 'invalid'; text: string };

/** Reads one binding expression (what is between the braces) [R18]. */
export function parseBinding(expression: string, text = `{{${expression}}}`): Binding {
  const trimmed = expression.trim();
  if (PARAMETER.test(trimmed)) return { kind: 'parameter', text, name: trimmed };
  const match = BLOCK_FIELD.exec(trimmed);
  return match ? { kind: 'block', text, ref: match[1]!, field: match[2]! } : { kind: 'invalid', text };
}

/** Every binding of a markdown text, in order [R18]. */
export function bindingsIn(markdown: string): Binding[] {
  return [...markdown.matchAll(BINDING)].map((m) => parseBinding(m[1]!, m[0]));
}

/** `Sales by month` → `sales_by_month`: how a block title is written in a binding [R19]. */
export function bindingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The block a binding names: by id, else by `name`, else by title slug, SQL blocks first [R19]. */
export function bindingBlock(ref: string, blocks: readonly BlockJson[]): BlockJson | null {
  const byId = blocks.find((b) => b.id === ref);
  if (byId) return byId;
  const named = (b: BlockJson) =>
    b.content.name === ref || (typeof b.content.title === 'string' && bindingSlug(b.content.title) === ref);
  return blocks.find((b) => b.type === 'SQL' && named(b)) ?? blocks.find(named) ?? null;
}

/** The SQL block whose result a block shows: itself, or the SQL block it reads [R14][R19]. */
export function resultBlockOf(block: BlockJson, blocks: readonly BlockJson[]): BlockJson | null {
  if (block.type === 'SQL') return block;
  const source = block.content.sourceBlockId;
  return typeof source === 'string'
    ? (blocks.find((b) => b.id === source && b.type === 'SQL') ?? null)
    : null;
}
