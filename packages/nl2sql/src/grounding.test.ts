import { describe, expect, it } from 'vitest';
import type { SemanticModel } from '@tessera/semantic-model';
import { createNl2Sql } from './engine.ts';
import { answerClarification } from './plan/refine.ts';
import { semanticModelFor } from './schema/semantic.ts';
import { abbreviates } from './text/abbreviates.ts';
import type { SourceSchema } from './types.ts';

// A shop nobody designed for the engine: abbreviated names, coded values, no keys, no glossary.
const SHOP: SourceSchema = {
  dialect: 'duckdb',
  glossary: [],
  tables: [
    {
      name: 'cust',
      columns: [
        { name: 'custId', type: 'INTEGER' },
        { name: 'custNm', type: 'VARCHAR' },
        { name: 'ctryCd', type: 'VARCHAR' },
        { name: 'signupDt', type: 'DATE' },
        { name: 'lvl', type: 'VARCHAR' },
      ],
    },
    {
      name: 'ord',
      columns: [
        { name: 'ordId', type: 'INTEGER' },
        { name: 'custId', type: 'INTEGER' },
        { name: 'ordDt', type: 'DATE' },
        { name: 'shpDt', type: 'DATE' },
        { name: 'amt_eur', type: 'DECIMAL(10,2)' },
        { name: 'unitPrc', type: 'DECIMAL(10,2)' },
        { name: 'qty', type: 'INTEGER' },
        { name: 'sts', type: 'VARCHAR' },
      ],
    },
  ],
  values: [
    { table: 'cust', column: 'ctryCd', values: ['BR', 'DE', 'FR'] },
    { table: 'cust', column: 'lvl', values: ['BEG', 'ADV'] },
    { table: 'ord', column: 'sts', values: ['CMP', 'CNCL', 'OPEN'] },
  ],
};

const NOW = new Date('2026-01-15T00:00:00Z');
const engine = createNl2Sql(SHOP);
const ask = (q: string, e = engine, options = {}) =>
  e.generate(q, { now: NOW, minConfidence: 0, ...options });
const flat = (sql: string): string => sql.replace(/\s+/g, ' ');

describe('abbreviations', () => {
  it('reads codes and name parts from the words they shorten', () => {
    expect(abbreviates('DECL', 'declined')).toBe(2);
    expect(abbreviates('CMP', 'completed')).toBe(1);
    expect(abbreviates('lvl', 'level')).toBe(1);
    expect(abbreviates('CMP', 'shipped')).toBe(0);
    expect(abbreviates('cat', 'cat')).toBe(0);
  });

  it('reaches abbreviated tables and columns through the lexicon (cust → customer, amt → amount, prc → price)', () => {
    expect(flat(ask('How many customers do we have?').sql)).toContain('COUNT(*) AS cust_count FROM cust');
    expect(flat(ask('Total amount by status').sql)).toMatch(/SUM\(amt_eur\).*GROUP BY sts/);
    expect(flat(ask('Average unit price').sql)).toContain('AVG("unitPrc")');
  });

  it('reads a word as an abbreviated name part the lexicon does not know ("level" → lvl)', () => {
    expect(flat(ask('Number of customers per level').sql)).toContain('GROUP BY lvl');
  });

  it('reads a coded value from the word it abbreviates, preferring a prefix ("cancelled" → CNCL, "completed" → CMP)', () => {
    expect(ask('How many orders were cancelled?').sql).toContain("sts = 'CNCL'");
    expect(ask('How many completed orders?').sql).toContain("sts = 'CMP'");
  });

  it('names a country by its ISO code and a verb by its date column (shipped → shpDt)', () => {
    expect(ask('How many customers are from Brazil?').sql).toContain('"ctryCd" = \'BR\'');
    expect(ask('How many orders were shipped in 2025?').sql).toContain('"shpDt" >= DATE \'2025-01-01\'');
  });

  it('joins along names that abbreviate the referenced table', () => {
    expect(flat(ask('Total amount by customer country').sql)).toContain(
      'JOIN cust ON ord."custId" = cust."custId"',
    );
  });
});

