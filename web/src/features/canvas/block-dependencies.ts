// What a block uses and what uses it, for its header (canvas-model R14, chained SQL R33): in
// words (the name's tooltip) and as blocks (the "uses / used by" links).
import {
  blockNameOf,
  chainReadsOf,
  dependenciesOf,
  sqlBlocksByName,
  type BlockJson,
} from '@tessera/canvas-model';

export interface BlockLinks {
  /** Blocks this block reads: the SQL block a chart shows, the blocks an SQL block reads by name, the FILTERs giving its parameters. */
  uses: BlockJson[];
  /** Blocks that read this one. */
  usedBy: BlockJson[];
}

/** The blocks `block` reads, in order of first use, each once (R14, R33). */
function readBlocksUsedBy(block: BlockJson, blocks: readonly BlockJson[]): BlockJson[] {
  const chained = block.type === 'SQL' ? chainReadsOf(block, blocks).blocks : [];
  const byName = sqlBlocksByName(blocks);
  const used: BlockJson[] = chained.map((name) => byName.get(name)!).filter((b) => b.id !== block.id);
  for (const read of dependenciesOf(block).reads) {
    if (read.kind === 'result') {
      const source = blocks.find((b) => b.id === read.blockId);
      if (source) used.push(source);
    } else if (!chained.includes(read.name)) {
      const provider = blocks.find(
        (b) =>
          b.id !== block.id &&
          dependenciesOf(b).writes.some((w) => w.kind === 'parameter' && w.name === read.name),
      );
      if (provider) used.push(provider);
    }
  }
  return [...new Map(used.map((b) => [b.id, b])).values()];
}

/**
 * Every block's header asks about every other block (who reads me?), on every render: each block's
 * reads are worked out once per version of the canvas's blocks (the array is replaced on each change).
 */
const usesCache = new WeakMap<readonly BlockJson[], WeakMap<BlockJson, BlockJson[]>>();

function blocksUsedBy(block: BlockJson, blocks: readonly BlockJson[]): BlockJson[] {
  let byBlock = usesCache.get(blocks);
  if (!byBlock) usesCache.set(blocks, (byBlock = new WeakMap()));
  let uses = byBlock.get(block);
  if (!uses) byBlock.set(block, (uses = readBlocksUsedBy(block, blocks)));
  return uses;
}

/** What `block` reads and which blocks read it, as blocks of the canvas ("uses / used by"). */
export function blockLinks(block: BlockJson, blocks: readonly BlockJson[]): BlockLinks {
  return {
    uses: blocksUsedBy(block, blocks),
    usedBy: blocks.filter(
      (other) => other.id !== block.id && blocksUsedBy(other, blocks).some((b) => b.id === block.id),
    ),
  };
}

/** "Uses revenue_by_month, {{region}} · used by revenue_chart": what a block reads and who reads it (R14). */
export function usesText(block: BlockJson, blocks: readonly BlockJson[]): string {
  const name = (id: string) => {
    const b = blocks.find((x) => x.id === id);
    return b ? blockNameOf(b) : 'a missing block';
  };
  const chained = block.type === 'SQL' ? chainReadsOf(block, blocks).blocks : [];
  const uses = [
    ...chained,
    ...dependenciesOf(block)
      .reads.filter((d) => d.kind === 'result' || !chained.includes(d.name))
      .map((d) => (d.kind === 'result' ? name(d.blockId) : `{{${d.name}}}`)),
  ];
  const usedBy = blockLinks(block, blocks).usedBy.map((other) => blockNameOf(other));
  return [
    uses.length ? `Uses ${[...new Set(uses)].join(', ')}.` : 'Uses nothing else.',
    usedBy.length ? `Used by ${usedBy.join(', ')}.` : 'Nothing uses it yet.',
  ].join(' ');
}
