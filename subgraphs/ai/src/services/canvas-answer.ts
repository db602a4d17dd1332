// What askCanvas puts on the canvas for an answer: pure, so the choice of blocks is tested alone.
import type { ChartType } from '@tessera/canvas-model';
import type { ChartSuggestion } from '@tessera/nl2sql';
import type { WiredBlock } from '../clients/canvases-client.ts';
import { chartFor, chartLabel, namedChartOf, suggestedType, type ChartChoice } from './chart-choice.ts';

/** How the question asks to be shown, and the question without those words. */
export interface Presentation {
  question: string;
  /** A chart type the prompt names ("as a bar chart", "as a donut", "box plot of …"), when it names one. */
  chartType: ChartType | null;
  /** The words it named the type with, when they are not the type's own name ("doughnut", "crosstab"). */
  chartPhrase?: string;
  /** The prompt asks for a summary or an explanation: a TEXT block too. */
  wantsText: boolean;
}

const CHART_WORDS =
  /\b(?:(?:as|in|into|on|with|using|show(?:n)?(?:\s+it)?(?:\s+as)?)\s+)?(?:an?\s+|the\s+)?(?:time[- ]series\s+)?(?:chart|graph|plot|visuali[sz]ation)\b/gi;
const TEXT_WORDS =
  /(?:,?\s*(?:and|then|with|plus)\s+)?(?:(?:a|an|the|some)\s+)?(?:(?:short|brief|quick|small)\s+)?\b(?:summar(?:y|ise|ize|ising|izing)|explain(?:ing)?|explanation|describe|description|narrative|commentary|insights?|write[- ]?up)\b(?:\s+(?:it|them|this|that|of it|the (?:result|results|data|trend)s?))?/gi;

/** Separates the question from how it asks to be shown ("… as a bar chart and summarize it"). */
export function presentationOf(prompt: string): Presentation {
  const named = namedChartOf(prompt);
  const chartType = named?.type ?? null;
  const wantsText = new RegExp(TEXT_WORDS.source, 'i').test(prompt);
  let question = (named?.rest ?? prompt).replace(CHART_WORDS, ' ').replace(TEXT_WORDS, ' ');
  question = question
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\b(?:and|then|with|plus)\s*([?.!]?)$/i, '$1')
    .trim();
  const alias = named && named.phrase.replace(/\s+/g, '') !== named.type.toLowerCase() ? named.phrase : null;
  return {
    question: question || prompt.trim(),
    chartType,
    ...(alias ? { chartPhrase: alias } : {}),
    wantsText,
  };
}

/** "revenue by month in 2025" → "Revenue by month in 2025". */
export function titleOf(question: string): string {
  const text = question.replace(/[?.!]+$/, '').trim();
  const title = text.charAt(0).toUpperCase() + text.slice(1);
  return title.length > 80 ? `${title.slice(0, 79).trimEnd()}…` : title;
}

/**
 * The SQL block's name from its title (`Revenue by month` → `revenue_by_month`, canvas-model R30),
 * short enough for the other blocks' suffixes; canvases makes it unique on the canvas.
 */
export function answerNameOf(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
  if (!slug) return 'answer';
  return /^[0-9]/.test(slug) ? `_${slug}` : slug;
}

export interface PlannedAnswer {
  blocks: WiredBlock[];
  /** What was added, in words ("an SQL block … and a line chart of revenue by month reading it"). */
  described: string;
}

/**
 * The chart to draw: the type the prompt names when canvas-model accepts it for the result's
 * columns, else the suggested one; with a note saying what was guessed or why the named one was
 * not drawn (the assistant says which type it picked when it was not told).
 */
export function chooseChart(
  presentation: Presentation,
  chart: ChartSuggestion | null,
): { choice: ChartChoice | null; note: string | null } {
  const requested = presentation.chartType;
  const guessed = suggestedType(chart);
  const fallback = () => (chart && guessed && guessed !== requested ? chartFor(guessed, chart) : null);
  const instead = (choice: ChartChoice | null) =>
    choice?.ok
      ? `so I drew ${choice.type === 'bigNumber' ? 'a metric' : chartLabel(choice.type)} instead`
      : 'so I added a table instead';
  if (requested) {
    if (!chart) {
      return {
        choice: null,
        note: `You asked for ${chartLabel(requested)}, but the result has no columns to chart, so I added a table instead.`,
      };
    }
    const asked = chartFor(requested, chart);
    if (asked.ok) {
      const notes = [
        presentation.chartPhrase ? `I read "${presentation.chartPhrase}" as ${chartLabel(requested)}.` : '',
        // A distribution over one aggregated row per category is flat: say so rather than pretend.
        requested === 'boxPlot' && chart.x && guessed && guessed !== 'scatter'
          ? `The result has one row per ${chart.x}, so each box is a single value; ask for the individual values (not a total or count) to see their spread.`
          : '',
      ].filter(Boolean);
      return { choice: asked, note: notes.length ? notes.join(' ') : null };
    }
    const other = fallback();
    return {
      choice: other?.ok ? other : null,
      note: `You asked for ${chartLabel(requested)}, but ${asked.problem} and this result does not have that, ${instead(other)}.`,
    };
  }
  if (!chart || !guessed) return { choice: null, note: null };
  const choice = chartFor(guessed, chart);
  if (!choice.ok) return { choice: null, note: null };
  return {
    choice,
    note:
      guessed === 'bigNumber'
        ? null
        : `No chart type was named, so I guessed ${chartLabel(guessed)} from the result's columns; name another (donut, stacked bar, funnel, box plot, pivot, …) to change it.`,
  };
}

