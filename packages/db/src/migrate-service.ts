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
  const owner = createPool(options.databaseUrl, { max: 2, applicationName: `${options.schema}-migrations` });
  try {
    await ensureAppRole(owner, options.appDbPassword);
    const applied = await runMigrations(owner, options.schema, await loadMigrations(options.migrationsDir));
    if (applied.length > 0) options.logger.info({ applied }, 'migrations applied');
  } finally {
    await owner.end();
  }
}
