import type { Pool } from './pool.ts';

/**
 * The login role services use at run time. It owns nothing, cannot bypass row-level security and
 * holds only the grants each schema's migrations give it; migrations run as the owner.
 */
export const APP_ROLE = 'tessera_app';

export async function ensureAppRole(ownerPool: Pool, password: string): Promise<void> {
  const client = await ownerPool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['roles']);
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const quoted = `'${password.replaceAll("'", "''")}'`;
    if (rowCount === 0) {
      await client.query(
        `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${quoted}`,
      );
    } else {
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${quoted}`);
    }
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(`GRANT CONNECT ON DATABASE "${rows[0]!.db}" TO ${APP_ROLE}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['roles']).catch(() => undefined);
    client.release();
  }
}

/** The same server and database as `url`, logged in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
