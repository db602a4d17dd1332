// Chart type and encodings, chosen from the result's columns.
import { CHART_TYPES, type ChartType, type ChartView } from '@tessera/canvas-model';
import { CHART_LABELS, type ChartData } from './types';
import { columnKind, defaultSpec, resolveSpec } from './transforms';

export function ChartTypePicker({
  value,
  onChange,
  suggested,
}: {
  value: ChartType;
  onChange: (t: ChartType) => void;
  suggested?: ChartType | null;
}) {
  return (
    <div className="chart-types" role="group" aria-label="Chart type">
      {CHART_TYPES.map((t) => (
        <button
          key={t}
          type="button"
          className="btn btn-sm"
          aria-pressed={t === value}
          onClick={() => onChange(t)}
          title={t === suggested ? 'Suggested by the assistant' : undefined}
        >
          {CHART_LABELS[t]}
          {t === suggested ? ' ✦' : ''}
        </button>
      ))}
    </div>
  );
}

export function ChartSettings({
  spec,
  data,
  onChange,
  suggested,
}: {
  spec: ChartView;
  data: ChartData;
  onChange: (spec: ChartView) => void;
  suggested?: ChartType | null;
}) {
  const resolved = resolveSpec(spec, data);
  const names = data.columns.map((c) => c.name);
  const numeric = names.filter((_, i) => columnKind(data, i) === 'number');
  const setType = (type: ChartType) => {
    const next = defaultSpec(type, data);
    // keep the user's choices where they still make sense
    onChange({
      ...next,
      x: type === 'histogram' || type === 'scatter' ? next.x : (resolved.x ?? next.x),
      y: resolved.y?.length ? resolved.y.filter((n) => numeric.includes(n)) : next.y,
    });
  };
  const toggleY = (name: string) => {
    const y = resolved.y ?? [];
    onChange({ ...resolved, y: y.includes(name) ? y.filter((n) => n !== name) : [...y, name] });
  };
  const xLabel =
    resolved.type === 'histogram'
      ? 'Value'
      : resolved.type === 'heatmap'
        ? 'Columns'
        : resolved.type === 'pie'
          ? 'Label'
          : 'X axis';
  const multiY = ['bar', 'line', 'area'].includes(resolved.type);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ChartTypePicker value={resolved.type} onChange={setType} suggested={suggested} />
      <div className="encoding">
        {resolved.type !== 'bigNumber' ? (
          <label>
            {xLabel}
            <select
              value={resolved.x ?? ''}
              onChange={(e) => onChange({ ...resolved, x: e.target.value || null })}
            >
              <option value="">(row number)</option>
              {(resolved.type === 'histogram' || resolved.type === 'scatter' ? numeric : names).map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
        ) : null}
        {resolved.type !== 'histogram' ? (
          multiY ? (
            <fieldset>
              <legend>Y axis</legend>
              {numeric.map((n) => (
                <label key={n}>
                  <input
                    type="checkbox"
                    checked={(resolved.y ?? []).includes(n)}
                    onChange={() => toggleY(n)}
                  />{' '}
                  {n}
                </label>
              ))}
            </fieldset>
          ) : (
            <label>
              {resolved.type === 'heatmap' ? 'Cell value' : resolved.type === 'scatter' ? 'Y axis' : 'Value'}
              <select
                value={resolved.y?.[0] ?? ''}
                onChange={(e) => onChange({ ...resolved, y: e.target.value ? [e.target.value] : [] })}
              >
                {numeric.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
          )
        ) : (
          <label>
            Bins
            <input
              type="number"
              min={2}
              max={200}
              value={resolved.bins ?? 20}
              onChange={(e) => onChange({ ...resolved, bins: Number(e.target.value) || 20 })}
            />
          </label>
        )}
        {['bar', 'line', 'area', 'scatter', 'heatmap'].includes(resolved.type) ? (
          <label>
            {resolved.type === 'heatmap' ? 'Rows' : 'Color by'}
            <select
              value={resolved.series ?? ''}
              onChange={(e) => onChange({ ...resolved, series: e.target.value || null })}
            >
              <option value="">(none)</option>
              {names
                .filter((n) => !numeric.includes(n) || resolved.type === 'heatmap')
                .map((n) => (
                  <option key={n}>{n}</option>
                ))}
            </select>
          </label>
        ) : null}
      </div>
    </div>
  );
}
