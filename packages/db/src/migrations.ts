import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DROP_MIGRATION_HELPERS_SQL, MIGRATION_HELPERS_SQL } from './migration-helpers.ts';
import type { Pool } from './pool.ts';

export interface Migration {
  id: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files from a folder, in order. */
export async function loadMigrations(directory: string): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      id: file.replace(/\.sql$/, ''),
      sql: await readFile(path.join(directory, file), 'utf8'),
    })),
  );
}

/**
 * Applies pending migrations for one service schema, each in its own transaction, under an
 * advisory lock so concurrent starts of the same service do not race.
 */
export async function runMigrations(pool: Pool, schema: string, migrations: Migration[]): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${schema}.schema_migrations`);
    const done = new Set(rows.map((r) => r.id));
    const pending = migrations.filter((m) => !done.has(m.id));
    if (pending.length > 0) await client.query(MIGRATION_HELPERS_SQL);
    for (const migration of pending) {
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL search_path TO ${schema}, public`);
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${schema}.schema_migrations (id) VALUES ($1)`, [migration.id]);
        await client.query('COMMIT');
        applied.push(migration.id);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${schema}/${migration.id} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
  } finally {
    await client.query(DROP_MIGRATION_HELPERS_SQL).catch(() => undefined);
    await client
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`])
      .catch(() => undefined);
    client.release();
  }
  return applied;
}
