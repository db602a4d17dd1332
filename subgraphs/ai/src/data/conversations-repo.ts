import { withTenant, type Pool } from '@tessera/db';
import type { ConversationRow, NewConversation } from './types.ts';

const COLUMNS = `id, organization_id AS "organizationId", user_id AS "userId", api_key_id AS "apiKeyId",
  data_source_id AS "dataSourceId", last_question AS "lastQuestion", pending_term AS "pendingTerm", turns,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The assistant's conversation state: tenant data, always read and written inside withTenant(). */
export function createConversationsRepo(pool: Pool) {
  return {
    create(row: NewConversation): Promise<void> {
      return withTenant(pool, { tenantId: row.organizationId }, async (client) => {
        await client.query(
          `INSERT INTO ai.conversations (id, organization_id, user_id, api_key_id, data_source_id, last_question, pending_term)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            row.id,
            row.organizationId,
            row.userId,
            row.apiKeyId,
            row.dataSourceId,
            row.lastQuestion,
            row.pendingTerm,
          ],
        );
      });
    },

    find(organizationId: string, id: string): Promise<ConversationRow | null> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        const { rows } = await client.query<ConversationRow>(
          `SELECT ${COLUMNS} FROM ai.conversations WHERE id = $1`,
          [id],
        );
        return rows[0] ?? null;
      });
    },

    advance(
      organizationId: string,
      id: string,
      lastQuestion: string,
      pendingTerm: string | null,
    ): Promise<void> {
      return withTenant(pool, { tenantId: organizationId }, async (client) => {
        await client.query(
          'UPDATE ai.conversations SET last_question = $2, pending_term = $3, turns = turns + 1, updated_at = clock_timestamp() WHERE id = $1',
          [id, lastQuestion, pendingTerm],
        );
      });
    },
  };
}

export type ConversationsRepo = ReturnType<typeof createConversationsRepo>;
