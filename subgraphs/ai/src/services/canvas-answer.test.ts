import { checkBlockContent, type BlockJson } from '@tessera/canvas-model';
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
    expect(described).toBe(
      'Added an SQL block "Revenue by month in 2025" and a line chart of revenue by month reading it.',
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
    expect(described).toMatch(/and a text block explaining it\.$/);
  });

  it('names and titles fit the canvas model', () => {
    expect(titleOf('which customers ordered most?')).toBe('Which customers ordered most');
    expect(answerNameOf('2025 revenue')).toBe('_2025_revenue');
    expect(answerNameOf('???')).toBe('answer');
    expect(answerNameOf('x'.repeat(100)).length).toBeLessThanOrEqual(48);
  });
});
