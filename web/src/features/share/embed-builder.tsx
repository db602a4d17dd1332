// The embed snippet generator: the whole report or one published block, responsive or a fixed
// size; the snippet and the link update as the options change.
import { blockKind, type BlockJson } from '@tessera/canvas-model';
import { useState } from 'react';
import { blockTitle } from '../canvas/blocks/block-body';
import { CopyField } from './copy-field';
import { embedSnippet, embedUrl, SNIPPET_LIMITS } from './embed-snippet';

export function EmbedBuilder({
  token,
  blocks,
  title,
}: {
  token: string;
  blocks: readonly BlockJson[];
  title: string;
}) {
  const [blockId, setBlockId] = useState('');
  const [responsive, setResponsive] = useState(true);
  const [width, setWidth] = useState(960);
  const [height, setHeight] = useState(600);
  const block = blocks.find((b) => b.id === blockId) ?? null;
  const url = embedUrl(token, block?.id);
  const snippet = embedSnippet(url, { responsive, width, height, title: block ? blockTitle(block) : title });
  return (
    <div className="embed-builder">
      <div className="row embed-options">
        <label>
          Show
          <select value={blockId} onChange={(e) => setBlockId(e.target.value)} aria-label="Embed what">
            <option value="">The whole report</option>
            {blocks.map((b) => (
              <option key={b.id} value={b.id}>
                One block: {blockTitle(b)} ({blockKind(b.type).title})
              </option>
            ))}
          </select>
        </label>
        <label className="row embed-responsive">
          <input type="checkbox" checked={responsive} onChange={(e) => setResponsive(e.target.checked)} />
          Responsive width
        </label>
        <label>
          {responsive ? 'Ratio width' : 'Width (px)'}
          <input
            type="number"
            min={SNIPPET_LIMITS.minWidth}
            max={SNIPPET_LIMITS.maxWidth}
            value={width}
            onChange={(e) => setWidth(Number(e.target.value))}
            style={{ width: 90 }}
          />
        </label>
        <label>
          {responsive ? 'Ratio height' : 'Height (px)'}
          <input
            type="number"
            min={SNIPPET_LIMITS.minHeight}
            max={SNIPPET_LIMITS.maxHeight}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value))}
            style={{ width: 90 }}
          />
        </label>
      </div>
      <CopyField label="Share link URL" value={url} />
      <CopyField label="Embed snippet" value={snippet} multiline />
    </div>
  );
}
