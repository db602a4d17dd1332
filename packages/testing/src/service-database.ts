import { APP_ROLE, createPool, migrateServiceSchema, withCredentials, type Pool } from '@tessera/db';
import { silentLogger } from '@tessera/logger';
import { createTestDatabase, TEST_APP_DB_PASSWORD } from './database.ts';

export interface MigratedServiceDatabase {
  url: string;
  /** The migrating owner's connection (the test superuser: it bypasses row-level security). */
  owner: Pool;
  /** The application role's connection, as a service serves requests. */
  app: Pool;
  close(): Promise<void>;
}

/** A fresh database with one service's schema migrated, and pools for its owner and the app role. */
export async function createMigratedServiceDatabase(options: {
  adminUrl: string;
  schema: string;
  migrationsDir: string;
  appPoolSize?: number;
}): Promise<MigratedServiceDatabase> {
  const db = await createTestDatabase(options.adminUrl);
  await migrateServiceSchema({
    databaseUrl: db.url,
    appDbPassword: TEST_APP_DB_PASSWORD,
    schema: options.schema,
    logger: silentLogger,
    migrationsDir: options.migrationsDir,
  });
  const owner = createPool(db.url, { max: 2 });
  const app = createPool(withCredentials(db.url, APP_ROLE, TEST_APP_DB_PASSWORD), {
    max: options.appPoolSize ?? 1,
  });
  return {
    url: db.url,
    owner,
    app,
    async close() {
      await app.end();
      await owner.end();
      await db.drop();
    },
  };
}

/** Row-level security of a schema's tables that carry an organization id, by table name. */
export async function tenantTableSecurity(
  pool: Pool,
  schema: string,
): Promise<{ table: string; enabled: boolean; forced: boolean }[]> {
  const { rows } = await pool.query<{ table: string; enabled: boolean; forced: boolean }>(
    `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
     WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attname = 'organization_id' AND NOT a.attisdropped ORDER BY 1`,
    [schema],
  );
  return rows;
}
