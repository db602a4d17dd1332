// Chart type, encodings and options, chosen from the result's columns. Every type lists the
// encodings it needs; a missing one (a combo's line, a bubble's size) is said in words.
import {
  CHART_DATE_FORMATS,
  CHART_NEEDS,
  CHART_SORTS,
  CHART_TYPES,
  MAX_TOP_N,
  type ChartOptions,
  type ChartType,
  type ChartView,
} from '@tessera/canvas-model';
import { useId } from 'react';
import { CHART_LABELS, type ChartData } from './types';
import { PALETTE_LABELS } from './palette';
import { columnKind, defaultSpec, resolveSpec } from './transforms';

const MULTI_MEASURE = new Set<ChartType>(['bar', 'groupedBar', 'stackedBar', 'line', 'area', 'stackedArea']);
const WITH_SERIES = new Set<ChartType>([
  'bar',
  'groupedBar',
  'stackedBar',
  'horizontalBar',
  'line',
  'area',
  'stackedArea',
  'scatter',
  'bubble',
  'heatmap',
  'pivot',
]);
const NUMERIC_X = new Set<ChartType>(['histogram', 'scatter', 'bubble']);
const FORMAT_LABELS: Record<NonNullable<ChartOptions['format']>, string> = {
  auto: 'Automatic',
  number: 'Number',
  integer: 'Integer',
  currency: 'Currency ($)',
  percent: 'Percent (0.25 → 25%)',
  compact: 'Compact (1.2M)',
};
const SORT_LABELS: Record<(typeof CHART_SORTS)[number], string> = {
  // in CHART_SORTS' order, the order the menu lists them in
  none: 'As in the result',
  label: 'By label (A→Z)',
  ascending: 'Smallest first',
  descending: 'Largest first',
};

/**
 * A labelled <select> over a closed set of option values, listed in the order of `labels` (each
 * value's label is what the user reads). The chart options' number format, sort and palette use it.
 */
function OptionSelect<V extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: V;
  labels: Record<V, string>;
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {(Object.entries(labels) as [V, string][]).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * An axis title: free text up to 120 characters (the model's limit); empty means the column names,
 * shown as the placeholder, and is stored as no title.
 */
function AxisTitleField({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label>
      {label}
      <input
        maxLength={120}
        placeholder={placeholder}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      />
    </label>
  );
}

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
          data-chart-type={t}
          onClick={() => onChange(t)}
          title={`${CHART_LABELS[t]}: needs ${CHART_NEEDS[t]}${t === suggested ? ' (suggested by the assistant)' : ''}`}
        >
          {CHART_LABELS[t]}
          {t === suggested ? ' ✦' : ''}
        </button>
      ))}
    </div>
  );
}

