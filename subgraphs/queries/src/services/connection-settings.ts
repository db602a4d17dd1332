import path from 'node:path';
import { z } from 'zod';
import { AppError } from '@tessera/errors';
import type { DataSourceKind } from '../data/types.ts';

const host = z.string().trim().min(1, 'Host is required').max(253);
const portNumber = z.coerce.number().int().min(1, 'Port must be 1–65535').max(65535, 'Port must be 1–65535');
const identifier = (label: string) => z.string().trim().min(1, `${label} is required`).max(128);

const network = (defaultPort: number) =>
  z.object({
    host,
    port: portNumber.default(defaultPort),
    database: identifier('Database'),
    user: identifier('User'),
    password: z.string().max(1024).default(''),
    ssl: z.boolean().default(false),
    /**
     * ADMIN-only override: allow a role/user with server-level privileges (PostgreSQL superuser or
     * pg_*_server_* member, MySQL FILE/SUPER/write privileges). The source then carries a warning.
     */
    allowPrivilegedRole: z.boolean().default(false),
  });

const SCHEMAS = {
  DEMO: z.object({}),
  POSTGRES: network(5432),
  MYSQL: network(3306),
  CLICKHOUSE: z.object({
    url: z
      .string()
      .url('Enter the HTTP(S) URL of the ClickHouse server, e.g. http://host:8123')
      .refine((u) => /^https?:\/\//.test(u), 'Use http:// or https://'),
    database: identifier('Database').default('default'),
    user: identifier('User').default('default'),
    password: z.string().max(1024).default(''),
  }),
  DUCKDB: z.object({ path: z.string().trim().min(1, 'Path is required').max(1024) }),
  FILE: z.object({ format: z.enum(['csv', 'parquet']), file: z.string().optional() }),
} satisfies Record<DataSourceKind, z.ZodType>;

export interface ParsedConnection {
  /** Stored in clear and returned by `DataSource.connection`. */
  settings: Record<string, unknown>;
  /** Write-only: encrypted at rest, never returned. */
  secret: string | null;
}

/** Validates a kind's connection JSON; errors name the field as `connection.<field>`. */
export function parseConnection(
  kind: DataSourceKind,
  input: unknown,
  options: { duckdbFilesDir: string },
): ParsedConnection {
  const result = SCHEMAS[kind].safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw AppError.badInput(`connection.${issue.path.join('.') || 'value'}`, issue.message);
  }
  const { password, ...settings } = result.data as Record<string, unknown> & { password?: string };
  if (kind === 'DUCKDB') settings.path = confinedPath(String(settings.path), options.duckdbFilesDir);
  return { settings, secret: password ? password : null };
}

/** DuckDB files are opened only from the configured folder: no way to point at /etc or another tenant. */
function confinedPath(file: string, root: string): string {
  const resolved = path.resolve(root, file);
  if (!resolved.startsWith(path.resolve(root) + path.sep) || !/\.(duckdb|db)$/.test(resolved)) {
    throw AppError.badInput(
      'connection.path',
      "DuckDB files must be .duckdb files inside the server's DuckDB folder",
    );
  }
  return path.relative(root, resolved);
}

/** Validates a patch against the stored settings (a missing password keeps the stored one). */
export function mergeConnection(
  kind: DataSourceKind,
  stored: Record<string, unknown>,
  patch: unknown,
  options: { duckdbFilesDir: string },
): ParsedConnection {
  const merged = { ...stored, ...(patch as Record<string, unknown>) };
  return parseConnection(kind, merged, options);
}
