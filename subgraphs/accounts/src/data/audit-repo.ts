import { withTenant, withTransaction, type Pool, type PoolClient } from '@tessera/db';

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

type Queryable = Pick<PoolClient, 'query'>;

async function appendOne(db: Queryable, e: AuditEntryInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT audit.append_once($1, $2, $3, $4, $5, $6, $7, $8, $9)::text AS id',
    [
      typeof e.key === 'string' && UUID.test(e.key) ? e.key : null,
      e.occurredAt,
      e.organizationId && UUID.test(e.organizationId) ? e.organizationId : null,
      JSON.stringify(e.actor),
      e.operation.slice(0, 500),
      targets(e.targetIds),
      e.outcome.slice(0, 100),
      e.requestId?.slice(0, 100) ?? null,
      e.ip?.slice(0, 64) ?? null,
    ],
  );
  return rows[0]!.id;
}

async function completeOne(db: Queryable, o: AuditOutcomeInput): Promise<void> {
  await db.query('SELECT audit.complete($1::bigint, $2, $3)', [
    o.entryId,
    o.outcome.slice(0, 100),
    targets(o.targetIds),
  ]);
}

/**
 * The audit log: one hash chain across organizations. Writes go through definer functions owned by
 * narrow roles (migration 0007); reads are per organization, after a role check, inside withTenant().
 */
export function createAuditRepo(pool: Pool) {
  return {
    /**
     * Appends entries to the hash chain, in order, in one transaction; returns their ids. A single
     * entry is one statement (its own transaction: one round trip instead of three).
     */
    async append(entries: AuditEntryInput[]): Promise<string[]> {
      if (entries.length === 0) return [];
      if (entries.length === 1) return [await appendOne(pool, entries[0]!)];
      return withTransaction(pool, async (client) => {
        const ids: string[] = [];
        for (const e of entries) ids.push(await appendOne(client, e));
        return ids;
      });
    },
    /** Records the outcome of entries appended before their mutation ran (idempotent per entry). */
    async complete(outcomes: AuditOutcomeInput[]): Promise<void> {
      const valid = outcomes.filter((o) => /^\d{1,19}$/.test(o.entryId));
      if (valid.length === 0) return;
      if (valid.length === 1) return completeOne(pool, valid[0]!);
      await withTransaction(pool, async (client) => {
        for (const o of valid) await completeOne(client, o);
      });
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