describe('the semantic model', () => {
  const model: SemanticModel = {
    asOf: '2025-06-30',
    relationships: [],
    tables: [
      {
        name: 'ord',
        label: 'Orders',
        description: null,
        columns: [
          {
            name: 'amt_eur',
            label: 'Amount EUR',
            role: 'MEASURE',
            aggregation: 'avg',
            description: null,
            synonyms: ['takings'],
            values: [],
          },
          {
            name: 'sts',
            label: 'Status',
            role: 'DIMENSION',
            aggregation: null,
            description: null,
            synonyms: [],
            values: [{ value: 'OPEN', label: 'waiting' }],
          },
        ],
      },
    ],
  };
  const modelled = createNl2Sql({ ...SHOP, model });

  it('uses its synonyms, value labels and default aggregation', () => {
    expect(flat(modelled.generate('takings by status', { minConfidence: 0 }).sql)).toContain('AVG(amt_eur)');
    expect(modelled.generate('How many waiting orders?', { minConfidence: 0 }).sql).toContain("sts = 'OPEN'");
  });

  it('counts relative periods back from asOf, not from the clock', () => {
    const sql = modelled.generate('How many orders in the last 30 days?', { minConfidence: 0 }).sql;
    expect(sql).toContain("DATE '2025-06-01'");
    expect(sql).toContain("DATE '2025-07-01'");
  });
});

describe('clarification', () => {
  it('asks what an ungrounded state word means instead of guessing, with readings from the model', () => {
    const answer = ask('Which customers churned last year?', engine, { minConfidence: 0.5 });
    expect(answer.sql).toBe('');
    expect(answer.clarification?.term).toBe('churned');
    // In the model's words, not the raw table names (cust, ord).
    expect(answer.clarification?.options[0]).toBe('customers with no orders in the last 90 days');
    expect(answer.clarification?.options).toContain('customers whose country code is Brazil (BR)');
    expect(answer.clarification?.options.at(-1)).toBe('Something else: define "churned" in the glossary');
  });

  it("reads a chosen option, in the model's words, back into the question", () => {
    const options = ask('Which customers churned last year?', engine).clarification?.options ?? [];
    const brazil = options.find((o) => o.includes('Brazil'))!;
    const question = answerClarification('Which customers churned last year?', 'churned', brazil);
    const answer = ask(question, engine, { minConfidence: 0 });
    expect(answer.sql).toContain(`"ctryCd" = 'BR'`);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('a reading saved as a value label of the model grounds the term next time', () => {
    const answer = ask('Which customers churned last year?', engine);
    const index = answer.clarification!.options.findIndex((o) => o.includes('Brazil'));
    const reading = answer.clarification!.readings![index]!;
    expect(reading).toEqual({ table: 'cust', column: 'ctryCd', value: 'BR' });
    expect(answer.clarification!.readings!.at(-1)).toBeNull();
    const model = semanticModelFor(SHOP);
    const column = model.tables
      .find((t) => t.name === reading.table)!
      .columns.find((c) => c.name === reading.column)!;
    column.values = [
      ...column.values.filter((v) => v.value !== reading.value),
      { value: reading.value, label: 'churned' },
    ];
    const saved = createNl2Sql({ ...SHOP, model });
    const again = ask('Which customers churned last year?', saved);
    expect(again.clarification).toBeUndefined();
    expect(again.sql).toContain(`"ctryCd" = 'BR'`);
  });

  it('does not ask about words that are grounded or are not about the entity', () => {
    expect(ask('How many customers per level?').clarification).toBeUndefined();
  });
});

describe('confidence', () => {
  it('stays under 0.8 when the word order has two readings', () => {
    expect(ask('Number of orders by customers from Brazil').confidence).toBeLessThan(0.8);
    expect(ask('Number of orders by country').confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('counts each reading by inference against it', () => {
    const exact = ask('How many orders with status OPEN?').confidence;
    const coded = ask('How many cancelled orders?').confidence;
    expect(coded).toBeLessThan(exact);
  });
});

describe('negated flags', () => {
  it('reads "unpaid" as the no value of a paid flag', () => {
    const withFlag: SourceSchema = {
      ...SHOP,
      tables: [
        ...SHOP.tables,
        {
          name: 'invoices',
          columns: [
            { name: 'invoice_id', type: 'INTEGER' },
            { name: 'amount_eur', type: 'DOUBLE' },
            { name: 'paid_flag', type: 'VARCHAR' },
          ],
        },
      ],
      values: [...(SHOP.values ?? []), { table: 'invoices', column: 'paid_flag', values: ['N', 'Y'] }],
    };
    expect(flat(ask('Total amount of unpaid invoices', createNl2Sql(withFlag)).sql)).toContain(
      "WHERE paid_flag = 'N'",
    );
  });
});
