// CHART block: a d3 chart of a SQL block's result; type and encodings in `content.chart`, the AI's
// suggested chart (from Ask) preselected.
import {
  chartContentOf,
  chartTypeOf,
  chartViewOf,
  updateBlock,
  type BlockJson,
  type ChartView as Chart,
} from '@tessera/canvas-model';
import { useMemo, useRef, useState } from 'react';
import { useMarkInteractions } from '../interaction/use-mark-interactions';
import { ViewRowsButton } from '../interaction/view-rows-button';
import { ChartSettings } from '../../../charts/chart-settings';
import { ChartView } from '../../../charts/chart-view';
import { defaultSpec } from '../../../charts/transforms';
import { useBlockSelected, useCanvasBase } from '../runtime';
import { useBlock } from '../use-canvas-doc';
import { SourcePicker, SourceState, sourceOf, useSourceRun } from './source';
import { ExplainChartButton } from '../../ai/explain-chart-button';

export default function ChartBlock({ block }: { block: BlockJson }) {
  const { doc, readOnly } = useCanvasBase();
  const selected = useBlockSelected();
  const sourceId = sourceOf(block);
  const { run: sourceRun, loading, error } = useSourceRun(sourceId);
  // Cross-filter: one delegated listener for every mark; the chart keeps its own pre-click result.
  const area = useRef<HTMLDivElement>(null);
  const marks = useMarkInteractions(block.id, sourceRun, area);
  const run = marks.run;
  const [editing, setEditing] = useState(false);
  const sourceBlock = useBlock(doc, sourceId);
  const suggestion = sourceBlock?.content.suggestedChart as
    { type?: string; x?: string | null; y?: string[] | null } | null | undefined;
  // Older spellings of a suggested type (`number`, `big_number`) read as the API's name (R15).
  const suggestedType = chartTypeOf(suggestion?.type);
  const data = useMemo(() => (run ? { columns: run.columns, rows: run.rows } : null), [run]);
  const stored = useMemo(() => chartViewOf(block.content), [block.content]);
  const spec: Chart | null = useMemo(() => {
    if (stored?.type) return stored;
    if (!data) return null;
    if (suggestedType)
      return {
        ...defaultSpec(suggestedType, data),
        ...(suggestion?.x ? { x: suggestion.x } : {}),
        ...(suggestion?.y?.length ? { y: suggestion.y } : {}),
      };
    return defaultSpec('bar', data);
  }, [stored, data, suggestedType, suggestion]);

  const showSettings = !readOnly && (editing || (selected && !sourceId));
  return (
    <div className="chart-block">
      {!readOnly ? (
        <div className="block-toolbar">
          <SourcePicker block={block} />
          <span className="spacer" />
          <button className="btn btn-sm" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            ⚙ Chart
          </button>
          <ExplainChartButton spec={spec} data={data} source={sourceBlock} />
        </div>
      ) : null}
      {showSettings && data && spec ? (
        <ChartSettings
          spec={spec}
          data={data}
          suggested={suggestedType}
          onChange={(next) => updateBlock(doc, block.id, { content: chartContentOf(next) })}
        />
      ) : null}
      <ViewRowsButton selected={marks.selected} />
      <div className="chart-area" data-testid="chart-area" ref={area} {...marks.handlers}>
        {data && spec ? (
          <ChartView spec={spec} data={data} label={`Chart of ${spec.y?.join(', ') ?? ''}`} />
        ) : (
          <SourceState block={block} loading={loading} error={error} />
        )}
      </div>
    </div>
  );
}
