import type { Pool } from '@tessera/db';

export interface AuditEntryInput {
  occurredAt: string;
  organizationId: string | null;
  actor: { userId?: string; apiKeyId?: string; shareLinkId?: string };
  operation: string;
  targetIds: string[];
  outcome: string;
  requestId: string | null;
  ip: string | null;
  /** When the gateway knows only the project. */
  projectId?: string | null;
}

export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  organizationId: string | null;
  actor: AuditEntryInput['actor'];
  operation: string;
  targetIds: string[];
  outcome: string;
  requestId: string | null;
  ip: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log is not tenant-scoped storage: reads filter by organization after a role check. */
export function createAuditRepo(pool: Pool) {
  return {
    async append(entries: AuditEntryInput[]): Promise<void> {
      for (const e of entries) {
        await pool.query('SELECT audit.append($1, $2, $3, $4, $5, $6, $7, $8)', [
          e.occurredAt, e.organizationId && UUID.test(e.organizationId) ? e.organizationId : null, JSON.stringify(e.actor), e.operation.slice(0, 500),
          e.targetIds.slice(0, 50).map((id) => id.slice(0, 100)), e.outcome.slice(0, 100), e.requestId?.slice(0, 100) ?? null, e.ip?.slice(0, 64) ?? null,
        ]);
      }
    },
    async list(organizationId: string, first: number, before?: string): Promise<AuditEntryRow[]> {
      const { rows } = await pool.query<AuditEntryRow>(
        `SELECT id::text, occurred_at AS "occurredAt", organization_id AS "organizationId", actor, operation, target_ids AS "targetIds",
                outcome, request_id AS "requestId", ip
         FROM audit.entries WHERE organization_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $3`,
        [organizationId, before ?? null, first],
      );
      return rows;
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
