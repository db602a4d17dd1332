import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GENERATE_SQL,
  startAiHarness,
  type AiHarness,
  type Suggestion,
  type TestUser,
} from './testing/harness.ts';

let h: AiHarness;
let user: TestUser;

beforeAll(async () => {
  h = await startAiHarness();
  user = await h.signUp('results');
}, 180_000);
afterAll(() => h?.stop());

const CHART = 'query($id: ID!) { suggestChart(queryRunId: $id) { type x y series } }';
const SUMMARY = 'query($id: ID!, $q: String) { summarizeResult(queryRunId: $id, question: $q) }';
const EXPLAIN = 'query($s: String!, $d: ID) { explainSql(sql: $s, dataSourceId: $d) { text valid problem } }';

async function chartAndSummary(sql: string, question?: string) {
  const run = await h.run(user, sql);
  const chart = await h.ai<{ suggestChart: { type: string; x: string | null; y: string[] } | null }>(
    user.identity,
    CHART,
    { id: run.id },
  );
  const summary = await h.ai<{ summarizeResult: string }>(user.identity, SUMMARY, {
    id: run.id,
    q: question,
  });
  return { run, chart: chart.data?.suggestChart, summary: summary.data?.summarizeResult ?? '' };
}

describe('suggestChart and summarizeResult on demo queries', () => {
  it('a time series → line, summarized as a trend', async () => {
    const { chart, summary } = await chartAndSummary(
      "SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS revenue FROM orders WHERE status = 'completed' AND year(order_date) = 2025 GROUP BY 1 ORDER BY 1",
      'Monthly revenue in 2025',
    );
    expect(chart).toMatchObject({ type: 'line', x: 'month', y: ['revenue'] });
    expect(summary).toMatch(/^Revenue by month for “Monthly revenue in 2025”, .*2025.* \(12 periods\)/);
    expect(summary).toMatch(/Highest in .*, lowest in /);
  });

  it('categories → bar, summarized by their leaders', async () => {
    const { chart, summary } = await chartAndSummary(
      "SELECT p.category, sum(oi.quantity) AS units_sold FROM order_items oi JOIN orders o USING (order_id) JOIN products p USING (product_id) WHERE o.status = 'completed' GROUP BY 1",
    );
    expect(chart).toMatchObject({ type: 'bar', x: 'category', y: ['units_sold'] });
    expect(summary).toMatch(
      /^Units sold across 6 category values: \w+ \([\d,]+, [\d.]+% of the total\) leads, followed by/,
    );
  });

  it('one number → bigNumber, summarized as that number', async () => {
    const { chart, summary } = await chartAndSummary(
      'SELECT count(*) AS customers FROM customers',
      'How many customers do we have?',
    );
    expect(chart).toEqual({ type: 'bigNumber', x: null, y: ['customers'], series: null });
    expect(summary).toBe('For “How many customers do we have”, customers is 5,000.');
  });

  it('a failed run has no chart and says so', async () => {
    const { run, chart, summary } = await chartAndSummary('SELECT no_such_column FROM orders');
    expect(run.status).toBe('FAILED');
    expect(chart).toBeNull();
    expect(summary).toBe('The query failed, so there is nothing to summarize.');
  });

  it('the chart of a generated suggestion matches the chart of its result', async () => {
    const suggestion = (
      await h.ai<{ generateSql: Suggestion }>(user.identity, GENERATE_SQL, {
        input: { dataSourceId: user.demoSourceId, prompt: 'Orders per month in 2024' },
      })
    ).data!.generateSql;
    expect(suggestion.chart?.type).toBe('line');
    const { chart } = await chartAndSummary(suggestion.sql);
    expect(chart?.type).toBe('line');
    expect(chart?.x).toBe(suggestion.chart?.x);
  });
});

describe('explainSql', () => {
  it('explains a demo query in words and validates it against the source', async () => {
    const sql =
      "SELECT channel, avg(total_amount) AS aov FROM orders WHERE status = 'completed' GROUP BY channel ORDER BY aov DESC LIMIT 2";
    const result = await h.ai<{ explainSql: { text: string; valid: boolean; problem: string | null } }>(
      user.identity,
      EXPLAIN,
      { s: sql, d: user.demoSourceId },
    );
    expect(result.data?.explainSql).toEqual({
      text: expect.stringMatching(
        /^Returns channel, the average of total_amount \(as aov\) from orders\. Only rows where status is 'completed'\. One row per channel\. Sorted by aov from highest to lowest\. Returns at most 2 rows\.$/,
      ),
      valid: true,
      problem: null,
    });
  });

  it('names what is wrong: writes, and tables outside the source', async () => {
    const drop = await h.ai<{ explainSql: { text: string; valid: boolean; problem: string } }>(
      user.identity,
      EXPLAIN,
      { s: 'DROP TABLE orders' },
    );
    expect(drop.data?.explainSql).toMatchObject({
      valid: false,
      text: expect.stringContaining('would change data'),
    });
    const foreign = await h.ai<{ explainSql: { valid: boolean; problem: string } }>(user.identity, EXPLAIN, {
      s: 'SELECT * FROM payroll',
      d: user.demoSourceId,
    });
    expect(foreign.data?.explainSql).toMatchObject({
      valid: false,
      problem: 'The table "payroll" is not in this data source.',
    });
  });
});
