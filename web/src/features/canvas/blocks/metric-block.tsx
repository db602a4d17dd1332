import { METRIC_FORMAT_LABELS, METRIC_FORMATS, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { toNumber } from '../../../charts/transforms';
import { useCanvas } from '../runtime';
import { SourcePicker, SourceState, sourceOf, useSourceRun } from './source';

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 2 });
const full = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatMetric(value: number, format: unknown): string {
  if (format === 'integer')
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(value);
  if (format === 'compact') return compact.format(value);
  if (format === 'currency')
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'USD',
      notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
      maximumFractionDigits: 2,
    }).format(value);
  if (format === 'percent')
    return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return Math.abs(value) >= 1e6 ? compact.format(value) : full.format(value);
}

/** METRIC block: one number from a SQL block's first row (content.column), formatted. */
export function MetricBlock({ block }: { block: BlockJson }) {
  const { doc, readOnly, selectedBlockId } = useCanvas();
  const { run, loading, error } = useSourceRun(sourceOf(block));
  const columns = run?.columns ?? [];
  const chosen = typeof block.content.field === 'string' ? block.content.field : block.content.column;
  const column =
    typeof chosen === 'string' && columns.some((c) => c.name === chosen)
      ? chosen
      : columns.find((c) => /int|dec|double|float|num|real/i.test(c.type))?.name;
  const index = columns.findIndex((c) => c.name === column);
  const value = index >= 0 ? toNumber(run?.rows[0]?.[index]) : null;
  const editing = !readOnly && selectedBlockId === block.id;
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
          </span>
        </div>
      ) : run ? (
        <p className="muted">No numeric value in the first row.</p>
      ) : (
        <SourceState block={block} loading={loading} error={error} />
      )}
    </div>
  );
}
