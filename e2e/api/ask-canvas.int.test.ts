import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

// askCanvas through the gateway: the ai subgraph writes SQL, the canvases subgraph adds the blocks.
let stack: Stack;
let user: SignedUpUser;
let sourceId: string;
let canvasId: string;

interface Block {
  id: string;
  type: string;
  position: { x: number; y: number; w: number; h: number };
  content: Record<string, unknown>;
}
interface Answer {
  conversationId: string;
  blocks: Block[];
  explanation: string;
  clarification: { term: string; question: string; options: string[] } | null;
}

const ASK = `mutation($i: AskCanvasInput!) { askCanvas(input: $i) {
  conversationId explanation blocks { id type position { x y w h } content } clarification { term question options } } }`;
const CANVAS = 'query($id: ID!) { canvas(id: $id) { blocks { id type content } } }';

async function ask(prompt: string, extra: Record<string, unknown> = {}, token = user.accessToken) {
  return stack.gql<{ askCanvas: Answer }>(
    ASK,
    { i: { canvasId, dataSourceId: sourceId, prompt, ...extra } },
    token,
  );
}

async function canvasBlocks(): Promise<Block[]> {
  const result = await stack.gql<{ canvas: { blocks: Block[] } }>(CANVAS, { id: canvasId }, user.accessToken);
  return result.data!.canvas.blocks;
}

beforeAll(async () => {
  stack = await startStack();
  user = await signUp(stack, 'canvas-asker');
  sourceId = await demoSourceId(stack, user);
  const created = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: user.projectId, name: 'Ask' } },
    user.accessToken,
  );
  canvasId = created.data!.createCanvas.id;
}, 180_000);
afterAll(() => stack?.stop());

describe('askCanvas', () => {
  it('"revenue by month in 2025 as a chart" adds an SQL block and a line chart reading it', async () => {
    const result = await ask('revenue by month in 2025 as a chart');
    expect(result.errors).toBeUndefined();
    const answer = result.data!.askCanvas;
    expect(answer.clarification).toBeNull();
    const [sql, chart] = answer.blocks;
    expect(answer.blocks.map((b) => b.type)).toEqual(['SQL', 'CHART']);
    expect(sql!.content).toMatchObject({ dataSourceId: sourceId, title: 'Revenue by month in 2025' });
    expect(chart!.content).toMatchObject({
      sourceBlockId: sql!.id,
      chartType: 'line',
      encodings: { x: { field: 'month' }, y: { field: 'revenue' } },
    });
    expect(answer.explanation).toMatch(/^Added an SQL block "Revenue by month in 2025" and a line chart/);
    // On the canvas for everyone, and the SQL runs: twelve months.
    expect((await canvasBlocks()).map((b) => b.id)).toEqual(expect.arrayContaining([sql!.id, chart!.id]));
    const run = await runQuery(stack, user.accessToken, {
      dataSourceId: sourceId,
      sql: String(sql!.content.sql),
    });
    expect(run).toMatchObject({ status: 'SUCCEEDED', rowCount: 12 });
  });

  it('a summary request adds a text block bound to the result; one number is a metric', async () => {
    const answer = (await ask('total revenue in 2025 and summarize it')).data!.askCanvas;
    expect(answer.blocks.map((b) => b.type)).toEqual(['SQL', 'METRIC', 'TEXT']);
    const [sql, metric, text] = answer.blocks;
    expect(metric!.content).toMatchObject({ sourceBlockId: sql!.id, field: 'revenue' });
    expect(text!.content.markdown).toContain(`{{${sql!.id}.revenue}}`);
    // Below what was there: nothing overlaps the first answer.
    expect(sql!.position.y).toBeGreaterThanOrEqual(8);
  });

  it("names any of canvas-model's chart types: a donut, a stacked bar with its series, stored and valid; says what it drew instead of a funnel it cannot draw", async () => {
    const donut = (await ask('show revenue by region as a donut')).data!.askCanvas;
    expect(donut.blocks.map((b) => b.type)).toEqual(['SQL', 'CHART']);
    expect(donut.blocks[1]!.content).toMatchObject({
      sourceBlockId: donut.blocks[0]!.id,
      chartType: 'donut',
      encodings: { x: { field: 'region' }, y: { field: 'revenue' } },
    });
    expect(donut.explanation).toContain('a donut chart of revenue by region');
    const stacked = (await ask('stacked bar of revenue by month and segment')).data!.askCanvas;
    expect(stacked.blocks[1]!.content).toMatchObject({
      chartType: 'stackedBar',
      encodings: { x: { field: 'month' }, y: { field: 'revenue' }, color: { field: 'segment' } },
    });
    // As the canvases service stored them (it checks every block with canvas-model on write).
    const stored = new Map((await canvasBlocks()).map((b) => [b.id, b.content.chartType]));
    expect(stored.get(donut.blocks[1]!.id)).toBe('donut');
    expect(stored.get(stacked.blocks[1]!.id)).toBe('stackedBar');
    for (const [prompt, chartType] of [
      ['pivot of revenue by region and month', 'pivot'],
      ['box plot of order value by region', 'boxPlot'],
    ]) {
      const answer = (await ask(prompt!)).data!.askCanvas;
      expect(answer.blocks[1]!.content, prompt).toMatchObject({
        chartType,
        encodings: { x: { field: 'region' } },
      });
    }
    // One number has no steps: it does not pretend to draw a funnel.
    const funnel = (await ask('funnel of orders')).data!.askCanvas;
    expect(funnel.blocks.map((b) => b.type)).toEqual(['SQL', 'METRIC']);
    expect(funnel.explanation).toContain(
      'You asked for a funnel chart, but a funnel chart needs a step column',
    );
  });

  it('asks about churn instead of guessing, adds nothing, and the answer to it adds the blocks', async () => {
    const before = (await canvasBlocks()).length;
    const first = (await ask('which customers churned last quarter?')).data!.askCanvas;
    expect(first.blocks).toEqual([]);
    expect(first.clarification?.term).toBe('churned');
    expect(first.explanation).toMatch(/Nothing was added/);
    expect((await canvasBlocks()).length).toBe(before);
    const reading = first.clarification!.options.find((o) => /whose segment is/.test(o))!;
    expect(reading).toBeDefined();
    const second = (await ask(reading, { conversationId: first.conversationId })).data!.askCanvas;
    expect(second.clarification).toBeNull();
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.blocks[0]!.type).toBe('SQL');
    expect(String(second.blocks[0]!.content.sql)).toMatch(/segment/);
    expect((await canvasBlocks()).length).toBe(before + second.blocks.length);
  });

  it("only editors of the canvas, with a source of the canvas's project", async () => {
    const outsider = await signUp(stack, 'canvas-outsider');
    expect(errorCode(await ask('revenue by month', {}, outsider.accessToken))).toBe('NOT_FOUND');
    // The outsider's own canvas with the victim's source: the source is not theirs.
    const own = await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: outsider.projectId, name: 'Mine' } },
      outsider.accessToken,
    );
    const theirs = await stack.gql(
      ASK,
      { i: { canvasId: own.data!.createCanvas.id, dataSourceId: sourceId, prompt: 'revenue by month' } },
      outsider.accessToken,
    );
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    // Another organization's source on one's own canvas: refused as well.
    const otherSource = await demoSourceId(stack, outsider);
    expect(errorCode(await ask('revenue by month', { dataSourceId: otherSource }))).toBe('NOT_FOUND');
    expect(errorCode(await ask(' '))).toBe('BAD_USER_INPUT');
  });
});
