// The connect form per kind: each kind's fields (mirroring the queries service's connection
// settings) and the client-side checks run before anything is sent.
import type { DataSourceKind } from '../../gql/graphql';

export type ConnectableKind = 'POSTGRES' | 'MYSQL' | 'CLICKHOUSE' | 'DUCKDB';
export const CONNECTABLE_KINDS: ConnectableKind[] = ['POSTGRES', 'MYSQL', 'CLICKHOUSE', 'DUCKDB'];

export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'number' | 'password' | 'checkbox';
  placeholder?: string;
  required?: boolean;
  help?: string;
}

const network = (defaultPort: number): FieldSpec[] => [
  { name: 'host', label: 'Host', type: 'text', placeholder: 'db.example.com', required: true },
  { name: 'port', label: 'Port', type: 'number', placeholder: String(defaultPort) },
  { name: 'database', label: 'Database', type: 'text', required: true },
  { name: 'user', label: 'User', type: 'text', required: true, help: 'Use a read-only user.' },
  { name: 'password', label: 'Password', type: 'password' },
  { name: 'ssl', label: 'Use SSL/TLS', type: 'checkbox' },
  {
    name: 'allowPrivilegedRole',
    label: 'Allow a user with server-level privileges (organization admins only)',
    type: 'checkbox',
    help: 'The source then carries a warning; prefer a user that can only read the data.',
  },
];

export const KIND_FIELDS: Record<ConnectableKind, FieldSpec[]> = {
  POSTGRES: network(5432),
  MYSQL: network(3306),
  CLICKHOUSE: [
    {
      name: 'url',
      label: 'URL',
      type: 'text',
      placeholder: 'http://clickhouse.example.com:8123',
      required: true,
    },
    { name: 'database', label: 'Database', type: 'text', placeholder: 'default' },
    { name: 'user', label: 'User', type: 'text', placeholder: 'default' },
    { name: 'password', label: 'Password', type: 'password' },
  ],
  DUCKDB: [
    {
      name: 'path',
      label: 'File',
      type: 'text',
      placeholder: 'sales.duckdb',
      required: true,
      help: "A .duckdb file in the server's DuckDB folder.",
    },
  ],
};

export const KIND_LABEL: Record<DataSourceKind, string> = {
  DEMO: 'Demo · DuckDB',
  POSTGRES: 'PostgreSQL',
  MYSQL: 'MySQL / MariaDB',
  CLICKHOUSE: 'ClickHouse',
  DUCKDB: 'DuckDB',
  FILE: 'Files',
};

/** Two letters on a colored square: enough to tell kinds apart at a glance. */
export const KIND_MARK: Record<DataSourceKind, { text: string; color: string }> = {
  DEMO: { text: 'Dm', color: 'var(--chart-6)' },
  POSTGRES: { text: 'Pg', color: 'var(--chart-2)' },
  MYSQL: { text: 'My', color: 'var(--chart-3)' },
  CLICKHOUSE: { text: 'Ch', color: 'var(--warning)' },
  DUCKDB: { text: 'Dk', color: 'var(--chart-4)' },
  FILE: { text: 'Fi', color: 'var(--chart-1)' },
};

export type FormValues = Record<string, string | boolean>;
export type FieldErrors = Record<string, string>;

export function isConnectable(kind: string): kind is ConnectableKind {
  return (CONNECTABLE_KINDS as string[]).includes(kind);
}

/** Form values from a source's stored settings (the password is never returned, so it starts blank). */
export function initialValues(kind: ConnectableKind, settings: Record<string, unknown> = {}): FormValues {
  const values: FormValues = {};
  for (const field of KIND_FIELDS[kind]) {
    const stored = settings[field.name];
    if (field.type === 'checkbox') values[field.name] = stored === true;
    else if (field.type === 'password') values[field.name] = '';
    else values[field.name] = stored == null ? '' : String(stored);
  }
  return values;
}

/** The same rules the server applies, checked first so most mistakes never leave the browser. */
export function validateConnection(kind: ConnectableKind, name: string, values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  const text = (key: string) => String(values[key] ?? '').trim();
  if (!name.trim()) errors.name = 'Name is required';
  else if (name.trim().length > 120) errors.name = 'Name is too long (120 characters at most)';
  for (const field of KIND_FIELDS[kind]) {
    if (field.required && !text(field.name)) errors[field.name] = `${field.label} is required`;
  }
  const port = text('port');
  if ((kind === 'POSTGRES' || kind === 'MYSQL') && port) {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535) errors.port = 'Port must be 1–65535';
  }
  if (kind === 'POSTGRES' || kind === 'MYSQL') {
    if (text('host').length > 253) errors.host = 'Host is too long';
  }
  if (kind === 'CLICKHOUSE' && text('url') && !/^https?:\/\/[^\s/]+/.test(text('url'))) {
    errors.url = 'Enter the HTTP(S) URL of the ClickHouse server, e.g. http://host:8123';
  }
  if (kind === 'DUCKDB' && text('path') && !/\.(duckdb|db)$/.test(text('path')))
    errors.path = 'DuckDB files end in .duckdb or .db';
  return errors;
}

/**
 * The connection JSON to send: blank optional fields are left out (the server applies its
 * defaults), the port becomes a number, and a blank password is omitted so the stored one stays.
 */
export function connectionPayload(kind: ConnectableKind, values: FormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of KIND_FIELDS[kind]) {
    const value = values[field.name];
    if (field.type === 'checkbox') payload[field.name] = value === true;
    else {
      const text = String(value ?? '').trim();
      if (!text) continue;
      payload[field.name] =
        field.type === 'number' ? Number(text) : field.type === 'password' ? String(value) : text;
    }
  }
  return payload;
}

/** `connection.host` (the server's extensions.field) → `host`, so the error lands on its input. */
export function fieldFromServer(field: string | null): string | null {
  if (!field) return null;
  return field.startsWith('connection.') ? field.slice('connection.'.length) : field;
}
