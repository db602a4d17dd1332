// "uses / used by" in a block's header (canvas-model R14, R33): compact links to the blocks it
// reads and the blocks that read it; each selects and scrolls to its block (Tab reaches them,
// Enter follows them).
import { blockNameOf, type BlockJson } from '@tessera/canvas-model';
import { useMemo } from 'react';
import { blockLinks } from './block-dependencies';
import { blockTitle } from './blocks/block-body';
import { useCanvasBase } from './runtime';
import './block-links.css';

/** How many links of each side the header shows before "+N". */
const SHOWN = 2;

export function BlockLinks({ block, blocks }: { block: BlockJson; blocks: readonly BlockJson[] }) {
  const links = useMemo(() => blockLinks(block, blocks), [block, blocks]);
  if (links.uses.length === 0 && links.usedBy.length === 0) return null;
  return (
    <span className="block-links fit-or-hide">
      {links.uses.length > 0 ? <LinkGroup label="uses" blocks={links.uses} /> : null}
      {links.usedBy.length > 0 ? <LinkGroup label="used by" blocks={links.usedBy} /> : null}
    </span>
  );
}

function LinkGroup({ label, blocks }: { label: 'uses' | 'used by'; blocks: readonly BlockJson[] }) {
  const { selectBlock } = useCanvasBase();
  const goTo = (id: string) => {
    const element = document.getElementById(`block-${id}`);
    if (element) {
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      element.focus({ preventScroll: true });
    }
    selectBlock(id);
  };
  const shown = blocks.slice(0, SHOWN);
  const rest = blocks.slice(SHOWN);
  const names = blocks.map(blockNameOf).join(', ');
  return (
    <span
      className="block-link-group"
      role="group"
      aria-label={`${label === 'uses' ? 'Uses' : 'Used by'} ${names}`}
    >
      <span className="block-link-label" aria-hidden="true">
        {label === 'uses' ? '←' : '→'}
        <span className="block-link-word"> {label}</span>
      </span>
      {shown.map((b) => (
        <button
          key={b.id}
          type="button"
          className="block-link"
          title={`Go to ${blockTitle(b)} (${blockNameOf(b)})`}
          onClick={() => goTo(b.id)}
        >
          {blockNameOf(b)}
        </button>
      ))}
      {rest.length > 0 ? (
        <button
          type="button"
          className="block-link more"
          title={`Also ${rest.map(blockNameOf).join(', ')}: go to ${blockNameOf(rest[0]!)}`}
          aria-label={`${rest.length} more: go to ${blockNameOf(rest[0]!)}`}
          onClick={() => goTo(rest[0]!.id)}
        >
          +{rest.length}
        </button>
      ) : null}
    </span>
  );
}
