// What askCanvas puts on the canvas for an answer: pure, so the choice of blocks is tested alone.
import type { ChartSuggestion } from '@tessera/nl2sql';
import type { WiredBlock } from '../clients/canvases-client.ts';

/** How the question asks to be shown, and the question without those words. */
export interface Presentation {
  question: string;
  /** A chart type the prompt names ("as a bar chart"), when it names one. */
  chartType: 'bar' | 'line' | 'area' | 'pie' | 'scatter' | null;
  /** The prompt asks for a summary or an explanation: a TEXT block too. */
  wantsText: boolean;
}

const CHART_WORDS =
  /\b(?:(?:as|in|into|on|with|using|show(?:n)?(?:\s+it)?(?:\s+as)?)\s+)?(?:an?\s+|the\s+)?(?:(bar|column|line|area|pie|donut|scatter|time[- ]series)\s+)?(?:chart|graph|plot|visuali[sz]ation)\b/gi;
const NAMED_CHART = /\b(bar|column|line|area|pie|donut|scatter)\s+(?:chart|graph|plot)\b/i;
const TEXT_WORDS =
  /(?:,?\s*(?:and|then|with|plus)\s+)?(?:(?:a|an|the|some)\s+)?(?:(?:short|brief|quick|small)\s+)?\b(?:summar(?:y|ise|ize|ising|izing)|explain(?:ing)?|explanation|describe|description|narrative|commentary|insights?|write[- ]?up)\b(?:\s+(?:it|them|this|that|of it|the (?:result|results|data|trend)s?))?/gi;

/** Separates the question from how it asks to be shown ("… as a bar chart and summarize it"). */
export function presentationOf(prompt: string): Presentation {
  const named = NAMED_CHART.exec(prompt)?.[1]?.toLowerCase();
  const chartType =
    named === 'column' ? 'bar' : named === 'donut' ? 'pie' : ((named as Presentation['chartType']) ?? null);
  const wantsText = new RegExp(TEXT_WORDS.source, 'i').test(prompt);
  let question = prompt.replace(CHART_WORDS, ' ').replace(TEXT_WORDS, ' ');
  question = question
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\b(?:and|then|with|plus)\s*([?.!]?)$/i, '$1')
    .trim();
  return { question: question || prompt.trim(), chartType, wantsText };
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

const CHARTABLE = new Set(['bar', 'line', 'area', 'pie', 'scatter']);

/**
 * The wired blocks for an answer: the SQL block; a chart reading it (a date dimension → line, a
 * category → bar, one number → a METRIC block, else a table); a TEXT block bound to the result
 * when the prompt asked for a summary or an explanation.
 */
export function planCanvasAnswer(input: {
  question: string;
  presentation: Presentation;
  sql: string;
  explanation: string;
  chart: ChartSuggestion | null;
  dataSourceId: string;
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
  const chart = input.chart;
  const measure = chart?.y[0];
  let shown: string;
  let firstRow: string | null = null;
  if (chart && chart.type === 'bigNumber' && measure) {
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
  } else if (chart && chart.x && measure && (CHARTABLE.has(chart.type) || input.presentation.chartType)) {
    const type = input.presentation.chartType ?? (chart.type as NonNullable<Presentation['chartType']>);
    const y = type === 'pie' ? [measure] : chart.y;
    const encodings: Record<string, unknown> = {
      x: { field: chart.x },
      y: y.length > 1 ? y.map((field) => ({ field })) : { field: measure },
      ...(chart.series && type !== 'pie' ? { color: { field: chart.series } } : {}),
    };
    blocks.push({
      type: 'CHART',
      position: { x: 6, y: 0, w: 6, h: 8 },
      content: {
        title,
        name: `${name}_chart`,
        sourceBlockId: '#0',
        chartType: type,
        encodings,
        aggregation: 'none',
      },
    });
    shown = `a ${type} chart of ${y.join(', ')} by ${chart.x}${chart.series && type !== 'pie' ? ` and ${chart.series}` : ''}`;
    firstRow = `{{#0.${chart.x}}}: {{#0.${measure}}}`;
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
  return { blocks, described: `${described}.` };
}
