import type { BlockJson } from '@tessera/canvas-model';
import { ExportMenu, useCanExport } from '../../queries/export-menu';
import { ResultTable } from '../../queries/result-table';
import { useCanvas } from '../runtime';
import { NoRows } from './run-notices';
import { SourcePicker, SourceState, sourceOf, useSourceRun } from './source';

/** TABLE block: a SQL block's result as a sortable, virtualized table. */
export function TableBlock({ block }: { block: BlockJson }) {
  const { readOnly } = useCanvas();
  const canExport = useCanExport();
  const { run, loading, error } = useSourceRun(sourceOf(block));
  return (
    <div className="table-block">
      {!readOnly || canExport ? (
        <div className="block-toolbar">
          {!readOnly ? <SourcePicker block={block} /> : null}
          <span className="spacer" />
          <ExportMenu runId={run?.id} />
        </div>
      ) : null}
      {run && run.rows.length === 0 ? (
        <NoRows />
      ) : run ? (
        <ResultTable result={run} height="100%" />
      ) : (
        <SourceState block={block} loading={loading} error={error} />
      )}
    </div>
  );
}
