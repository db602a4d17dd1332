// Natural language → SQL through the API's `generateSql(input: {dataSourceId, prompt})`.
// WAITING FOR THE API: generateSql is not in schema/api.graphql yet. When codegen accepts it, this
// module gets the typed mutation (see web/README.md, "Pending") and `available` becomes true.
import type { Client } from '@urql/core';

export interface Proposal {
  sql: string;
  explanation: string;
  confidence: number;
  chart: { type: string; x: string | null; y: string[] } | null;
}

export const available = false;

export async function generateSql(_client: Client, _input: { dataSourceId: string; prompt: string }): Promise<{ proposal: Proposal | null; error: string | null }> {
  return { proposal: null, error: 'The SQL assistant is not part of this deployment yet.' };
}
