// Chained SQL [R33–R35]: an SQL block reads another SQL block's result as a table by writing its
// name in double braces (`FROM {{cat_rev}}`); every other `{{name}}` stays a parameter [R20].
import { lex, type Token } from '@tessera/sql-lexer';
import type { BlockJson } from './document/types.ts';
import { blockNameOf } from './names.ts';

type Named = Pick<BlockJson, 'id' | 'type' | 'content'>;

/** How many blocks deep a chain may go (the block itself not counted) [R35]. */
export const MAX_CHAIN_DEPTH = 8;

const sqlOf = (block: Named): string => (typeof block.content.sql === 'string' ? block.content.sql : '');

/** `{{name}}` tokens of a statement, as the shared lexer reads them (strings and comments skipped). */
function placeholderTokens(sql: string): Token[] {
  // A placeholder starts with `{{`: most statements have none, and a canvas open asks for each block.
  if (!sql.includes('{{')) return [];
  return lex(sql, 'duckdb', { tolerant: true }).tokens.filter((t) => t.kind === 'param');
}

/** SQL blocks of the canvas by name [R30]. */
export function sqlBlocksByName<T extends Named>(blocks: readonly T[]): Map<string, T> {
  const byName = new Map<string, T>();
  for (const block of blocks) if (block.type === 'SQL') byName.set(blockNameOf(block), block);
  return byName;
}

/** Names of the SQL blocks a statement reads, once each, in order of first use [R33]. */
export function blockReferencesIn(sql: string, blocks: readonly Named[]): string[] {
  const names = placeholderNames(sql);
  if (names.length === 0) return names;
  const byName = sqlBlocksByName(blocks);
  return names.filter((name) => byName.has(name));
}

/** The `{{name}}` parameters of a statement: its placeholders that name no SQL block [R33]. */
export function chainParametersIn(sql: string, blocks: readonly Named[]): string[] {
  const names = placeholderNames(sql);
  if (names.length === 0) return names;
  const byName = sqlBlocksByName(blocks);
  return names.filter((name) => !byName.has(name));
}

/** The names a statement's placeholders use, once each, in order of first use. */
function placeholderNames(sql: string): string[] {
  return [...new Set(placeholderTokens(sql).map((t) => t.value))];
}

/** What an SQL block reads: the blocks (by name) and the parameters [R33]. */
export function chainReadsOf(
  block: Named,
  blocks: readonly Named[],
): { blocks: string[]; parameters: string[] } {
  const sql = sqlOf(block);
  return { blocks: blockReferencesIn(sql, blocks), parameters: chainParametersIn(sql, blocks) };
}

/** The SQL blocks that read block `name` directly ("used by") [R33]. */
export function blocksReading(name: string, blocks: readonly Named[]): string[] {
  return blocks
    .filter((b) => b.type === 'SQL' && blockReferencesIn(sqlOf(b), blocks).includes(name))
    .map(blockNameOf);
}

/**
 * Every SQL block that reads block `name`, directly or through other blocks, each once, in canvas
 * order except that a block comes after every block it reads ("re-run what depends on it") [R36].
 * Blocks in a cycle are left out: they cannot run.
 */
export function chainDependents<T extends Named>(name: string, blocks: readonly T[]): T[] {
  const byName = sqlBlocksByName(blocks);
  const reads = new Map<string, string[]>();
  for (const [n, b] of byName) reads.set(n, blockReferencesIn(sqlOf(b), blocks));
  const downstream = new Set<string>();
  const grow = (from: string) => {
    for (const [n, refs] of reads)
      if (refs.includes(from) && !downstream.has(n) && n !== name) {
        downstream.add(n);
        grow(n);
      }
  };
  grow(name);
  const order: T[] = [];
  const placed = new Set<string>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const n of reads.keys()) {
      if (!downstream.has(n) || placed.has(n)) continue;
      if (reads.get(n)!.every((r) => r === name || !downstream.has(r) || placed.has(r))) {
        placed.add(n);
        order.push(byName.get(n)!);
        progressed = true;
      }
    }
  }
  return order;
}

export type ChainPlan<T extends Named> =
  | { ok: true; order: T[] }
  | { ok: false; reason: 'cycle'; blocks: string[] }
  | { ok: false; reason: 'depth'; blocks: string[] };

/**
 * The SQL blocks `block` depends on, upstream first and each once, ending with `block` itself; a
 * cycle names every block in it, a chain deeper than MAX_CHAIN_DEPTH names its path [R34, R35].
 */
export function chainPlan<T extends Named>(block: T, blocks: readonly T[]): ChainPlan<T> {
  const byName = sqlBlocksByName(blocks);
  const order: T[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (current: T): ChainPlan<T> | null => {
    const name = blockNameOf(current);
    if (done.has(name)) return null;
    const at = path.indexOf(name);
    if (at >= 0) return { ok: false, reason: 'cycle', blocks: path.slice(at) };
    if (path.length > MAX_CHAIN_DEPTH) return { ok: false, reason: 'depth', blocks: [...path, name] };
    path.push(name);
    for (const ref of blockReferencesIn(sqlOf(current), blocks)) {
      const failed = visit(byName.get(ref)!);
      if (failed) return failed;
    }
    path.pop();
    done.add(name);
    order.push(current);
    return null;
  };
  return visit(block) ?? { ok: true, order };
}

/** Replaces each `{{name}}` in `names` by the token `replacement(name)`, leaving the rest alone. */
function replacePlaceholders(sql: string, names: ReadonlySet<string>, replacement: (name: string) => string) {
  let out = '';
  let from = 0;
  for (const token of placeholderTokens(sql)) {
    if (!names.has(token.value)) continue;
    out += sql.slice(from, token.start) + replacement(token.value);
    from = token.end;
  }
  return out + sql.slice(from);
}

/** The statement as it runs over upstream results: each block reference becomes a quoted table name [R34]. */
export function withResultTables(sql: string, blocks: readonly Named[]): string {
  return replacePlaceholders(sql, new Set(blockReferencesIn(sql, blocks)), (name) => `"${name}"`);
}

/** The statement after block `from` is renamed `to`: its `{{from}}` references read `{{to}}` [R35]. */
export function renameBlockReferences(sql: string, from: string, to: string): string {
  return replacePlaceholders(sql, new Set([from]), () => `{{${to}}}`);
}

/**
 * The content changes a rename of SQL block `from` to `to` implies in the other SQL blocks (by
 * id), so that what reads `{{from}}` keeps reading the same block [R35].
 */
export function referenceUpdatesForRename(
  from: string,
  to: string,
  blocks: readonly Named[],
): { id: string; sql: string }[] {
  const source = blocks.find((b) => b.type === 'SQL' && blockNameOf(b) === from);
  if (!source || from === to) return [];
  return blocks.flatMap((b) => {
    if (b.type !== 'SQL' || b.id === source.id) return [];
    const sql = sqlOf(b);
    const next = renameBlockReferences(sql, from, to);
    return next === sql ? [] : [{ id: b.id, sql: next }];
  });
}
