import path from 'node:path';
import type { DataSourceRow } from '../data/types.ts';
import { createClickhouseEngine } from '../engines/clickhouse.ts';
import { createDuckdbEngine } from '../engines/duckdb/engine.ts';
import { createMysqlEngine } from '../engines/mysql.ts';
import { createPostgresEngine } from '../engines/postgres.ts';
import type { QueryEngine } from '../engines/types.ts';
import type { DemoDatabaseProvider } from './demo.ts';
import { portOfUrl, type HostPolicy } from './host-policy.ts';
import { decryptSecret, type KeyRing } from './secrets.ts';

export interface EngineRegistryOptions {
  keyRing: KeyRing;
  hostPolicy: HostPolicy;
  demo: DemoDatabaseProvider;
  duckdbFilesDir: string;
  uploadsDir: string;
  duckdb: { memoryLimit: string; threads: number };
  /**
   * A FILE source switched to a new database file: how long the engine on the old file stays open
   * for queries and exports already running on it (default 5 minutes).
   */
  fileRetireGraceMs?: number;
}

/**
 * One engine (connection pool or DuckDB worker) per data source version; DuckDB workers are
 * shared per database file, so every project's demo source uses one worker.
 */
export function createEngineRegistry(options: EngineRegistryOptions) {
  const engines = new Map<string, Promise<QueryEngine>>();

  async function build(source: DataSourceRow): Promise<QueryEngine> {
    const settings = source.settings as Record<string, string | number | boolean>;
    const password = () =>
      source.secretCiphertext
        ? decryptSecret(options.keyRing, source.secretCiphertext, source.organizationId, source.id)
        : '';
    switch (source.kind) {
      case 'DEMO':
        return createDuckdbEngine({ path: await options.demo.ensure(), ...options.duckdb });
      case 'DUCKDB':
        return createDuckdbEngine({
          path: path.join(options.duckdbFilesDir, String(settings.path)),
          ...options.duckdb,
        });
      case 'FILE':
        return createDuckdbEngine({
          path: path.join(options.uploadsDir, String(settings.file)),
          ...options.duckdb,
        });
      case 'POSTGRES':
      case 'MYSQL': {
        // Connect to the address the policy approved, so DNS cannot be re-pointed between check and use.
        const host = await options.hostPolicy.resolve(String(settings.host), Number(settings.port));
        const common = {
          host,
          port: Number(settings.port),
          database: String(settings.database),
          user: String(settings.user),
          password: password(),
          ssl: Boolean(settings.ssl),
          allowPrivilegedRole: settings.allowPrivilegedRole === true,
        };
        return source.kind === 'POSTGRES' ? createPostgresEngine(common) : createMysqlEngine(common);
      }
      case 'CLICKHOUSE': {
        const url = new URL(String(settings.url));
        const address = await options.hostPolicy.resolve(url.hostname, portOfUrl(url));
        if (url.protocol === 'http:') url.hostname = address.includes(':') ? `[${address}]` : address;
        return createClickhouseEngine({
          url: url.toString(),
          database: String(settings.database),
          user: String(settings.user),
          password: password(),
        });
      }
    }
  }

  function keyOf(source: DataSourceRow): string {
    if (source.kind === 'DEMO') return 'demo';
    return `${source.id}:${source.updatedAt.getTime()}`;
  }

  return {
    get(source: DataSourceRow): Promise<QueryEngine> {
      const key = keyOf(source);
      let engine = engines.get(key);
      if (!engine) {
        engine = build(source);
        engines.set(key, engine);
        engine.catch(() => engines.delete(key));
        // An older version of this source (settings changed) is closed; on a FILE source, whose
        // old database stays valid, only after running queries had time to finish.
        const grace = source.kind === 'FILE' ? (options.fileRetireGraceMs ?? 300_000) : 0;
        for (const [other, stale] of engines) {
          if (other !== key && other.startsWith(`${source.id}:`)) {
            engines.delete(other);
            const close = () => void stale.then((e) => e.close()).catch(() => undefined);
            if (grace > 0) setTimeout(close, grace).unref();
            else close();
          }
        }
      }
      return engine;
    },
    /** An engine for settings not stored yet (test-connection before save). */
    async temporary(source: DataSourceRow): Promise<QueryEngine> {
      return build(source);
    },
    async closeAll(): Promise<void> {
      const all = [...engines.values()];
      engines.clear();
      await Promise.all(all.map((e) => e.then((engine) => engine.close()).catch(() => undefined)));
    },
  };
}

export type EngineRegistry = ReturnType<typeof createEngineRegistry>;
