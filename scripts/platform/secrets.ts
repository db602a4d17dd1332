import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PlatformSecrets {
  jwtSecret: string;
  internalSecret: string;
  appDbPassword: string;
  postgresPassword: string;
  /** Connection-secret encryption keys for the queries subgraph ("v1:<base64>"). */
  secretsKeys: string;
}

/**
 * The embedded platform generates its secrets on first start and keeps them (mode 600) beside its
 * data, so a restart finds the same database passwords and existing sessions stay valid.
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<PlatformSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Partial<PlatformSecrets>,
    () => ({}) as Partial<PlatformSecrets>,
  );
  const fresh = () => randomBytes(32).toString('base64url');
  const secrets: PlatformSecrets = {
    jwtSecret: existing.jwtSecret ?? fresh(),
    internalSecret: existing.internalSecret ?? fresh(),
    appDbPassword: existing.appDbPassword ?? fresh(),
    postgresPassword: existing.postgresPassword ?? fresh(),
    secretsKeys: existing.secretsKeys ?? `v1:${randomBytes(32).toString('base64')}`,
  };
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
