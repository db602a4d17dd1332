// Verifies the audit log's hash chain: every row must link to the previous row's hash and its own
// hash must match its content. Prints the first broken entry and exits 1 when tampering is found.
// Usage: DATABASE_URL=... npm run audit:verify -w @tessera/accounts
import pg from 'pg';
import { describeChain, verifyAuditChain } from '../data/audit-chain.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const report = await verifyAuditChain(client);
  console.log(describeChain(report));
  if (report.broken) process.exitCode = 1;
} finally {
  await client.end();
}
