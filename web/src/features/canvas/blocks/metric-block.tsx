import {
  METRIC_AGGREGATE_LABELS,
  METRIC_AGGREGATES,
  METRIC_FORMAT_LABELS,
  METRIC_FORMATS,
  aggregateMetric,
  metricAggregateOf,
  updateBlock,
  type BlockJson,
} from '@tessera/canvas-model';
import { toNumber } from '../../../charts/transforms';
import { formatMetric } from '../../../ui/number-format';
import { useBlockSelected, useCanvasBase } from '../runtime';
import { SourcePicker, SourceState, sourceOf, useSourceRun } from './source';

/** METRIC block: a column of a SQL block's result folded into one number (canvas-model R32), formatted. */
export function MetricBlock({ block }: { block: BlockJson }) {
  const { doc, readOnly } = useCanvasBase();
  const selected = useBlockSelected();
  const { run, loading, error } = useSourceRun(sourceOf(block));
  const columns = run?.columns ?? [];
  const chosen = typeof block.content.field === 'string' ? block.content.field : block.content.column;
  const column =
    typeof chosen === 'string' && columns.some((c) => c.name === chosen)
      ? chosen
      : columns.find((c) => /int|dec|double|float|num|real/i.test(c.type))?.name;
  const index = columns.findIndex((c) => c.name === column);
  const aggregate = metricAggregateOf(block.content);
  const value =
    index >= 0 && run
      ? aggregateMetric(
          run.rows.map((row) => toNumber(row[index])),
          aggregate,
        )
      : null;
  const editing = !readOnly && selected;
  return (
    <div className="metric-block">
      {editing ? (
        <div className="block-toolbar">
          <SourcePicker block={block} />
          {columns.length ? (
            <select
              aria-label="Column"
              className="compact"
              value={column ?? ''}
              onChange={(e) => updateBlock(doc, block.id, { content: { field: e.target.value } })}
            >
              {columns.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </select>
          ) : null}
          <select
            aria-label="Aggregate"
            className="compact"
            value={aggregate}
            onChange={(e) => updateBlock(doc, block.id, { content: { aggregate: e.target.value } })}
          >
            {METRIC_AGGREGATES.map((a) => (
              <option key={a} value={a}>
                {METRIC_AGGREGATE_LABELS[a]}
              </option>
            ))}
          </select>
          <select
            aria-label="Format"
            className="compact"
            value={typeof block.content.format === 'string' ? block.content.format : 'number'}
            onChange={(e) => updateBlock(doc, block.id, { content: { format: e.target.value } })}
          >
            {METRIC_FORMATS.map((format) => (
              <option key={format} value={format}>
                {METRIC_FORMAT_LABELS[format]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value !== null ? (
        <div className="metric-value" data-testid="metric-value">
          <strong>{formatMetric(value, block.content.format)}</strong>
          <span className="muted">
            {typeof block.content.label === 'string'
              ? block.content.label
              : typeof block.content.title === 'string'
                ? block.content.title
                : column}
            {aggregate !== 'first' && run && run.rows.length > 1 ? (
              <span className="faint">
                {' '}
                · {METRIC_AGGREGATE_LABELS[aggregate].toLowerCase()} of {run.rows.length.toLocaleString()}{' '}
                rows
              </span>
            ) : null}
          </span>
        </div>
      ) : run ? (
        <p className="muted">
          {run.rows.length === 0
            ? 'No rows'
            : aggregate === 'first'
              ? 'No numeric value in the first row.'
              : 'No numeric column to total.'}
        </p>
      ) : (
        <SourceState block={block} loading={loading} error={error} />
      )}
    </div>
  );
}
