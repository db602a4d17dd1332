// The viewer's report, as pure data: which published blocks are shown where. SQL blocks are data
// sources: one that a shown block reads is not a card of its own (its SQL, when the publication
// shows code, folds out under the blocks that read it); one nobody reads is shown as its result
// table. FILTER blocks go to the filter bar above the report. Order follows the editor's layout
// (rows top to bottom, then left to right); widths keep the editor's 12-column spans.
import {
  bindingBlock,
  bindingsIn,
  readFilter,
  resultBlockOf,
  type BlockJson,
  type FilterBlock,
} from '@tessera/canvas-model';

export interface ReportCard {
  block: BlockJson;
  /** Columns out of 12. */
  span: number;
  /** Grid rows of the editor (fixed-height kinds use them; TEXT and METRIC size to content). */
  rows: number;
  /** Published SQL blocks whose statement this card may fold out (showCode). */
  sqlBlocks: BlockJson[];
  /** Ids of the SQL blocks it reads, published or not (which filters reach it). */
  sourceIds: string[];
}

export interface ReportLayout {
  /** FILTER blocks, for the filter bar, with what the parameter logic reads of them. */
  filters: { block: BlockJson; filter: FilterBlock }[];
  cards: ReportCard[];
  /** Every result the report needs (see `runsOf`). */
  runs: ReportRun[];
}

/**
 * One result the report needs: the canvas runtime keeps it under the SQL block's id (what charts,
 * tables, metrics and bindings read); the viewer runs it through a published block — the SQL block
 * itself, or, when only its readers were published, a CHART / TABLE / METRIC that reads it (the
 * server runs the SQL block it reads).
 */
export interface ReportRun {
  sqlBlockId: string;
  runBlockId: string;
}

const byPosition = (a: BlockJson, b: BlockJson) => a.position.y - b.position.y || a.position.x - b.position.x;

/** SQL blocks a block reads: its source, or the blocks its text bindings name. */
export function sqlSourcesOf(block: BlockJson, blocks: readonly BlockJson[]): BlockJson[] {
  if (block.type === 'TEXT') {
    const markdown = typeof block.content.markdown === 'string' ? block.content.markdown : '';
    const found = bindingsIn(markdown).flatMap((b) => {
      const named = b.kind === 'block' ? bindingBlock(b.ref, blocks) : null;
      const result = named ? resultBlockOf(named, blocks) : null;
      return result ? [result] : [];
    });
    return unique(found);
  }
  if (block.type === 'FILTER') {
    const from = readFilter(block)?.optionsFrom;
    const source = from ? blocks.find((b) => b.id === from.sourceBlockId && b.type === 'SQL') : null;
    return source ? [source] : [];
  }
  if (block.type === 'SQL') return [block];
  const result = resultBlockOf(block, blocks);
  return result ? [result] : [];
}

/** The id of the SQL block a CHART / TABLE / METRIC reads, published or not. */
function sourceIdOf(block: BlockJson): string | null {
  return block.type !== 'SQL' &&
    block.type !== 'TEXT' &&
    block.type !== 'FILTER' &&
    typeof block.content.sourceBlockId === 'string'
    ? block.content.sourceBlockId
    : null;
}

export function runsOf(blocks: readonly BlockJson[]): ReportRun[] {
  const runs = new Map<string, string>();
  for (const b of blocks) if (b.type === 'SQL') runs.set(b.id, b.id);
  for (const b of blocks) {
    const source = sourceIdOf(b);
    if (source && !runs.has(source)) runs.set(source, b.id);
  }
  return [...runs].map(([sqlBlockId, runBlockId]) => ({ sqlBlockId, runBlockId }));
}

function unique(blocks: BlockJson[]): BlockJson[] {
  return [...new Map(blocks.map((b) => [b.id, b])).values()];
}

export function reportLayout(blocks: readonly BlockJson[]): ReportLayout {
  const sorted = [...blocks].sort(byPosition);
  const filters = sorted.flatMap((b) => {
    const filter = b.type === 'FILTER' ? readFilter(b) : null;
    return filter ? [{ block: b, filter }] : [];
  });
  const shown = sorted.filter((b) => b.type !== 'FILTER' && b.type !== 'SQL');
  const read = new Set(
    sorted.filter((b) => b.type !== 'SQL').flatMap((b) => sqlSourcesOf(b, blocks).map((s) => s.id)),
  );
  const standalone = sorted.filter((b) => b.type === 'SQL' && !read.has(b.id));
  const cards = [...shown, ...standalone].sort(byPosition).map((block) => ({
    block,
    span: Math.max(1, Math.min(12, block.position.w)),
    rows: Math.max(2, block.position.h),
    sqlBlocks: sqlSourcesOf(block, blocks),
    sourceIds: [
      ...new Set([
        ...sqlSourcesOf(block, blocks).map((b) => b.id),
        ...(sourceIdOf(block) ? [sourceIdOf(block)!] : []),
      ]),
    ],
  }));
  return { filters, cards, runs: runsOf(sorted) };
}

/** The statement a viewer may read (present only when the publication shows code). */
export function sqlTextOf(block: BlockJson): string | null {
  const c = block.content;
  const text =
    typeof c.runSql === 'string' && c.runSql.trim() ? c.runSql : typeof c.sql === 'string' ? c.sql : null;
  return text && text.trim() ? text : null;
}

/**
 * The viewer's own filter choices that reach one SQL block (filters without targets reach every
 * block): the key of its run, so a choice re-runs only the blocks it filters.
 */
export function overridesFor(
  sqlBlockId: string,
  filters: readonly FilterBlock[],
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const applicable = filters.filter(
    (f) => (f.targets.length === 0 || f.targets.includes(sqlBlockId)) && f.parameter in overrides,
  );
  return Object.fromEntries(applicable.map((f) => [f.parameter, overrides[f.parameter]]));
}
