import { requireSignedIn, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import { explainSql, suggestChart, summarizeResult, type ChartSuggestion } from '@tessera/nl2sql';
import { guardSql } from '@tessera/sql-guard';
import { validateSql } from '../validation/validate-sql.ts';
import type { Access } from './access.ts';

export interface SqlExplanation {
  text: string;
  /** True when the statement is one read-only SELECT (for the source's tables, when a source is given). */
  valid: boolean;
  /** Why it is not, in words. */
  problem: string | null;
}

const MAX_SQL_CHARS = 100_000;

/** explainSql, suggestChart and summarizeResult: words and charts for SQL and results. */
export function createResultService(deps: { access: Access; defaultLimit: number }) {
  const { access } = deps;

  async function finishedRun(identity: Identity, runId: string) {
    const run = await access.run(identity, runId);
    return run.status === 'SUCCEEDED' ? run : null;
  }

  return {
    async explain(identity: Identity, sql: string, dataSourceId?: string | null): Promise<SqlExplanation> {
      requireSignedIn(identity);
      if (sql.length > MAX_SQL_CHARS)
        throw AppError.badInput('sql', `The statement is longer than ${MAX_SQL_CHARS} characters`);
      const text = explainSql(sql);
      if (dataSourceId) {
        const context = await access.source(identity, dataSourceId);
        const checked = validateSql(sql, {
          dialect: context.dialect,
          tables: context.tables,
          defaultLimit: deps.defaultLimit,
        });
        return { text, valid: checked.ok, problem: checked.ok ? null : checked.message };
      }
      const guard = guardSql(sql, 'duckdb');
      const select = guard.ok && guard.kind === 'select';
      return {
        text,
        valid: select,
        problem: guard.ok
          ? select
            ? null
            : 'Only a SELECT statement can run as a suggestion.'
          : guard.message,
      };
    },

    /** null while the run has not succeeded or when it returned no rows. */
    async chart(identity: Identity, runId: string): Promise<ChartSuggestion | null> {
      const run = await finishedRun(identity, runId);
      return run ? suggestChart(run.columns, run.rows) : null;
    },

    async summarize(identity: Identity, runId: string, question?: string | null): Promise<string> {
      const run = await access.run(identity, runId);
      if (run.status === 'FAILED') return 'The query failed, so there is nothing to summarize.';
      if (run.status !== 'SUCCEEDED') return 'The query has not finished yet.';
      const summary = summarizeResult(run.columns, run.rows, question ?? undefined);
      return run.truncated ? `${summary} (Based on the first ${run.rows.length} rows.)` : summary;
    },
  };
}

export type ResultService = ReturnType<typeof createResultService>;
