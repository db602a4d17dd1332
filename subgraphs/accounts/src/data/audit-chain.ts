import type { PoolClient } from '@tessera/db';

/** The first place the audit log's hash chain does not hold. */
export interface ChainBreak {
  /** The entry where the chain fails. */
  id: string;
  /**
   * `content-altered`: the entry's hash does not match its own content.
   * `link-broken`: the entry does not link to the entry before it (one was deleted or inserted
   * before it, or its prev_hash was rewritten).
   */
  reason: 'content-altered' | 'link-broken';
}

export interface ChainReport {
  entries: number;
  broken: ChainBreak | null;
}

/**
 * Walks audit.entries in id order: every entry's prev_hash must equal the hash of the entry
 * before it (the first links to \x00), and its hash must match its content.
 */
export async function verifyAuditChain(db: Pick<PoolClient, 'query'>): Promise<ChainReport> {
  // audit.chain_links() reads every organization's entries as its own narrow role
  // (tessera_audit_verify, migration 0007) and returns only ids and the two checks, so the
  // verifier needs neither a bypass of row-level security nor a tenant.
  const { rows } = await db.query<{ id: string; prev_ok: boolean; hash_ok: boolean }>(
    'SELECT id::text, prev_ok, hash_ok FROM audit.chain_links() ORDER BY id',
  );
  const first = rows.find((r) => !r.prev_ok || !r.hash_ok);
  return {
    entries: rows.length,
    broken: first ? { id: first.id, reason: first.hash_ok ? 'link-broken' : 'content-altered' } : null,
  };
}

/** The one line `npm run audit:verify` prints. */
export function describeChain(report: ChainReport): string {
  if (!report.broken) return `audit log intact: ${report.entries} entries, hash chain verified`;
  const why =
    report.broken.reason === 'link-broken'
      ? 'chain broken before it: an entry was deleted or inserted, or its link rewritten'
      : 'content altered';
  return `audit log TAMPERED at entry ${report.broken.id} (${why}); ${report.entries} entries checked`;
}
