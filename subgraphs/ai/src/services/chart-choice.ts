// Which chart the assistant draws: the type a prompt names, read through canvas-model's chart
// types and aliases (one list for the editor and the assistant), and encodings built with
// canvas-model's chartContentOf and checked by its chartContent before anything is answered.
import {
  CHART_NEEDS,
  CHART_TYPES,
  chartContent,
  chartContentOf,
  chartTypeOf,
  type ChartType,
  type ChartView,
} from '@tessera/canvas-model';
import type { ChartSuggestion } from '@tessera/nl2sql';

/** "stackedBar" → "stacked bar". */
const wordsOf = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Spellings canvas-model reads as a type (chartTypeOf) beyond the types' own names. */
const EXTRA_PHRASES = [
  'column',
  'doughnut',
  'ring',
  'crosstab',
  'pivot table',
  'box and whisker',
  'box',
  'heat map',
  'dual axis',
  'bar line',
  'kpi',
  'metric',
  'number',
];
/** Words that name a chart only when the prompt says so plainly ("as a line", "line chart"). */
const WEAK = new Set(['bar', 'line', 'area', 'column', 'ring', 'box', 'kpi', 'metric', 'number', 'combo']);

const PHRASES = [...new Set([...CHART_TYPES.map(wordsOf), ...EXTRA_PHRASES])]
  .filter((p) => chartTypeOf(p) !== null)
  .sort((a, b) => b.length - a.length);
const phraseSource = PHRASES.map((p) => p.split(' ').join('[\\s-]*')).join('|');
const LEAD =
  '(?:as|in|into|on|using|with|show(?:n)?(?:\\s+(?:it|me|them))?(?:\\s+as)?|make|draw|plot|create|give\\s+me)';
const NAMED = new RegExp(
  `(?:\\b(${LEAD})\\s+)?(?:(an?|the)\\s+)?\\b(${phraseSource})(?:\\s+(chart|graph|plot|diagram|table|visuali[sz]ation)s?)?\\b(\\s+of\\b)?`,
  'gi',
);

export interface NamedChart {
  type: ChartType;
  /** The words the prompt used ("doughnut", "box plot"). */
  phrase: string;
  /** The prompt without those words. */
  rest: string;
}

/**
 * The chart type a prompt names ("as a donut", "stacked bar of …", "box plot of …", "a pivot table"),
 * or null. Plain words that are often data ("line", "area", "bar") count only beside "chart" or
 * after "as a".
 */
export function namedChartOf(prompt: string): NamedChart | null {
  for (const match of prompt.matchAll(NAMED)) {
    const [whole, lead, article, phrase = '', suffix, of] = match;
    const normalized = phrase.toLowerCase().replace(/[\s-]+/g, ' ');
    const type =
      chartTypeOf(normalized) ??
      chartTypeOf(`${normalized}${suffix ? ` ${suffix}` : ''}`) ??
      (normalized === 'box' ? chartTypeOf('box plot') : null);
    if (!type) continue;
    const start = match.index;
    const atStart = prompt.slice(0, start).trim() === '';
    const presented =
      Boolean(suffix) ||
      Boolean(lead && (/^as$/i.test(lead) || (article && /^(?:in|into|using|show)/i.test(lead))));
    if (WEAK.has(normalized) ? !presented : !presented && !of && !lead && !article) continue;
    // "stacked bar of revenue by month" → "revenue by month"; "… as a donut" → "…".
    const removed = of && (atStart || lead) ? whole : whole.replace(/\s+of$/i, '');
    const rest = `${prompt.slice(0, start)} ${prompt.slice(start + removed.length)}`;
    return { type, phrase: normalized, rest };
  }
  return null;
}

/** How a type reads in a sentence: "a stacked bar chart", "a box plot", "a pivot table". */
export function chartLabel(type: ChartType): string {
  const words =
    type === 'pivot'
      ? 'pivot table'
      : type === 'boxPlot' || type === 'heatmap' || type === 'histogram'
        ? wordsOf(type)
        : `${wordsOf(type)} chart`;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** The columns of a suggestion laid out for a type, as the editor stores a chart. */
export function viewFor(type: ChartType, chart: ChartSuggestion): ChartView {
  const measures = chart.y.filter((m) => m !== '');
  const [measure] = measures;
  const series = chart.series ?? null;
  switch (type) {
    case 'pie':
    case 'donut':
    case 'funnel':
    case 'horizontalBar':
      return { type, x: chart.x, y: measure ? [measure] : [] };
    case 'histogram':
      return { type, x: measure ?? chart.x, y: [] };
    case 'boxPlot':
      return { type, x: chart.x, y: measure ? [measure] : [] };
    case 'bubble':
      return { type, x: chart.x, y: measures.slice(0, 1), size: measures[1] ?? null };
    case 'combo':
      return { type, x: chart.x, y: measures.slice(0, 2) };
    case 'heatmap':
      return { type, x: chart.x, y: measure ? [measure] : [], series };
    case 'bigNumber':
      return { type, y: measure ? [measure] : [] };
    default:
      return { type, x: chart.x, y: measures, series };
  }
}

export type ChartChoice =
  | { ok: true; type: ChartType; content: Record<string, unknown>; view: ChartView }
  | { ok: false; type: ChartType; problem: string };

/** The chart content for a type, or why canvas-model refuses it for these columns. */
export function chartFor(type: ChartType, chart: ChartSuggestion): ChartChoice {
  const view = viewFor(type, chart);
  const content = chartContentOf(view);
  const checked = chartContent.safeParse({ sourceBlockId: 'answer', ...content });
  if (checked.success) return { ok: true, type, content, view };
  return {
    ok: false,
    type,
    problem: `${chartLabel(type)} needs ${CHART_NEEDS[type]}`,
  };
}

/** The suggestion's own type as a canvas chart type (null for "table"). */
export function suggestedType(chart: ChartSuggestion | null): ChartType | null {
  return chart ? chartTypeOf(chart.type) : null;
}

/**
 * generateSql's reading of a prompt that names a chart ("stacked bar of revenue by month and
 * segment"): the question without the chart words, and the suggestion's chart as that type when
 * canvas-model accepts it for the result's columns.
 */
export function withNamedChart(prompt: string): {
  question: string;
  named: ChartType | null;
  chart: (suggested: ChartSuggestion | null) => ChartSuggestion | null;
} {
  const named = namedChartOf(prompt);
  if (!named) return { question: prompt, named: null, chart: (suggested) => suggested };
  const question =
    named.rest
      .replace(/\s+([?.!,])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim() || prompt;
  return {
    question,
    named: named.type,
    chart: (suggested) =>
      suggested && chartFor(named.type, suggested).ok ? { ...suggested, type: named.type } : suggested,
  };
}
