// Re-encrypts every stored connection secret with the newest key of SECRETS_KEYS.
// Usage: add the new key at the end of SECRETS_KEYS, run `npm run rotate-keys -w @tessera/queries`,
// then remove old keys once it reports nothing left on them.
import { createPool } from '@tessera/db';
import { loadConfig } from '../config.ts';
import { decryptSecret, encryptSecret, keyVersionOf, parseKeyRing } from '../services/secrets.ts';

const config = loadConfig();
const ring = parseKeyRing(config.SECRETS_KEYS);
const owner = createPool(config.DATABASE_URL, { max: 1, applicationName: 'queries-rotate-keys' });
try {
  const { rows } = await owner.query<{ id: string; organization_id: string; secret_ciphertext: string }>(
    'SELECT id, organization_id, secret_ciphertext FROM queries.data_sources WHERE secret_ciphertext IS NOT NULL',
  );
  let rotated = 0;
  for (const row of rows) {
    if (keyVersionOf(row.secret_ciphertext) === ring.currentVersion) continue;
    const plain = decryptSecret(ring, row.secret_ciphertext, row.organization_id, row.id);
    await owner.query('UPDATE queries.data_sources SET secret_ciphertext = $2 WHERE id = $1', [
      row.id,
      encryptSecret(ring, plain, row.organization_id, row.id),
    ]);
    rotated += 1;
  }
  console.log(`re-encrypted ${rotated} of ${rows.length} secrets with key ${ring.currentVersion}`);
} finally {
  await owner.end();
}
