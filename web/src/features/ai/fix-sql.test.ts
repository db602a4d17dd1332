// fixSql through a real urql Client whose transport answers like the API.
import { describe, expect, it } from 'vitest';
import { fixSql, recordFixOutcome } from './fix-sql';
import { fakeClient } from '../../urql/fake-client';

function api(answer: (name: string, variables: Record<string, unknown>) => unknown) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const client = fakeClient(({ name, variables }, sink) => {
    sent.push({ name, variables });
    sink.next(answer(name, variables) as never);
    sink.complete();
  });
  return { client, sent };
}

const broken = 'SELECT categroy, count(*) FROM prodcts GROUP BY 1';

describe('fixSql', () => {
  it('sends the statement and its error, and returns the corrected SQL with the explanation', async () => {
    const { client, sent } = api(() => ({
      data: {
        fixSql: {
          __typename: 'SqlSuggestion',
          id: 'i1',
          sql: 'SELECT category, count(*) FROM products GROUP BY 1\nLIMIT 1000',
          explanation: 'Fixed table "prodcts" → "products"',
          confidence: 0.9,
        },
      },
    }));
    const result = await fixSql(client, { dataSourceId: 'd1', sql: broken, error: 'x'.repeat(5000) });
    expect(result.error).toBeNull();
    expect(result.fix?.sql).toContain('FROM products');
    expect(result.fix?.explanation).toMatch(/prodcts/);
    const input = sent[0]!.variables.input as Record<string, string>;
    expect(input).toMatchObject({ dataSourceId: 'd1', sql: broken });
    // The API takes at most 2000 characters of error.
    expect(input.error).toHaveLength(2000);
  });

  it("reports the API's error message when there is no answer", async () => {
    const { client } = api(() => ({
      errors: [{ message: 'Data source not found', extensions: { code: 'NOT_FOUND' } }],
    }));
    const result = await fixSql(client, { dataSourceId: 'd1', sql: broken, error: null });
    expect(result).toEqual({ fix: null, error: 'Data source not found' });
  });

  it('does not send a statement longer than the API accepts', async () => {
    const { client, sent } = api(() => ({ data: null }));
    const result = await fixSql(client, { dataSourceId: 'd1', sql: 'x'.repeat(100_001), error: null });
    expect(result.fix).toBeNull();
    expect(result.error).toMatch(/too long/);
    expect(sent).toEqual([]);
  });

  it('records Apply as ACCEPTED with the SQL, Dismiss as REJECTED without', async () => {
    const { client, sent } = api(() => ({ data: { recordSuggestionOutcome: true } }));
    const fix = { id: 'i1', sql: 'SELECT 1', explanation: '', confidence: 1 };
    await recordFixOutcome(client, fix, 'ACCEPTED');
    await recordFixOutcome(client, fix, 'REJECTED');
    expect(sent.map((s) => s.variables)).toEqual([
      { id: 'i1', outcome: 'ACCEPTED', finalSql: 'SELECT 1' },
      { id: 'i1', outcome: 'REJECTED', finalSql: null },
    ]);
  });
});