/** What the chart still needs, in words (null when it can draw). */
export function chartProblem(spec: ChartView, data: ChartData): string | null {
  const numeric = data.columns.filter((_, i) => columnKind(data, i) === 'number').length;
  const measures = spec.y?.length ?? 0;
  const label = CHART_LABELS[spec.type];
  if (spec.type !== 'histogram' && measures === 0)
    return numeric === 0
      ? `${label} needs a numeric column; this result has none.`
      : `${label} needs a measure.`;
  if (spec.type === 'combo' && measures < 2)
    return numeric < 2
      ? 'Bar + line needs a second measure (the line); this result has only one numeric column.'
      : 'Bar + line needs a second measure: choose the line.';
  if (spec.type === 'bubble' && !spec.size) return 'Bubble needs a size measure.';
  if (spec.type === 'heatmap' && !spec.series) return 'Heatmap needs a column for its rows.';
  if (
    (spec.type === 'stackedBar' || spec.type === 'groupedBar' || spec.type === 'stackedArea') &&
    measures < 2 &&
    !spec.series
  )
    return `${label} needs a column to split by, or two measures.`;
  return null;
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
  const id = useId();
  const resolved = resolveSpec(spec, data);
  const type = resolved.type;
  const options = resolved.options ?? {};
  const names = data.columns.map((c) => c.name);
  const numeric = names.filter((_, i) => columnKind(data, i) === 'number');
  const xIsTime = resolved.x ? columnKind(data, names.indexOf(resolved.x)) === 'time' : false;
  const setType = (next: ChartType) => {
    const fresh = defaultSpec(next, data);
    const keepY = resolved.y?.filter((n) => numeric.includes(n)) ?? [];
    onChange({
      ...fresh,
      x:
        NUMERIC_X.has(next) || next === 'bigNumber' || next === 'boxPlot' ? fresh.x : (resolved.x ?? fresh.x),
      y:
        next === 'combo' ? (keepY.length >= 2 ? keepY.slice(0, 2) : fresh.y) : keepY.length ? keepY : fresh.y,
      ...(resolved.options ? { options: resolved.options } : {}),
    });
  };
  const setOption = <K extends keyof ChartOptions>(key: K, value: ChartOptions[K] | undefined) => {
    const next = { ...options, [key]: value };
    if (value === undefined || value === '') delete next[key];
    onChange({ ...resolved, options: next });
  };
  const toggleY = (name: string) => {
    const y = resolved.y ?? [];
    onChange({ ...resolved, y: y.includes(name) ? y.filter((n) => n !== name) : [...y, name] });
  };
  const setMeasure = (index: number, name: string) => {
    const y = [...(resolved.y ?? [])];
    if (name) y[index] = name;
    else y.splice(index, 1);
    onChange({ ...resolved, y: y.filter(Boolean) });
  };
  const xLabel: Partial<Record<ChartType, string>> = {
    histogram: 'Value',
    heatmap: 'Columns',
    pie: 'Label',
    donut: 'Label',
    funnel: 'Step',
    horizontalBar: 'Category',
    boxPlot: 'Group by',
    bigNumber: 'Trend over',
    pivot: 'Rows',
  };
  const seriesLabel: Partial<Record<ChartType, string>> = {
    heatmap: 'Rows',
    pivot: 'Columns',
    stackedBar: 'Stack by',
    stackedArea: 'Stack by',
  };
  const problem = chartProblem(resolved, data);
  const select = (
    label: string,
    value: string,
    choices: string[],
    set: (v: string) => void,
    none?: string,
    key = label,
  ) => (
    <label key={key}>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {choices.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="chart-settings" style={{ display: 'grid', gap: 8 }}>
      <ChartTypePicker value={type} onChange={setType} suggested={suggested} />
      <p className="chart-needs" id={`${id}-needs`}>
        {CHART_LABELS[type]} needs {CHART_NEEDS[type]}.
      </p>
      {problem ? (
        <p className="chart-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="encoding" aria-describedby={`${id}-needs`}>
        {select(
          xLabel[type] ?? 'X axis',
          resolved.x ?? '',
          NUMERIC_X.has(type) ? numeric : names,
          (v) => onChange({ ...resolved, x: v || null }),
          type === 'bigNumber' || type === 'boxPlot' ? '(none)' : '(row number)',
        )}
        {type === 'histogram' ? (
          <label>
            Bins
            <input
              type="number"
              min={2}
              max={200}
              value={resolved.bins ?? 20}
              onChange={(e) =>
                onChange({ ...resolved, bins: Math.min(200, Math.max(2, Number(e.target.value) || 20)) })
              }
            />
          </label>
        ) : MULTI_MEASURE.has(type) ? (
          <fieldset>
            <legend>Measures</legend>
            {numeric.map((n) => (
              <label key={n}>
                <input type="checkbox" checked={(resolved.y ?? []).includes(n)} onChange={() => toggleY(n)} />{' '}
                {n}
              </label>
            ))}
          </fieldset>
        ) : type === 'combo' ? (
          <>
            {select('Bars', resolved.y?.[0] ?? '', numeric, (v) => setMeasure(0, v))}
            {select('Line (right axis)', resolved.y?.[1] ?? '', numeric, (v) => setMeasure(1, v), '(choose)')}
          </>
        ) : (
          <>
            {select(
              type === 'heatmap'
                ? 'Cell value'
                : type === 'scatter' || type === 'bubble'
                  ? 'Y axis'
                  : 'Value',
              resolved.y?.[0] ?? '',
              numeric,
              (v) => setMeasure(0, v),
            )}
            {type === 'bigNumber'
              ? select(
                  'Compare with target',
                  resolved.y?.[1] ?? '',
                  numeric,
                  (v) => setMeasure(1, v),
                  '(previous value)',
                )
              : null}
          </>
        )}
        {type === 'bubble'
          ? select(
              'Size',
              resolved.size ?? '',
              numeric,
              (v) => onChange({ ...resolved, size: v || null }),
              '(choose)',
            )
          : null}
        {WITH_SERIES.has(type)
          ? select(
              seriesLabel[type] ?? 'Color by',
              resolved.series ?? '',
              names.filter((n) => !numeric.includes(n) || type === 'heatmap' || type === 'pivot'),
              (v) => onChange({ ...resolved, series: v || null }),
              '(none)',
            )
          : null}
      </div>
      {type !== 'bigNumber' ? (
        <details className="chart-options">
          <summary>Format, sorting and labels</summary>
          <div className="encoding">
            <OptionSelect
              label="Number format"
              value={options.format ?? 'auto'}
              labels={FORMAT_LABELS}
              onChange={(v) => setOption('format', v)}
            />
            {xIsTime ? (
              <label>
                Date format
                <select
                  value={options.dateFormat ?? 'auto'}
                  onChange={(e) => setOption('dateFormat', e.target.value as ChartOptions['dateFormat'])}
                >
                  {CHART_DATE_FORMATS.map((v) => (
                    <option key={v} value={v}>
                      {v === 'auto' ? 'Automatic' : v}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <OptionSelect
              label="Sort"
              value={options.sort ?? 'none'}
              labels={SORT_LABELS}
              onChange={(v) => setOption('sort', v)}
            />
            <label>
              Top N (rest as “Other”)
              <input
                type="number"
                min={1}
                max={MAX_TOP_N}
                placeholder="all"
                value={options.topN ?? ''}
                onChange={(e) => {
                  const n = Math.round(Number(e.target.value));
                  setOption('topN', e.target.value && n >= 1 ? Math.min(MAX_TOP_N, n) : undefined);
                }}
              />
            </label>
            <AxisTitleField
              label="X axis title"
              placeholder={resolved.x ?? ''}
              value={options.xTitle}
              onChange={(v) => setOption('xTitle', v)}
            />
            <AxisTitleField
              label="Y axis title"
              placeholder={type === 'combo' ? (resolved.y?.[0] ?? '') : (resolved.y ?? []).join(', ')}
              value={options.yTitle}
              onChange={(v) => setOption('yTitle', v)}
            />
            {type === 'combo' ? (
              <AxisTitleField
                label="Right axis title"
                placeholder={resolved.y?.[1] ?? ''}
                value={options.y2Title}
                onChange={(v) => setOption('y2Title', v)}
              />
            ) : null}
            <OptionSelect
              label="Palette"
              value={options.palette ?? 'default'}
              labels={PALETTE_LABELS}
              onChange={(v) => setOption('palette', v)}
            />
            <label className="inline">
              <input
                type="checkbox"
                checked={options.legend !== 'none'}
                onChange={(e) => setOption('legend', e.target.checked ? undefined : 'none')}
              />{' '}
              Legend
            </label>
          </div>
        </details>
      ) : (
        <div className="encoding">
          <OptionSelect
            label="Number format"
            value={options.format ?? 'auto'}
            labels={FORMAT_LABELS}
            onChange={(v) => setOption('format', v)}
          />
        </div>
      )}
    </div>
  );
}