/**
 * The wired blocks for an answer: the SQL block; a chart reading it (the type the prompt names,
 * else a date dimension → line, a category → bar; one number → a METRIC block, else a table); a
 * TEXT block bound to the result when the prompt asked for a summary or an explanation.
 */
export function planCanvasAnswer(input: {
  question: string;
  presentation: Presentation;
  sql: string;
  explanation: string;
  chart: ChartSuggestion | null;
  dataSourceId: string;
  /** Words of the question the SQL could not use: said plainly rather than charted as if used. */
  unmapped?: string[];
}): PlannedAnswer {
  const title = titleOf(input.question);
  const name = answerNameOf(title);
  const blocks: WiredBlock[] = [
    {
      type: 'SQL',
      position: { x: 0, y: 0, w: 6, h: 8 },
      content: {
        title,
        name,
        dataSourceId: input.dataSourceId,
        sql: input.sql,
        prompt: input.question,
        aiGenerated: true,
      },
    },
  ];
  const { choice, note } = chooseChart(input.presentation, input.chart);
  let shown: string;
  let firstRow: string | null = null;
  const measure = choice?.ok ? (choice.view.y?.[0] ?? null) : null;
  if (choice?.ok && choice.type === 'bigNumber' && measure) {
    blocks.push({
      type: 'METRIC',
      position: { x: 6, y: 0, w: 3, h: 3 },
      content: {
        title,
        name: `${name}_metric`,
        sourceBlockId: '#0',
        field: measure,
        aggregate: 'first',
        format: 'number',
      },
    });
    shown = `a metric showing ${measure}`;
    firstRow = `{{#0.${measure}}}`;
  } else if (choice?.ok) {
    const { view } = choice;
    blocks.push({
      type: 'CHART',
      position: { x: 6, y: 0, w: 6, h: 8 },
      content: {
        title,
        name: `${name}_chart`,
        sourceBlockId: '#0',
        ...choice.content,
      },
    });
    const what = (view.y ?? []).length ? view.y!.join(', ') : (view.x ?? '');
    const by = (view.y ?? []).length && view.x ? ` by ${view.x}` : '';
    const split = view.series ? ` and ${view.series}` : '';
    const sized = view.size ? `, sized by ${view.size}` : '';
    shown = `${chartLabel(choice.type)} of ${what}${by}${split}${sized}`;
    if (view.x && measure) firstRow = `{{#0.${view.x}}}: {{#0.${measure}}}`;
  } else {
    blocks.push({
      type: 'TABLE',
      position: { x: 6, y: 0, w: 6, h: 7 },
      content: { title, name: `${name}_table`, sourceBlockId: '#0' },
    });
    shown = 'a table of its result';
  }
  let described = `Added an SQL block "${title}" and ${shown} reading it`;
  if (input.presentation.wantsText) {
    const lines = [`**${title}**`, '', input.explanation];
    if (firstRow) lines.push('', `First row of the result: ${firstRow}`);
    blocks.push({
      type: 'TEXT',
      position: { x: 0, y: 8, w: 12, h: 3 },
      content: {
        title: `About ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
        name: `${name}_notes`,
        markdown: lines.join('\n'),
      },
    });
    described += ', and a text block explaining it';
  }
  const unused = (input.unmapped ?? []).filter(Boolean).slice(0, 5);
  const notes = [
    note,
    unused.length
      ? `The query does not use ${unused.map((w) => `"${w}"`).join(', ')}: rephrase to include ${unused.length > 1 ? 'them' : 'it'}.`
      : null,
  ].filter(Boolean);
  return { blocks, described: `${described}.${notes.length ? ` ${notes.join(' ')}` : ''}` };
}
