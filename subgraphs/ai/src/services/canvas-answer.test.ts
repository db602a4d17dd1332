import { CHART_TYPES, checkBlockContent, type BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import type { WiredBlock } from '../clients/canvases-client.ts';
import { answerNameOf, planCanvasAnswer, presentationOf, titleOf } from './canvas-answer.ts';

const SQL = 'SELECT 1';
const plan = (prompt: string, chart: Parameters<typeof planCanvasAnswer>[0]['chart']) => {
  const presentation = presentationOf(prompt);
  return planCanvasAnswer({
    question: presentation.question,
    presentation,
    sql: SQL,
    explanation: 'Computes revenue for each month.',
    chart,
    dataSourceId: 'source-1',
  });
};

/** The set as canvases would store it ("#0" → the SQL block's id), each block checked by canvas-model. */
function stored(blocks: WiredBlock[]): BlockJson[] {
  const out: BlockJson[] = [];
  blocks.forEach((block, index) => {
    const content = JSON.parse(
      JSON.stringify(block.content).replaceAll('"#0"', '"b0"').replaceAll('{{#0.', '{{b0.'),
    ) as Record<string, unknown>;
    const checked = checkBlockContent(block.type, content, out);
    expect(checked, `block ${index} (${block.type})`).toMatchObject({ ok: true });
    out.push({ id: `b${index}`, type: block.type, position: block.position, content });
  });
  return out;
}

describe('presentationOf', () => {
  it('separates the question from how it asks to be shown', () => {
    expect(presentationOf('revenue by month in 2025 as a chart')).toEqual({
      question: 'revenue by month in 2025',
      chartType: null,
      wantsText: false,
    });
    expect(presentationOf('Revenue by category as a bar chart and summarize it')).toEqual({
      question: 'Revenue by category',
      chartType: 'bar',
      wantsText: true,
    });
    expect(presentationOf('Show orders per country in a pie chart, with a short explanation?')).toMatchObject(
      {
        question: 'Show orders per country?',
        chartType: 'pie',
        wantsText: true,
      },
    );
    expect(presentationOf('how many customers churned')).toEqual({
      question: 'how many customers churned',
      chartType: null,
      wantsText: false,
    });
  });
});

describe('planCanvasAnswer', () => {
  it('a date dimension: an SQL block and a line chart reading it', () => {
    const { blocks, described } = plan('revenue by month in 2025 as a chart', {
      type: 'line',
      x: 'month',
      y: ['revenue'],
    });
    const [sql, chart] = stored(blocks);
    expect(blocks.map((b) => b.type)).toEqual(['SQL', 'CHART']);
    expect(sql!.content).toMatchObject({
      sql: SQL,
      dataSourceId: 'source-1',
      title: 'Revenue by month in 2025',
      name: 'revenue_by_month_in_2025',
    });
    expect(chart!.content).toMatchObject({
      sourceBlockId: 'b0',
      chartType: 'line',
      encodings: { x: { field: 'month' }, y: { field: 'revenue' } },
    });
    // No type was named: it says which one it guessed.
    expect(described).toBe(
      'Added an SQL block "Revenue by month in 2025" and a line chart of revenue by month reading it. ' +
        "No chart type was named, so I guessed a line chart from the result's columns; name another (donut, stacked bar, funnel, box plot, pivot, …) to change it.",
    );
  });

  it('a category: a bar chart (or the type the prompt names); a split series is the color', () => {
    expect(
      plan('revenue by category', { type: 'bar', x: 'category', y: ['revenue'] }).blocks[1]!.content,
    ).toMatchObject({ chartType: 'bar' });
    const pie = plan('revenue by category as a pie chart', { type: 'bar', x: 'category', y: ['revenue'] });
    expect(stored(pie.blocks)[1]!.content.chartType).toBe('pie');
    const split = plan('revenue by month and region', {
      type: 'line',
      x: 'month',
      y: ['revenue'],
      series: 'region',
    });
    expect(stored(split.blocks)[1]!.content.encodings).toEqual({
      x: { field: 'month' },
      y: { field: 'revenue' },
      color: { field: 'region' },
    });
  });

  it('one value: a metric; no chart shape: a table', () => {
    const metric = plan('total revenue in 2025', { type: 'bigNumber', x: null, y: ['revenue'] });
    expect(stored(metric.blocks).map((b) => [b.type, b.content.field])).toEqual([
      ['SQL', undefined],
      ['METRIC', 'revenue'],
    ]);
    const table = plan('list the customers in Canada', null);
    expect(stored(table.blocks).map((b) => b.type)).toEqual(['SQL', 'TABLE']);
  });

  it('a text block bound to the result when the prompt asks for a summary or explanation', () => {
    const { blocks, described } = plan('revenue by month in 2025 as a chart and explain it', {
      type: 'line',
      x: 'month',
      y: ['revenue'],
    });
    const text = stored(blocks)[2]!;
    expect(text.type).toBe('TEXT');
    expect(text.content.markdown).toContain('Computes revenue for each month.');
    expect(text.content.markdown).toContain('{{b0.month}}: {{b0.revenue}}');
    expect(text.position.y).toBeGreaterThanOrEqual(8);
    expect(described).toContain(', and a text block explaining it. No chart type was named');
  });

  it('names and titles fit the canvas model', () => {
    expect(titleOf('which customers ordered most?')).toBe('Which customers ordered most');
    expect(answerNameOf('2025 revenue')).toBe('_2025_revenue');
    expect(answerNameOf('???')).toBe('answer');
    expect(answerNameOf('x'.repeat(100)).length).toBeLessThanOrEqual(48);
  });
});

describe('the 18 chart types (canvas-model)', () => {
  const byRegion = { type: 'bar' as const, x: 'region', y: ['revenue'] };
  const bySegment = { type: 'line' as const, x: 'month', y: ['revenue'], series: 'segment' };

  it('"show revenue by region as a donut" → a donut, not a pie', () => {
    const p = presentationOf('show revenue by region as a donut');
    expect(p).toMatchObject({ question: 'show revenue by region', chartType: 'donut' });
    const { blocks, described } = plan('show revenue by region as a donut', byRegion);
    expect(stored(blocks)[1]!.content).toMatchObject({
      chartType: 'donut',
      encodings: { x: { field: 'region' }, y: { field: 'revenue' } },
    });
    expect(described).toBe(
      'Added an SQL block "Show revenue by region" and a donut chart of revenue by region reading it.',
    );
  });

  it('"stacked bar of revenue by month and segment" → stackedBar with the segment as series', () => {
    expect(presentationOf('stacked bar of revenue by month and segment')).toMatchObject({
      question: 'revenue by month and segment',
      chartType: 'stackedBar',
    });
    const { blocks } = plan('stacked bar of revenue by month and segment', bySegment);
    expect(stored(blocks)[1]!.content).toMatchObject({
      chartType: 'stackedBar',
      encodings: { x: { field: 'month' }, y: { field: 'revenue' }, color: { field: 'segment' } },
    });
  });

  it('a stacked bar without a series is refused by canvas-model: it says so and draws the suggestion', () => {
    const { blocks, described } = plan('stacked bar of revenue by region', byRegion);
    expect(stored(blocks)[1]!.content.chartType).toBe('bar');
    expect(described).toContain(
      'You asked for a stacked bar chart, but a stacked bar chart needs a category and a series column or two measures or more',
    );
    expect(described).toMatch(/so I drew a bar chart instead\.$/);
  });

  it('funnel, box plot, pivot, heatmap: the type and its encodings, validated', () => {
    expect(presentationOf('funnel of signups → orders')).toMatchObject({
      question: 'signups → orders',
      chartType: 'funnel',
    });
    const funnel = plan('funnel of orders by status', { type: 'bar', x: 'status', y: ['order_count'] });
    expect(stored(funnel.blocks)[1]!.content).toMatchObject({
      chartType: 'funnel',
      encodings: { x: { field: 'status' }, y: { field: 'order_count' } },
    });
    const box = plan('box plot of order value by region', { type: 'bar', x: 'region', y: ['order_value'] });
    expect(stored(box.blocks)[1]!.content).toMatchObject({
      chartType: 'boxPlot',
      encodings: { x: { field: 'region' }, y: { field: 'order_value' } },
    });
    expect(box.described).toContain('each box is a single value');
    const raw = plan('box plot of order value by region', { type: 'table', x: 'region', y: ['order_value'] });
    expect(raw.described).not.toContain('single value');
    const pivot = plan('pivot of revenue by region and month', {
      type: 'line',
      x: 'month',
      y: ['revenue'],
      series: 'region',
    });
    expect(stored(pivot.blocks)[1]!.content).toMatchObject({
      chartType: 'pivot',
      encodings: { x: { field: 'month' }, y: { field: 'revenue' }, color: { field: 'region' } },
    });
    expect(pivot.described).toContain('a pivot table of revenue by month and region');
    const heat = plan('a heat map of revenue by month and region', bySegment);
    expect(stored(heat.blocks)[1]!.content).toMatchObject({
      chartType: 'heatmap',
      encodings: { x: { field: 'month' }, y: { field: 'segment' }, color: { field: 'revenue' } },
    });
  });

  it('a funnel of one number: says a funnel needs steps and shows the metric', () => {
    const { blocks, described } = plan('funnel of signups → orders', {
      type: 'bigNumber',
      x: null,
      y: ['order_count'],
    });
    expect(stored(blocks).map((b) => b.type)).toEqual(['SQL', 'METRIC']);
    expect(described).toContain(
      'You asked for a funnel chart, but a funnel chart needs a step column and a measure and this result does not have that, so I drew a metric instead.',
    );
  });

  it('says which words of the question the query does not use', () => {
    const presentation = presentationOf('pivot of revenue by region and month');
    const { blocks, described } = planCanvasAnswer({
      question: presentation.question,
      presentation,
      sql: SQL,
      explanation: 'Computes revenue for each region.',
      chart: byRegion,
      dataSourceId: 'source-1',
      unmapped: ['month'],
    });
    expect(stored(blocks)[1]!.content).toMatchObject({
      chartType: 'pivot',
      encodings: { x: { field: 'region' } },
    });
    expect(described).toContain('The query does not use "month": rephrase to include it.');
  });

  it('aliases read through canvas-model, and it says how it read them', () => {
    const donut = plan('revenue by region as a doughnut chart', byRegion);
    expect(stored(donut.blocks)[1]!.content.chartType).toBe('donut');
    expect(donut.described).toContain('I read "doughnut" as a donut chart.');
    expect(presentationOf('revenue by region and month as a crosstab').chartType).toBe('pivot');
    expect(presentationOf('revenue by month as a bubble chart').chartType).toBe('bubble');
    expect(presentationOf('show me a combo chart of revenue and orders by month').chartType).toBe('combo');
    expect(presentationOf('revenue by month as a histogram')).toMatchObject({
      question: 'revenue by month',
      chartType: 'histogram',
    });
  });

  it('words that are often data do not name a chart on their own', () => {
    for (const prompt of [
      'number of orders by region',
      'order line count by month',
      'revenue by sales area',
      'revenue by month in line with targets',
    ])
      expect(presentationOf(prompt), prompt).toMatchObject({ question: prompt, chartType: null });
    expect(presentationOf('revenue by month as a line').chartType).toBe('line');
    expect(presentationOf('total revenue as a big number').chartType).toBe('bigNumber');
  });

  it("every type the prompt can name is one of canvas-model's types", () => {
    for (const type of CHART_TYPES) {
      const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      expect(presentationOf(`revenue by region as a ${words} chart`).chartType, type).toBe(type);
    }
  });
});
