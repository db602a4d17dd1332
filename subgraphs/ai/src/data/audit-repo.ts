import { withTenant, type Pool } from '@tessera/db';
import type { AuditEventRow, NewAuditEvent } from './types.ts';

/** The assistant's audit events: append-only (tessera_app may only insert and read). */
export function createAuditRepo(pool: Pool) {
  return {
    async append(events: readonly NewAuditEvent[]): Promise<void> {
      const [first] = events;
      if (!first) return;
      await withTenant(pool, { tenantId: first.organizationId }, async (client) => {
        for (const e of events) {
          await client.query(
            `INSERT INTO ai.audit_events (id, organization_id, user_id, api_key_id, data_source_id, interaction_id, request_id, kind,
               reason, prompt_sha256, prompt_excerpt, engine)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [
              e.id,
              e.organizationId,
              e.userId,
              e.apiKeyId,
              e.dataSourceId,
              e.interactionId,
              e.requestId,
              e.kind,
              e.reason,
              e.promptSha256,
              e.promptExcerpt,
              e.engine,
            ],
          );
        }
      });
    },

    list(organizationId: string, limit = 100): Promise<AuditEventRow[]> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<AuditEventRow>(
          `SELECT id, organization_id AS "organizationId", user_id AS "userId", api_key_id AS "apiKeyId", data_source_id AS "dataSourceId",
                  interaction_id AS "interactionId", request_id AS "requestId", kind, reason, prompt_sha256 AS "promptSha256",
                  prompt_excerpt AS "promptExcerpt", engine, created_at AS "createdAt"
             FROM ai.audit_events ORDER BY created_at DESC LIMIT $1`,
          [limit],
        );
        return rows;
      });
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
