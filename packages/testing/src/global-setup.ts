import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import './provided-context.ts';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@tessera/db';
import { freePort } from './ports.ts';

/**
 * One real PostgreSQL for the whole run: the machine's own when TEST_DATABASE_URL is set,
 * otherwise the embedded binaries in a temporary directory.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort() });
  project.provide('adminDatabaseUrl', pg.url);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
