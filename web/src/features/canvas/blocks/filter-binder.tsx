// An unbound select filter asks where its choices come from: a column of a SQL block's result
// (canvas-model R17: nothing lists built-in choices), picked right in the block.
import { updateBlock, type BlockJson } from '@tessera/canvas-model';
import { useState } from 'react';
import { useCanvasBase } from '../runtime';
import { blockTitle } from './block-body';
import { useSourceRun } from './source';

export function FilterBinder({ block, sqlBlocks }: { block: BlockJson; sqlBlocks: readonly BlockJson[] }) {
  const { doc } = useCanvasBase();
  const [sourceId, setSourceId] = useState(sqlBlocks[sqlBlocks.length - 1]?.id ?? '');
  const { run, loading } = useSourceRun(sourceId || null);
  if (sqlBlocks.length === 0)
    return (
      <p className="faint filter-binder" role="note">
        Add a SQL block: this filter takes its choices from a column of a query result.
      </p>
    );
  const columns = run?.columns ?? [];
  return (
    <div className="filter-binder" role="group" aria-label="Bind the filter to a column">
      <span className="muted">Choices from</span>
      <select
        className="compact"
        aria-label="Choices from block"
        value={sourceId}
        onChange={(e) => setSourceId(e.target.value)}
      >
        {sqlBlocks.map((b) => (
          <option key={b.id} value={b.id}>
            {blockTitle(b)}
          </option>
        ))}
      </select>
      <select
        className="compact"
        aria-label="Choices column"
        value=""
        disabled={columns.length === 0}
        onChange={(e) =>
          e.target.value &&
          updateBlock(doc, block.id, {
            content: { optionsFrom: { sourceBlockId: sourceId, column: e.target.value } },
          })
        }
      >
        <option value="">{loading ? 'Running…' : columns.length ? 'Pick a column' : 'Run it first'}</option>
        {columns.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
