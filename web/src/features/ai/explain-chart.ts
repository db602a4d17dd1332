// "Explain this chart": what a chart shows, in a few honest sentences, from its spec and the rows
// it draws (deterministic, offline), with the SQL's own explanation from the API's explainSql.
import type { ChartType, ChartView } from '@tessera/canvas-model';
import type { Client } from '@urql/core';
import { CHART_LABELS } from '../../charts/types';
import { graphql } from '../../gql';

const ExplainChartSql = graphql(`
  query ExplainChartSql($sql: String!, $dataSourceId: ID) {
    explainSql(sql: $sql, dataSourceId: $dataSourceId) {
      text
    }
  }
`);

export interface ChartData {
  columns: readonly { name: string }[];
  rows: readonly (readonly unknown[])[];
}

// How a sentence names a chart type: its label as "… chart", unless it has a name of its own.
const TYPE_WORDS: Partial<Record<ChartType, string>> = {
  scatter: 'scatter plot',
  bubble: 'bubble chart (scatter with sized points)',
  histogram: 'histogram',
  heatmap: 'heatmap',
  boxPlot: 'box plot',
  funnel: 'funnel',
  combo: 'bar and line chart on two axes',
  bigNumber: 'single number',
  pivot: 'pivot table',
};
const typeWords = (type: ChartType): string =>
  TYPE_WORDS[type] ?? `${(CHART_LABELS[type] ?? type).toLowerCase()} chart`;

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? value.toLocaleString('en')
      : value.toLocaleString('en', { maximumFractionDigits: 2 });
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z?$/.test(text) ? text.slice(0, 10) : text;
}

const numeric = (value: unknown): number | null => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : null;
};

/** The chart in words: what it plots, over how many rows, and the extremes and trend of its first measure. */
export function describeChart(spec: ChartView, data: ChartData): string {
  const kind = typeWords(spec.type);
  const A = /^[aeiou]/i.test(kind) ? 'An' : 'A';
  const measure = spec.y?.[0];
  const index = (name: string | null | undefined) =>
    name ? data.columns.findIndex((c) => c.name === name) : -1;
  const xi = index(spec.x);
  const yi = index(measure);
  if (data.rows.length === 0) return `${A} ${kind} with no rows to show: the query returned nothing.`;
  if (yi < 0) return `${A} ${kind} of ${data.rows.length} rows; its measure is not in the result any more.`;
  if (spec.type === 'bigNumber' || xi < 0) {
    return `${A} ${kind} showing ${measure}: ${shown(data.rows[0]![yi])} (the first row of ${data.rows.length}).`;
  }
  const points = data.rows
    .map((row) => ({ x: row[xi], y: numeric(row[yi]) }))
    .filter((p): p is { x: unknown; y: number } => p.y !== null);
  const sentences = [
    `${A} ${kind} of ${spec.y!.join(', ')} by ${spec.x}${spec.series ? `, split by ${spec.series}` : ''}, over ${data.rows.length} row${data.rows.length === 1 ? '' : 's'}.`,
  ];
  if (points.length > 0) {
    const top = points.reduce((a, b) => (b.y > a.y ? b : a));
    const low = points.reduce((a, b) => (b.y < a.y ? b : a));
    const total = points.reduce((sum, p) => sum + p.y, 0);
    sentences.push(
      `${measure} is highest at ${shown(top.x)} (${shown(top.y)}) and lowest at ${shown(low.x)} (${shown(low.y)}); together ${shown(total)}.`,
    );
    if ((spec.type === 'line' || spec.type === 'area') && points.length >= 2 && !spec.series) {
      const first = points[0]!;
      const last = points[points.length - 1]!;
      const change = first.y === 0 ? null : ((last.y - first.y) / Math.abs(first.y)) * 100;
      sentences.push(
        `From ${shown(first.x)} to ${shown(last.x)} it went from ${shown(first.y)} to ${shown(last.y)}${change === null ? '' : ` (${change >= 0 ? '+' : ''}${change.toFixed(0)} %)`}.`,
      );
    }
  }
  return sentences.join(' ');
}

/** The SQL's explanation from the API (null when it cannot be had). */
export async function explainChartSql(
  client: Client,
  sql: string,
  dataSourceId: string | null,
): Promise<string | null> {
  const result = await client.query(ExplainChartSql, { sql, dataSourceId }).toPromise();
  return result.data?.explainSql.text ?? null;
}
