import type { Logger } from '@tessera/logger';
import { loadMigrations, runMigrations } from './migrations.ts';
import { createPool } from './pool.ts';
import { ensureAppRole } from './roles.ts';

/**
 * A service's start-up migration: as the owner (DATABASE_URL), make sure the tessera_app role
 * exists with the configured password, then apply the service schema's pending migrations.
 */
export async function migrateServiceSchema(options: {
  databaseUrl: string;
  appDbPassword: string;
  schema: string;
  migrationsDir: string;
  logger: Logger;
}): Promise<void> {
  // No statement or lock timeout: a migration may rewrite a large table, and replicas starting
  // together wait on the advisory lock for as long as the first one migrates.
  const owner = createPool(options.databaseUrl, {
    max: 2,
    applicationName: `${options.schema}-migrations`,
    statementTimeoutMs: 0,
    lockTimeoutMs: 0,
  });
  try {
    await ensureAppRole(owner, options.appDbPassword);
    const applied = await runMigrations(owner, options.schema, await loadMigrations(options.migrationsDir));
    if (applied.length > 0) options.logger.info({ applied }, 'migrations applied');
  } finally {
    await owner.end();
  }
}
