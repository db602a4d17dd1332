import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** One password for the shared tessera_app role: every test database lives in the same cluster. */
export const TEST_APP_DB_PASSWORD = 'tessera-test-app-password';

export const TEST_SECRETS = {
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  INTERNAL_SECRET: 'test-internal-secret-0123456789abcdef012345',
  APP_DB_PASSWORD: TEST_APP_DB_PASSWORD,
};

/** Creates a fresh database for one test file and returns its owner URL. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
