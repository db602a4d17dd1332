// The embed snippet generator: the whole report or one published block, responsive or a fixed
// size; the snippet and the links update as the options change. The snippet frames the short
// link (/s/<code>), which the gateway redirects to the embed while the link is valid.
import { blockKind, type BlockJson } from '@tessera/canvas-model';
import { useState } from 'react';
import { blockTitle } from '../canvas/blocks/block-body';
import { CopyField } from './copy-field';
import { embedSnippet, embedUrl, shortLinkUrl, SNIPPET_LIMITS } from './embed-snippet';

export function EmbedBuilder({
  token,
  shortUrl,
  blocks,
  title,
}: {
  token: string;
  /** The link's `/s/<code>` URL: what the snippet and the short link field use. */
  shortUrl: string;
  blocks: readonly BlockJson[];
  title: string;
}) {
  const [blockId, setBlockId] = useState('');
  const [responsive, setResponsive] = useState(true);
  const [width, setWidth] = useState(960);
  const [height, setHeight] = useState(600);
  const block = blocks.find((b) => b.id === blockId) ?? null;
  const url = embedUrl(token, block?.id);
  const short = shortLinkUrl(shortUrl, block?.id);
  const snippet = embedSnippet(short, {
    responsive,
    width,
    height,
    title: block ? blockTitle(block) : title,
  });
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
      <div className="embed-link-caption" aria-hidden="true">
        Short link
      </div>
      <CopyField label="Short link" value={short} />
      <div className="embed-link-caption" aria-hidden="true">
        Full link
      </div>
      <CopyField label="Share link URL" value={url} />
      <div className="embed-link-caption" aria-hidden="true">
        Embed snippet
      </div>
      <CopyField label="Embed snippet" value={snippet} multiline />
    </div>
  );
}
