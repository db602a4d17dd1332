// The block kinds by type [R11]: the one place that knows which kinds exist.
import { BLOCK_TYPES, type BlockJson, type BlockType, type Position } from './document/types.ts';
import { chartKind } from './blocks/chart.ts';
import { filterKind } from './blocks/filter.ts';
import { metricKind } from './blocks/metric.ts';
import type { BlockKind, Dependency, NewBlockContext } from './blocks/shared.ts';
import { sqlKind } from './blocks/sql.ts';
import { tableKind } from './blocks/table.ts';
import { textKind } from './blocks/text.ts';

export const BLOCK_KINDS: Readonly<Record<BlockType, BlockKind>> = {
  SQL: sqlKind,
  CHART: chartKind,
  TABLE: tableKind,
  TEXT: textKind,
  METRIC: metricKind,
  FILTER: filterKind,
};

export function blockKind(type: BlockType): BlockKind {
  return BLOCK_KINDS[type];
}

export function allBlockKinds(): BlockKind[] {
  return BLOCK_TYPES.map((type) => BLOCK_KINDS[type]);
}

/** Type, size and content of a new block of `type`; the caller picks where it goes [R13]. */
export function newBlockOf(
  type: BlockType,
  context: NewBlockContext,
): { type: BlockType; size: Pick<Position, 'w' | 'h'>; content: Record<string, unknown> } {
  const kind = BLOCK_KINDS[type];
  return { type, size: { ...kind.defaultSize }, content: kind.newContent(context) };
}

/** What a block reads and provides [R14]. */
export function dependenciesOf(block: BlockJson): { reads: Dependency[]; writes: Dependency[] } {
  const kind = BLOCK_KINDS[block.type];
  return { reads: kind.reads(block.content), writes: kind.writes(block) };
}
