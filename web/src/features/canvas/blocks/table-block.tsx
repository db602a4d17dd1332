import type { BlockJson } from '@tessera/canvas-model';
import { ExportMenu, useCanExport } from '../../queries/export-menu';
import { ResultTable } from '../../queries/result-table';
import { useRef } from 'react';
import { useCanvasBase } from '../runtime';
import { useMarkInteractions } from '../interaction/use-mark-interactions';
import { ViewRowsButton } from '../interaction/view-rows-button';
import { NoRows } from './run-notices';
import { SourcePicker, SourceState, sourceOf, useSourceRun } from './source';

/** TABLE block: a SQL block's result as a sortable, virtualized table. */
export function TableBlock({ block }: { block: BlockJson }) {
  const { readOnly } = useCanvasBase();
  const canExport = useCanExport();
  const { run: sourceRun, loading, error } = useSourceRun(sourceOf(block));
  // Cross-filter from a cell (one delegated listener); the table keeps its own pre-click result.
  const area = useRef<HTMLDivElement>(null);
  const marks = useMarkInteractions(block.id, sourceRun, area);
  const run = marks.run;
  return (
    <div className="table-block" ref={area} {...marks.handlers}>
      {!readOnly || canExport ? (
        <div className="block-toolbar">
          {!readOnly ? <SourcePicker block={block} /> : null}
          <span className="spacer" />
          <ExportMenu runId={run?.id} />
        </div>
      ) : null}
      <ViewRowsButton selected={marks.selected} />
      {run && run.rows.length === 0 ? (
        <NoRows />
      ) : run ? (
        <ResultTable result={run} height="100%" markCells />
      ) : (
        <SourceState block={block} loading={loading} error={error} />
      )}
    </div>
  );
}
