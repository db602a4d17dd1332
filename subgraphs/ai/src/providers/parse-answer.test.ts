import { describe, expect, it } from 'vitest';
import { parseModelAnswer } from './parse-answer.ts';

describe('parseModelAnswer', () => {
  it('reads the JSON asked for, bare, fenced or wrapped in prose', () => {
    const expected = {
      ok: true,
      sql: 'SELECT 1',
      explanation: 'One.',
      chart: { type: 'bigNumber', x: null, y: ['n'] },
      confidence: 0.9,
    };
    const body =
      '{"sql": "SELECT 1", "explanation": "One.", "chart": {"type": "bignumber", "y": "n"}, "confidence": 0.9}';
    expect(parseModelAnswer(body)).toEqual(expected);
    expect(parseModelAnswer(`\`\`\`json\n${body}\n\`\`\``)).toEqual(expected);
    expect(parseModelAnswer(`Sure! Here it is:\n${body}\nHope that helps.`)).toEqual(expected);
  });

  it('falls back to a ```sql fence, and keeps a declined answer as empty SQL', () => {
    expect(parseModelAnswer('Use this:\n```sql\nSELECT 2\n```')).toEqual({
      ok: true,
      sql: 'SELECT 2',
      explanation: '',
      chart: null,
      confidence: null,
    });
    expect(parseModelAnswer('{"sql": "", "explanation": "No such data."}')).toMatchObject({
      ok: true,
      sql: '',
      explanation: 'No such data.',
    });
  });

  it("reads canvas-model's chart types and aliases, with the series", () => {
    const chartOf = (chart: string) => {
      const answer = parseModelAnswer(`{"sql": "SELECT 1", "chart": ${chart}}`);
      return answer.ok ? answer.chart : 'not parsed';
    };
    expect(chartOf('{"type": "doughnut", "x": "region", "y": ["revenue"]}')).toEqual({
      type: 'donut',
      x: 'region',
      y: ['revenue'],
    });
    expect(chartOf('{"type": "stackedBar", "x": "month", "y": ["revenue"], "series": "segment"}')).toEqual({
      type: 'stackedBar',
      x: 'month',
      y: ['revenue'],
      series: 'segment',
    });
    expect(chartOf('{"type": "box plot", "y": "v"}')).toMatchObject({ type: 'boxPlot', y: ['v'] });
    expect(chartOf('{"type": "Table"}')).toMatchObject({ type: 'table' });
    expect(chartOf('{"type": "sunburst"}')).toBeNull();
  });

  it('drops an unknown chart type and clamps confidence', () => {
    expect(
      parseModelAnswer('{"sql": "SELECT 1", "chart": {"type": "radar"}, "confidence": 7}'),
    ).toMatchObject({ chart: null, confidence: 1 });
  });

  it('calls anything else malformed', () => {
    expect(parseModelAnswer('I think you should look at the orders table.')).toEqual({
      ok: false,
      reason: 'malformed output (not JSON)',
    });
    expect(parseModelAnswer('{"query": "SELECT 1"}')).toEqual({
      ok: false,
      reason: 'malformed output (no "sql" string)',
    });
    expect(parseModelAnswer('{"sql": ["SELECT 1"]}')).toMatchObject({ ok: false });
  });
});
