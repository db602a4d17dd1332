// Natural language → SQL through the API's `generateSql(input: {dataSourceId, prompt})`, and the
// user's verdict back through `recordSuggestionOutcome` (the usage page's "AI suggestions accepted").
import type { Client } from '@urql/core';
import { graphql } from '../../gql';

const GenerateSql = graphql(`
  mutation GenerateSql($input: GenerateSqlInput!) {
    generateSql(input: $input) {
      id
      sql
      explanation
      confidence
      engine
      chart {
        type
        x
        y
      }
    }
  }
`);

const RecordSuggestionOutcome = graphql(`
  mutation RecordSuggestionOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {
    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)
  }
`);

export interface Proposal {
  id: string;
  sql: string;
  explanation: string;
  confidence: number;
  chart: { type: string; x: string | null; y: string[] } | null;
}

export const available = true;

export async function generateSql(
  client: Client,
  input: { dataSourceId: string; prompt: string },
): Promise<{ proposal: Proposal | null; error: string | null }> {
  const result = await client.mutation(GenerateSql, { input }).toPromise();
  const suggestion = result.data?.generateSql;
  if (!suggestion)
    return {
      proposal: null,
      error: result.error?.graphQLErrors[0]?.message ?? 'The SQL assistant did not answer. Try again.',
    };
  if (!suggestion.sql) return { proposal: null, error: suggestion.explanation };
  return {
    proposal: {
      id: suggestion.id,
      sql: suggestion.sql,
      explanation: suggestion.explanation,
      confidence: suggestion.confidence,
      chart: suggestion.chart
        ? { type: suggestion.chart.type, x: suggestion.chart.x ?? null, y: suggestion.chart.y ?? [] }
        : null,
    },
    error: null,
  };
}

export async function recordOutcome(client: Client, proposal: Proposal, finalSql: string): Promise<void> {
  const outcome = finalSql.trim() === proposal.sql.trim() ? 'ACCEPTED' : 'EDITED';
  await client.mutation(RecordSuggestionOutcome, { id: proposal.id, outcome, finalSql }).toPromise();
}
