import type { Query } from './plan/query.ts';
import { classifyColumns, isIdName } from './result/columns.ts';
import type { ResultKind } from './result/columns.ts';
import type { ChartSuggestion, ResultColumn } from './types.ts';

/** The chart a generated query's result suits, decided from the plan. */
export function chartForQuery(query: Query): ChartSuggestion | null {
  const measures = query.select.filter((s) => s.role === 'measure').map((s) => s.alias);
  const dims = query.select.filter((s) => s.role === 'dimension');
  if (!query.aggregated) {
    const numeric = query.select.filter((s) => s.column?.kind === 'number' && !s.column.isKey);
    if (numeric.length >= 2 && query.select.length === 2)
      return { type: 'scatter', x: numeric[0]?.alias ?? null, y: [numeric[1]?.alias ?? ''] };
    return { type: 'table', x: null, y: [] };
  }
  if (measures.length === 0) return null;
  if (dims.length === 0) return { type: 'bigNumber', x: null, y: measures };
  const ranked =
    query.orderBy.some((o) => measures.includes(o.alias)) && query.limit !== undefined && query.limit <= 100;
  const time = ranked ? undefined : dims.find((d) => d.grain);
  const labels = dims.filter(
    (d) => !d.grain && !(d.column?.isKey && dims.some((o) => o !== d && o.column?.table === d.column?.table)),
  );
  if (time) {
    const series = labels[0]?.alias;
    return series
      ? { type: 'line', x: time.alias, y: [measures[0] ?? ''], series }
      : { type: 'line', x: time.alias, y: measures };
  }
  const x = labels[0]?.alias ?? dims[0]?.alias ?? null;
  if (measures.some((m) => m.startsWith('share_of_')) && (query.limit ?? 0) <= 12)
    return { type: 'pie', x, y: measures.filter((m) => m.startsWith('share_of_')) };
  const series = labels[1]?.alias;
  return series ? { type: 'bar', x, y: [measures[0] ?? ''], series } : { type: 'bar', x, y: measures };
}

/**
 * A sensible chart for a result: time series → line, categories → bar (pie for a few shares),
 * one number → bigNumber, two numeric columns → scatter, anything else → table.
 */
export function suggestChart(columns: ResultColumn[], rows: unknown[][]): ChartSuggestion | null {
  if (columns.length === 0 || rows.length === 0) return null;
  const kinds = classifyColumns(columns, rows);
  const names = (kind: ResultKind): string[] =>
    columns.filter((_, i) => kinds[i] === kind).map((c) => c.name);
  const numbers = names('number').filter((n) => !isIdName(n));
  const [time] = names('time');
  const texts = names('text');
  if (rows.length === 1 && numbers.length >= 1 && texts.length === 0 && !time)
    return { type: 'bigNumber', x: null, y: numbers.slice(0, 1) };
  if (time && numbers.length > 0)
    return texts[0]
      ? { type: 'line', x: time, y: numbers.slice(0, 1), series: texts[0] }
      : { type: 'line', x: time, y: numbers };
  if (texts.length > 0 && numbers.length > 0) {
    const x = texts.at(-1) ?? null;
    const shares = numbers.filter((n) => /share|pct|percent/i.test(n));
    if (shares.length > 0 && rows.length <= 8) return { type: 'pie', x, y: shares.slice(0, 1) };
    return rows.length <= 50 ? { type: 'bar', x, y: numbers } : { type: 'table', x: null, y: [] };
  }
  if (numbers.length >= 2 && rows.length > 2)
    return { type: 'scatter', x: numbers[0] ?? null, y: [numbers[1] ?? ''] };
  if (numbers.length === 1 && rows.length === 1) return { type: 'bigNumber', x: null, y: numbers };
  return { type: 'table', x: null, y: [] };
}
