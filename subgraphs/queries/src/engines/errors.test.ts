import { describe, expect, it } from 'vitest';
import { scrubMessage } from './errors.ts';

describe('scrubMessage', () => {
  it.each([
    ['IO Error: Cannot open file "/srv/tessera/.data/uploads/0b1c/file.parquet": No such file', '/srv/tessera'],
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
    expect(scrubMessage('Conversion Error: Could not convert string \'1/2\' to INT32')).toBe("Conversion Error: Could not convert string '1/2' to INT32");
    expect(scrubMessage('relation "shop.items" does not exist')).toBe('relation "shop.items" does not exist');
    expect(scrubMessage('division by zero')).toBe('division by zero');
    expect(scrubMessage('IO Error: Cannot open file "/srv/app/x.duckdb"')).toBe('IO Error: Cannot open file "<path>"');
  });

  it('keeps the first line only, at most 500 characters', () => {
    expect(scrubMessage(`a\nLINE 1: /etc/passwd`)).toBe('a');
    expect(scrubMessage('x'.repeat(600))).toHaveLength(500);
  });
});
