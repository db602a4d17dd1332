import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  FIX_SQL,
  GENERATE_SQL,
  startAiHarness,
  type AiHarness,
  type Suggestion,
  type TestUser,
} from './testing/harness.ts';

let h: AiHarness;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  h = await startAiHarness();
  alice = await h.signUp('alice');
  bob = await h.signUp('bob');
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

const generate = async (user: TestUser, prompt: string, conversationId?: string) => {
  const result = await h.ai<{ generateSql: Suggestion }>(user.identity, GENERATE_SQL, {
    input: { dataSourceId: user.demoSourceId, prompt, ...(conversationId ? { conversationId } : {}) },
  });
  return result;
};

describe('conversations', () => {
  it('a follow-up keeps the earlier filters and changes what was asked', async () => {
    const first = (await generate(alice, 'Revenue by country in 2025')).data!.generateSql;
    expect(first.sql).toMatch(/GROUP BY .*country/);
    expect(first.conversationId).toBeTruthy();
    const next = (await generate(alice, 'by month instead', first.conversationId)).data!.generateSql;
    expect(next.conversationId).toBe(first.conversationId);
    expect(next.sql).toMatch(/date_trunc\('month'/);
    expect(next.sql).not.toMatch(/GROUP BY[^\n]*country/);
    expect(next.sql).toContain("DATE '2025-01-01'");
    const run = await h.run(alice, next.sql);
    expect(run.status).toBe('SUCCEEDED');
  });

  it("someone else's conversation does not exist", async () => {
    const first = (await generate(alice, 'Revenue by country')).data!.generateSql;
    expect(errorCodes(await generate(bob, 'only 2025', first.conversationId))).toEqual(['NOT_FOUND']);
  });

  it('asks about churn instead of guessing, with options, and no SQL', async () => {
    const answer = (await generate(alice, 'which customers churned last quarter?')).data!.generateSql;
    expect(answer.sql).toBe('');
    expect(answer.clarification?.term).toBe('churned');
    expect(answer.clarification?.options.length).toBeGreaterThan(1);
  });
});

describe('fixSql', () => {
  it('turns misspelt names into SQL that runs', async () => {
    const result = await h.ai<{ fixSql: Suggestion }>(alice.identity, FIX_SQL, {
      input: {
        dataSourceId: alice.demoSourceId,
        sql: 'SELECT categroy, count(*) FROM prodcts GROUP BY 1',
        error: 'Table with name prodcts does not exist',
      },
    });
    const fixed = result.data!.fixSql;
    expect(fixed.sql).toMatch(/^SELECT category, count\(\*\) FROM products GROUP BY 1/);
    expect(fixed.explanation).toContain('"prodcts" → "products"');
    expect((await h.run(alice, fixed.sql)).status).toBe('SUCCEEDED');
  });
});
