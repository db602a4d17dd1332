import { describe, expect, it } from 'vitest';
import type { SourceSchema } from '@tessera/nl2sql';
import { buildPrompt } from './prompt.ts';

const schema: SourceSchema = {
  dialect: 'duckdb',
  tables: [
    {
      name: 'cust',
      columns: [
        { name: 'custId', type: 'INTEGER' },
        { name: 'ctryCd', type: 'VARCHAR' },
      ],
    },
    {
      name: 'ord',
      columns: [
        { name: 'custId', type: 'INTEGER' },
        { name: 'amt_eur', type: 'DECIMAL' },
      ],
    },
  ],
  glossary: [],
  model: {
    asOf: '2025-06-30',
    tables: [
      {
        name: 'cust',
        label: 'Customers',
        description: null,
        columns: [
          {
            name: 'custId',
            label: 'Customer ID',
            role: 'IDENTIFIER',
            aggregation: null,
            description: null,
            synonyms: [],
            values: [],
          },
          {
            name: 'ctryCd',
            label: 'Country code',
            role: 'DIMENSION',
            aggregation: null,
            description: null,
            synonyms: ['country'],
            values: [{ value: 'BR', label: 'Brazil' }],
          },
        ],
      },
    ],
    relationships: [
      { fromTable: 'ord', fromColumn: 'custId', toTable: 'cust', toColumn: 'custId', inferred: true },
    ],
  },
};

describe('buildPrompt with a semantic model', () => {
  it('carries labels, synonyms, roles, relationships and asOf; value labels only with includeValues', () => {
    const { system } = buildPrompt(schema, 'revenue by country', {
      defaultLimit: 1000,
      includeValues: false,
      builtin: null,
    } as never);
    expect(system).toContain('SEMANTIC MODEL');
    expect(system).toContain('"label":"Customers"');
    expect(system).toContain('"synonyms":["country"]');
    expect(system).toContain('ord.custId -> cust.custId');
    expect(system).toContain('"asOf":"2025-06-30"');
    expect(system).not.toContain('Brazil');
    const withValues = buildPrompt(schema, 'revenue by country', {
      defaultLimit: 1000,
      includeValues: true,
      builtin: null,
    } as never);
    expect(withValues.system).toContain('{"value":"BR","label":"Brazil"}');
  });
});
