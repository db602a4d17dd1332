// What a block uses and what uses it, in words, for its header (canvas-model R14).
import { blockNameOf, dependenciesOf, type BlockJson } from '@tessera/canvas-model';

/** "Uses revenue_by_month, {{region}} · used by revenue_chart": what a block reads and who reads it (R14). */
export function usesText(block: BlockJson, blocks: readonly BlockJson[]): string {
  const name = (id: string) => {
    const b = blocks.find((x) => x.id === id);
    return b ? blockNameOf(b) : 'a missing block';
  };
  const uses = dependenciesOf(block).reads.map((d) =>
    d.kind === 'result' ? name(d.blockId) : `{{${d.name}}}`,
  );
  const provides = dependenciesOf(block).writes;
  const usedBy = blocks
    .filter((other) => other.id !== block.id)
    .filter((other) =>
      dependenciesOf(other).reads.some((r) =>
        provides.some((w) =>
          r.kind === 'result'
            ? w.kind === 'result' && w.blockId === r.blockId
            : w.kind === 'parameter' && w.name === r.name,
        ),
      ),
    )
    .map((other) => blockNameOf(other));
  return [
    uses.length ? `Uses ${[...new Set(uses)].join(', ')}.` : 'Uses nothing else.',
    usedBy.length ? `Used by ${usedBy.join(', ')}.` : 'Nothing uses it yet.',
  ].join(' ');
}
