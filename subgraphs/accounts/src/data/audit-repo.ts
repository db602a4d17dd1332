import { withTenant, type Pool } from '@tessera/db';

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
  /** The gateway's delivery key (a UUID): a retried delivery of the same entry appends nothing. */
  key?: string | null;
}

/** The outcome of a mutation whose entry was appended before it ran (write-ahead). */
export interface AuditOutcomeInput {
  entryId: string;
  outcome: string;
  /** Ids the result returned (created objects), added to the entry's. */
  targetIds: string[];
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
const targets = (ids: unknown): string[] =>
  Array.isArray(ids)
    ? ids
        .filter((id): id is string => typeof id === 'string')
        .slice(0, 50)
        .map((id) => id.slice(0, 100))
    : [];

/** An entry as append_once takes it, bounded and with malformed ids dropped. */
const clean = (e: AuditEntryInput) => ({
  key: typeof e.key === 'string' && UUID.test(e.key) ? e.key : null,
  occurredAt: e.occurredAt,
  organizationId: e.organizationId && UUID.test(e.organizationId) ? e.organizationId : null,
  actor: e.actor,
  operation: e.operation.slice(0, 500),
  targetIds: targets(e.targetIds),
  outcome: e.outcome.slice(0, 100),
  requestId: e.requestId?.slice(0, 100) ?? null,
  ip: e.ip?.slice(0, 64) ?? null,
});
/**
 * The audit log: one hash chain across organizations. Writes go through definer functions owned by
 * narrow roles (migration 0007); reads are per organization, after a role check, inside withTenant().
 */
export function createAuditRepo(pool: Pool) {
  return {
    /**
     * Appends entries to the hash chain, in order, in one statement (its own transaction: one
     * round trip however many); returns their ids in the same order. append_once is volatile and
     * evaluated row by row after the sort by position, each call seeing the entries before it.
     */
    async append(entries: AuditEntryInput[]): Promise<string[]> {
      if (entries.length === 0) return [];
      const { rows } = await pool.query<{ id: string }>(
        `SELECT audit.append_once((e->>'key')::uuid, (e->>'occurredAt')::timestamptz, (e->>'organizationId')::uuid,
                  e->'actor', e->>'operation', ARRAY(SELECT jsonb_array_elements_text(e->'targetIds')),
                  e->>'outcome', e->>'requestId', e->>'ip')::text AS id
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`,
        [JSON.stringify(entries.map(clean))],
      );
      return rows.map((row) => row.id);
    },
    /**
     * Records the outcome of entries appended before their mutation ran (idempotent per entry), in
     * one statement. Its commit does not wait for the WAL flush (synchronous_commit off for this
     * transaction): visible at once, and only a machine crash in the next fraction of a second can
     * lose it — the entry then reads PENDING, as when the gateway stops before delivering it.
     */
    async complete(outcomes: AuditOutcomeInput[]): Promise<void> {
      const valid = outcomes.filter((o) => /^\d{1,19}$/.test(o.entryId));
      if (valid.length === 0) return;
      await pool.query(
        `SELECT audit.complete((o->>'entryId')::bigint, o->>'outcome', ARRAY(SELECT jsonb_array_elements_text(o->'targetIds')))
         FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async,
              jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(o, n) ORDER BY n`,
        [
          JSON.stringify(
            valid.map((o) => ({
              entryId: o.entryId,
              outcome: o.outcome.slice(0, 100),
              targetIds: targets(o.targetIds),
            })),
          ),
        ],
      );
    },
    /** The organization's entries, newest first; read inside its tenant context (row-level security). */
    async list(organizationId: string, first: number, before?: string): Promise<AuditEntryRow[]> {
      const { rows } = await withTenant(pool, { tenantId: organizationId }, (client) =>
        client.query<AuditEntryRow>(
          // An entry appended before its mutation ran takes its outcome (and the ids the result
          // returned) from audit.outcomes; without one it stays 'PENDING' (the gateway stopped first).
          `SELECT e.id::text, e.occurred_at AS "occurredAt", e.organization_id AS "organizationId", e.actor, e.operation,
                CASE WHEN o.entry_id IS NULL THEN e.target_ids
                     ELSE ARRAY(SELECT DISTINCT t FROM unnest(e.target_ids || o.target_ids) AS t ORDER BY t) END AS "targetIds",
                coalesce(o.outcome, e.outcome) AS outcome, e.request_id AS "requestId", e.ip
         FROM audit.entries e LEFT JOIN audit.outcomes o ON o.entry_id = e.id
         WHERE e.organization_id = $1 AND ($2::bigint IS NULL OR e.id < $2::bigint) ORDER BY e.id DESC LIMIT $3`,
          [organizationId, before ?? null, first],
        ),
      );
      return rows;
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
