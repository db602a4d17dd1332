// Pivot table with totals: x as rows, the series column as columns, the measure summed; a Total
// column and row. Cells are marks like a chart's (data-mark-* attributes, focusable) so one delegated
// listener cross-filters from them too.
import { useEffect, useMemo } from 'react';
import type { ChartView } from '@tessera/canvas-model';
import { OTHER, pivotTable } from './aggregate';
import { numberFormats } from './format';
import type { ChartData } from './types';

function markProps(field: string | null, key: string, label: string) {
  return field && !(label === OTHER && key === '')
    ? { 'data-mark-field': field, 'data-mark-value': key }
    : {};
}

export function PivotView({
  spec,
  data,
  onDrawn,
}: {
  spec: ChartView;
  data: ChartData;
  onDrawn?: (marks: number) => void;
}) {
  const pivot = useMemo(() => pivotTable(data, spec), [data, spec]);
  const fmt = numberFormats(spec.options?.format).value;
  const marks = pivot.rows.length * pivot.columns.length;
  useEffect(() => onDrawn?.(marks), [marks, onDrawn]);
  const measure = spec.y?.[0] ?? 'value';
  return (
    <div className="chart-pivot" data-chart-type="pivot" data-marks={marks}>
      <table
        aria-label={`Pivot of ${measure} by ${pivot.rowField ?? 'row'}${pivot.columnField ? ` and ${pivot.columnField}` : ''}`}
      >
        <thead>
          <tr>
            <th scope="col">
              {pivot.rowField ?? ''}
              {pivot.columnField ? <span className="pivot-corner"> / {pivot.columnField}</span> : null}
            </th>
            {pivot.columns.map((c) => (
              <th key={c.label} scope="col" title={c.label}>
                {c.label}
              </th>
            ))}
            {pivot.columnField ? (
              <th scope="col" className="pivot-total">
                Total
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {pivot.rows.map((r, i) => (
            <tr key={r.label}>
              <th scope="row" title={r.label}>
                {r.label}
              </th>
              {pivot.columns.map((c, j) => {
                const v = pivot.cells[i]![j] ?? null;
                return (
                  <td
                    key={c.label}
                    className="mark"
                    tabIndex={0}
                    aria-label={`${r.label}${pivot.columnField ? `, ${c.label}` : ''}: ${v === null ? 'no value' : fmt(v)}`}
                    {...markProps(pivot.rowField, r.key, r.label)}
                    {...(pivot.columnField && !(c.label === OTHER && c.key === '')
                      ? { 'data-mark-series-field': pivot.columnField, 'data-mark-series-value': c.key }
                      : {})}
                  >
                    {v === null ? '' : fmt(v)}
                  </td>
                );
              })}
              {pivot.columnField ? <td className="pivot-total">{fmt(pivot.rowTotals[i]!)}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {pivot.columns.map((c, j) => (
              <td key={c.label} className="pivot-total">
                {fmt(pivot.columnTotals[j]!)}
              </td>
            ))}
            {pivot.columnField ? <td className="pivot-total">{fmt(pivot.total)}</td> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
