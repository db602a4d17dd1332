// Verifies the audit log's hash chain: every row must link to the previous row's hash and its own
// hash must match its content. Prints the first broken entry and exits 1 when tampering is found.
// Usage: DATABASE_URL=... npm run audit:verify -w @tessera/accounts
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const { rows } = await client.query<{ id: string; prev_ok: boolean; hash_ok: boolean }>(`
    SELECT id::text,
           prev_hash = coalesce(lag(hash) OVER (ORDER BY id), '\\x00'::bytea) AS prev_ok,
           hash = audit.compute_hash(prev_hash, occurred_at, organization_id, actor, operation, target_ids, outcome, request_id, ip) AS hash_ok
    FROM audit.entries ORDER BY id`);
  const broken = rows.find((r) => !r.prev_ok || !r.hash_ok);
  if (broken) {
    console.log(`audit log TAMPERED at entry ${broken.id} (${broken.hash_ok ? 'chain broken before it' : 'content altered'}); ${rows.length} entries checked`);
    process.exitCode = 1;
  } else {
    console.log(`audit log intact: ${rows.length} entries, hash chain verified`);
  }
} finally {
  await client.end();
}
