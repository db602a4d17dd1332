import { describe, expect, it } from 'vitest';
import { connectionFailure, scrubMessage } from './errors.ts';

describe('scrubMessage', () => {
  it.each([
    [
      'IO Error: Cannot open file "/srv/tessera/.data/uploads/0b1c/file.parquet": No such file',
      '/srv/tessera',
    ],
    ['Invalid Input Error: File .data/duckdb/acme.duckdb is not a valid DuckDB database file', '.data/'],
    ["could not open file './secrets/x.csv'", 'secrets'],
    ['gzip: ../uploads/a.csv.gz: not in gzip format', 'uploads'],
    ['Error in C:\\tessera\\data\\x.db', 'tessera'],
    ['connect to 10.0.0.5:5432 failed', '10.0.0.5'],
    ['see http://internal.example/admin?token=1', 'internal.example'],
  ])('removes server paths, hosts and URLs: %j', (message, secret) => {
    const scrubbed = scrubMessage(message);
    expect(scrubbed).not.toContain(secret);
  });

  it('keeps ordinary messages readable', () => {
    expect(scrubMessage("Conversion Error: Could not convert string '1/2' to INT32")).toBe(
      "Conversion Error: Could not convert string '1/2' to INT32",
    );
    expect(scrubMessage('relation "shop.items" does not exist')).toBe('relation "shop.items" does not exist');
    expect(scrubMessage('division by zero')).toBe('division by zero');
    expect(scrubMessage('IO Error: Cannot open file "/srv/app/x.duckdb"')).toBe(
      'IO Error: Cannot open file "<path>"',
    );
  });

  it('keeps the first line only, at most 500 characters', () => {
    expect(scrubMessage(`a\nLINE 1: /etc/passwd`)).toBe('a');
    expect(scrubMessage('x'.repeat(600))).toHaveLength(500);
  });
});

describe('connectionFailure', () => {
  it.each([
    [
      { message: 'password authentication failed for user "reader"' },
      'The data source refused the credentials: password authentication failed for user "reader"',
    ],
    [
      { message: "Access denied for user 'app'@'10.1.2.3' (using password: YES)" },
      "The data source refused the credentials: Access denied for user 'app' (using password: YES)",
    ],
    [
      { message: 'no pg_hba.conf entry for host "10.1.2.3", user "app", database "shop"' },
      'The data source refused the credentials',
    ],
    [
      { code: '3D000', message: 'database "shop" does not exist' },
      'The data source refused the connection: database "shop" does not exist',
    ],
    [
      { code: 'ER_BAD_DB_ERROR', message: "Unknown database 'shop'" },
      "The data source refused the connection: Unknown database 'shop'",
    ],
    [
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.1.2.3:5432' },
      'Could not connect to the data source',
    ],
  ])("keeps the engine's words about what the user typed, never the address it saw: %j", (error, message) => {
    const failure = connectionFailure(error);
    expect(failure).toMatchObject({ code: 'CONNECTION_FAILED', message });
    expect(failure!.message).not.toContain('10.1.2.3');
  });

  it('names why a connection failed, so the caller can show the host the user typed', () => {
    expect(connectionFailure({ code: 'ENOTFOUND' })?.reason).toBe('UNKNOWN_HOST');
    expect(connectionFailure({ message: 'relation "x" does not exist' })).toBeNull();
  });
});
