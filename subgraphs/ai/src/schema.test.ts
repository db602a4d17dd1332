import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from './server.ts';

const ROOT = new URL('../../../', import.meta.url);

describe('the AI subgraph SDL', () => {
  it("composes with the other subgraphs into the contract's generateSql and SqlSuggestion", () => {
    const { subgraphs } = JSON.parse(readFileSync(new URL('schema/subgraphs.json', ROOT), 'utf8')) as {
      subgraphs: { name: string; schema: string; url: string }[];
    };
    const services = [
      ...subgraphs
        .filter((s) => s.name !== 'ai')
        .map((s) => ({
          name: s.name,
          url: s.url,
          typeDefs: parse(readFileSync(new URL(s.schema, ROOT), 'utf8')),
        })),
      {
        name: 'ai',
        url: 'http://127.0.0.1:4005/graphql',
        typeDefs: parse(readFileSync(SCHEMA_PATH, 'utf8')),
      },
    ];
    const result = composeServices(services);
    expect(result.errors ?? []).toEqual([]);
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    const generate = api.getMutationType()?.getFields().generateSql;
    expect(String(generate?.type)).toBe('SqlSuggestion!');
    expect(generate?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['input: GenerateSqlInput!']);
    const suggestion = api.getType('SqlSuggestion') as GraphQLObjectType;
    const fields = suggestion.getFields();
    expect(
      Object.fromEntries(
        ['sql', 'explanation', 'confidence', 'chart'].map((f) => [f, String(fields[f]?.type)]),
      ),
    ).toEqual({
      sql: 'String!',
      explanation: 'String!',
      confidence: 'Float!',
      chart: 'ChartSuggestion',
    });
    const chart = (api.getType('ChartSuggestion') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(['type', 'x', 'y'].map((f) => [f, String(chart[f]?.type)]))).toEqual({
      type: 'String!',
      x: 'String',
      y: '[String!]',
    });
  });
});
