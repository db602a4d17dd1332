import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DEMO_GLOSSARY, createDemoDatabase, tableChecksums } from '@tessera/demo-data';
import { createNl2Sql } from './engine.ts';
import { introspectDuckDb } from './eval/introspect.ts';
import { HOSTILE_PROMPTS } from './test-support/hostile-prompts.ts';
import { randomQuestions } from './test-support/random-questions.ts';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await createDemoDatabase(':memory:', { scale: 0.02 });
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('hostile prompts against a live database', () => {
  it('only ever run as reads: every table is unchanged afterwards', async () => {
    const before = await tableChecksums(connection);
    const engine = createNl2Sql(await introspectDuckDb(connection, { glossary: [...DEMO_GLOSSARY] }));
    let executed = 0;
    for (const prompt of HOSTILE_PROMPTS) {
      const { sql } = engine.generate(prompt, { minConfidence: 0 });
      if (!sql) continue;
      const statements = (await connection.extractStatements(sql)).count;
      expect(statements, sql).toBe(1);
      await connection.runAndReadAll(sql);
      executed++;
    }
    expect(executed).toBeGreaterThan(5);
    expect(await tableChecksums(connection)).toEqual(before);
  });

  it('renders SQL that DuckDB binds and runs, even for word salads', async () => {
    const engine = createNl2Sql(await introspectDuckDb(connection, { glossary: [...DEMO_GLOSSARY] }));
    const failures: string[] = [];
    for (const question of randomQuestions(400, 5)) {
      const { sql } = engine.generate(question, { minConfidence: 0 });
      if (sql)
        await connection
          .runAndReadAll(sql)
          .catch((error: Error) => failures.push(`${question} → ${sql}: ${error.message}`));
    }
    expect(failures).toEqual([]);
  });
});
