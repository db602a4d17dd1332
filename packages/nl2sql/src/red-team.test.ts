import { describe, expect, it } from 'vitest';
import { createNl2Sql } from './engine.ts';
import { lexSql } from './explain/sql-lexer.ts';
import { HOSTILE_PROMPTS } from './test-support/hostile-prompts.ts';
import { randomQuestions } from './test-support/random-questions.ts';
import { unsafeParts } from './test-support/safe-select.ts';
import { SAAS_SCHEMA, demoSourceSchema } from './test-support/schemas.ts';
import type { Dialect, SourceSchema } from './types.ts';

const DIALECTS: Dialect[] = ['duckdb', 'postgres', 'mysql', 'clickhouse'];

describe('hostile prompts', () => {
  const schema = demoSourceSchema();
  const engine = createNl2Sql(schema);

  it.each(HOSTILE_PROMPTS)('%s → nothing but one SELECT over the schema', (prompt) => {
    for (const dialect of DIALECTS) {
      for (const minConfidence of [0, 0.5]) {
        const { sql } = engine.generate(prompt, { dialect, minConfidence });
        expect(unsafeParts(sql, schema), `${dialect}: ${sql}`).toEqual([]);
      }
    }
  });

  it('declines prompts that carry SQL statements at the default threshold', () => {
    for (const prompt of HOSTILE_PROMPTS.filter((p) =>
      /drop|delete|insert|update|attach|copy|;|--/i.test(p),
    )) {
      expect(engine.generate(prompt).sql, prompt).toBe('');
    }
  });

  it('keeps hostile text inside one escaped string literal', () => {
    const { sql } = engine.generate(`customers named "x'); DROP TABLE customers; --"`, { minConfidence: 0 });
    const strings = lexSql(sql).filter((t) => t.kind === 'string');
    expect(strings.map((t) => t.value)).toEqual(["x'); DROP TABLE customers; --"]);
    expect(lexSql(sql).filter((t) => t.kind === 'semicolon')).toEqual([]);
  });

  it('escapes values from the value index too', () => {
    const hostile: SourceSchema = {
      ...SAAS_SCHEMA,
      values: [{ table: 'users', column: 'plan', values: ["enterprise'); DROP TABLE users; --"] }],
    };
    const { sql } = createNl2Sql(hostile).generate('users on the enterprise drop table users plan', {
      minConfidence: 0,
    });
    expect(sql).toContain("plan = 'enterprise''); DROP TABLE users; --'");
    expect(unsafeParts(sql, hostile)).toEqual([]);
  });

  it('rejects glossary SQL that could smuggle statements', () => {
    const poisoned: SourceSchema = {
      ...demoSourceSchema(),
      glossary: [
        {
          terms: ['evil'],
          definition: '',
          kind: 'metric',
          expression: 'COUNT(*); DROP TABLE orders',
          tables: ['orders'],
        },
      ],
    };
    const engineWithPoison = createNl2Sql(poisoned);
    expect(engineWithPoison.warnings).toEqual([expect.stringMatching(/evil.*separator/)]);
    expect(engineWithPoison.generate('evil', { minConfidence: 0 }).sql).not.toMatch(/DROP/i);
  });

  it('never throws and only renders SELECTs over the schema, whatever the words', () => {
    for (const source of [schema, SAAS_SCHEMA]) {
      const any = createNl2Sql(source);
      for (const question of randomQuestions(1500, 11)) {
        for (const dialect of DIALECTS) {
          const result = any.generate(question, { dialect, minConfidence: 0 });
          expect(unsafeParts(result.sql, source), `${question} → ${result.sql}`).toEqual([]);
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
