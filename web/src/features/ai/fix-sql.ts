// "Fix with AI": the API's `fixSql(input: {dataSourceId, sql, error})` repairs a failed statement
// (misspelt names against the source's schema, dialect functions, a missing GROUP BY) and says why.
import type { Client } from '@urql/core';
import { graphql } from '../../gql';
import { errorInfo } from '../../ui/errors';

const FixSql = graphql(`
  mutation FixSql($input: FixSqlInput!) {
    fixSql(input: $input) {
      id
      sql
      explanation
      confidence
    }
  }
`);

const RecordFixOutcome = graphql(`
  mutation RecordFixOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {
    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)
  }
`);

export interface SqlFix {
  id: string;
  /** Empty when the assistant found nothing to correct (the explanation says why). */
  sql: string;
  explanation: string;
  confidence: number;
}

/** The API's limits on FixSqlInput: longer text is refused, so it is cut before sending. */
const MAX_SQL = 100_000;
const MAX_ERROR = 2_000;

export async function fixSql(
  client: Client,
  input: { dataSourceId: string; sql: string; error: string | null },
): Promise<{ fix: SqlFix | null; error: string | null }> {
  if (input.sql.length > MAX_SQL) return { fix: null, error: 'This statement is too long to fix.' };
  const result = await client
    .mutation(FixSql, {
      input: { dataSourceId: input.dataSourceId, sql: input.sql, error: input.error?.slice(0, MAX_ERROR) },
    })
    .toPromise();
  const fix = result.data?.fixSql;
  if (!fix)
    return { fix: null, error: errorInfo(result.error)?.message ?? 'The SQL assistant did not answer.' };
  return { fix, error: null };
}

export async function recordFixOutcome(
  client: Client,
  fix: SqlFix,
  outcome: 'ACCEPTED' | 'REJECTED',
): Promise<void> {
  await client
    .mutation(RecordFixOutcome, {
      id: fix.id,
      outcome,
      finalSql: outcome === 'ACCEPTED' ? fix.sql : null,
    })
    .toPromise();
}
