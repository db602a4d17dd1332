import { describe, expect, it } from 'vitest';
import { connectionPayload, fieldFromServer, initialValues, validateConnection } from './connection-fields';

describe('validateConnection', () => {
  it('names every missing required field of a PostgreSQL connection', () => {
    expect(
      validateConnection('POSTGRES', '', {
        host: '',
        port: '',
        database: '',
        user: '',
        password: '',
        ssl: false,
      }),
    ).toEqual({
      name: 'Name is required',
      host: 'Host is required',
      database: 'Database is required',
      user: 'User is required',
    });
  });

  it('refuses a port outside 1–65535 or not a whole number', () => {
    const base = { host: 'h', database: 'd', user: 'u' };
    expect(validateConnection('MYSQL', 'x', { ...base, port: '70000' }).port).toBe('Port must be 1–65535');
    expect(validateConnection('MYSQL', 'x', { ...base, port: '33.5' }).port).toBe('Port must be 1–65535');
    expect(validateConnection('MYSQL', 'x', { ...base, port: '3306' })).toEqual({});
  });

  it('wants an http(s) URL for ClickHouse and a .duckdb file for DuckDB', () => {
    expect(validateConnection('CLICKHOUSE', 'ch', { url: 'clickhouse:8123' }).url).toMatch(/HTTP\(S\) URL/);
    expect(validateConnection('CLICKHOUSE', 'ch', { url: 'https://ch.example.com:8443' })).toEqual({});
    expect(validateConnection('DUCKDB', 'dk', { path: 'sales.csv' }).path).toMatch(/\.duckdb/);
    expect(validateConnection('DUCKDB', 'dk', { path: 'sales.duckdb' })).toEqual({});
  });
});

describe('connectionPayload', () => {
  it('omits blank optional fields and a blank password (the stored one stays), and sends the port as a number', () => {
    expect(
      connectionPayload('POSTGRES', {
        host: ' db ',
        port: '5433',
        database: 'app',
        user: 'ro',
        password: '',
        ssl: true,
      }),
    ).toEqual({
      host: 'db',
      port: 5433,
      database: 'app',
      user: 'ro',
      ssl: true,
      allowPrivilegedRole: false,
    });
  });

  it('keeps a password exactly as typed', () => {
    expect(connectionPayload('CLICKHOUSE', { url: 'http://h:8123', password: ' secret ' })).toEqual({
      url: 'http://h:8123',
      password: ' secret ',
    });
  });
});

describe('initialValues and server fields', () => {
  it('starts from the stored settings with the password blank', () => {
    expect(initialValues('MYSQL', { host: 'h', port: 3306, database: 'd', user: 'u', ssl: true })).toEqual({
      host: 'h',
      port: '3306',
      database: 'd',
      user: 'u',
      password: '',
      ssl: true,
      allowPrivilegedRole: false,
    });
  });

  it('maps connection.<field> errors onto the input', () => {
    expect(fieldFromServer('connection.port')).toBe('port');
    expect(fieldFromServer('name')).toBe('name');
    expect(fieldFromServer(null)).toBeNull();
  });
});
