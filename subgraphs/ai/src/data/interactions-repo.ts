import { withTenant, type Pool, type PoolClient } from '@tessera/db';
import type { AiUsageDay, InteractionRow, NewInteraction, Outcome } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", user_id AS "userId", api_key_id AS "apiKeyId",
  data_source_id AS "dataSourceId", request_id AS "requestId", prompt, sql, engine, latency_ms AS "latencyMs",
  prompt_tokens AS "promptTokens", completion_tokens AS "completionTokens", confidence, flagged, outcome,
  final_sql AS "finalSql", outcome_at AS "outcomeAt", created_at AS "createdAt"`;

/** Suggestions the assistant made: tenant data, always read and written inside withTenant(). */
export function createInteractionsRepo(pool: Pool) {
  const inTenant = <T>(organizationId: string, fn: (client: PoolClient) => Promise<T>) =>
    withTenant(pool, { tenantId: organizationId }, fn);

  return {
    create(row: NewInteraction): Promise<void> {
      return inTenant(row.organizationId, async (client) => {
        await client.query(
          `INSERT INTO ai.interactions (id, organization_id, user_id, api_key_id, data_source_id, request_id, prompt, sql, engine,
             latency_ms, prompt_tokens, completion_tokens, confidence, flagged)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            row.id,
            row.organizationId,
            row.userId,
            row.apiKeyId,
            row.dataSourceId,
            row.requestId,
            row.prompt,
            row.sql,
            row.engine,
            row.latencyMs,
            row.promptTokens,
            row.completionTokens,
            row.confidence,
            row.flagged,
          ],
        );
      });
    },

    /** Interaction id → organization, before the caller's membership is checked (definer function). */
    async organizationOf(id: string): Promise<string | null> {
      const { rows } = await pool.query<{ organizationId: string }>(
        'SELECT organization_id AS "organizationId" FROM ai.interaction_organizations($1::uuid[])',
        [[id]],
      );
      return rows[0]?.organizationId ?? null;
    },

    find(organizationId: string, id: string): Promise<InteractionRow | null> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<InteractionRow>(
          `SELECT ${COLUMNS} FROM ai.interactions WHERE id = $1`,
          [id],
        );
        return rows[0] ?? null;
      });
    },

    setOutcome(organizationId: string, id: string, outcome: Outcome, finalSql: string | null): Promise<void> {
      return inTenant(organizationId, async (client) => {
        await client.query(
          'UPDATE ai.interactions SET outcome = $2, final_sql = $3, outcome_at = clock_timestamp() WHERE id = $1',
          [id, outcome, finalSql],
        );
      });
    },

    /** Per UTC day in [from, to). */
    usage(organizationId: string, from: Date, to: Date): Promise<AiUsageDay[]> {
      return inTenant(organizationId, async (client) => {
        const { rows } = await client.query<AiUsageDay>(
          `SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day,
                  count(*)::int AS suggestions,
                  count(*) FILTER (WHERE sql <> '')::int AS answered,
                  count(*) FILTER (WHERE outcome = 'ACCEPTED')::int AS accepted,
                  count(*) FILTER (WHERE outcome = 'EDITED')::int AS edited,
                  count(*) FILTER (WHERE outcome = 'REJECTED')::int AS rejected,
                  count(*) FILTER (WHERE engine LIKE '%(fallback:%')::int AS fallbacks,
                  count(*) FILTER (WHERE flagged)::int AS flagged,
                  coalesce(sum(prompt_tokens), 0)::int AS "promptTokens",
                  coalesce(sum(completion_tokens), 0)::int AS "completionTokens",
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)::float8 AS "medianLatencyMs"
             FROM ai.interactions
            WHERE organization_id = $1 AND created_at >= $2 AND created_at < $3
            GROUP BY 1 ORDER BY 1`,
          [organizationId, from, to],
        );
        return rows;
      });
    },
  };
}

export type InteractionsRepo = ReturnType<typeof createInteractionsRepo>;
