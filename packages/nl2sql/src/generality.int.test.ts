import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createNl2Sql } from './engine.ts';
import type { Nl2SqlEngine } from './engine.ts';
import { compareResults } from './eval/compare.ts';
import { introspectDuckDb } from './eval/introspect.ts';
import { executeSql } from './eval/runner.ts';

// A source unlike the demo: no declared keys, no glossary, `id` primary keys and `<table>_id` references.
const SETUP = `
  CREATE TABLE users (id INTEGER, email VARCHAR, full_name VARCHAR, plan VARCHAR, created_at TIMESTAMP);
  CREATE TABLE subscriptions (id INTEGER, user_id INTEGER, plan_name VARCHAR, mrr DECIMAL(10,2), started_at DATE);
  CREATE TABLE invoices (id INTEGER, subscription_id INTEGER, amount DECIMAL(10,2), issued_on DATE, status VARCHAR);
  CREATE TABLE events (id BIGINT, user_id INTEGER, event_type VARCHAR, occurred_at TIMESTAMP);
  INSERT INTO users SELECT i, 'u' || i || '@x.io', 'User ' || i, ['free', 'pro', 'team'][1 + i % 3], TIMESTAMP '2024-01-01' + INTERVAL (i * 5) DAY FROM range(1, 61) t(i);
  INSERT INTO subscriptions SELECT i, i, ['Starter', 'Growth', 'Enterprise'][1 + i % 3], 10 * (1 + i % 3), DATE '2024-02-01' + CAST(i * 3 AS INTEGER) FROM range(1, 41) t(i);
  INSERT INTO invoices SELECT i, 1 + i % 40, 25 + i % 7, DATE '2024-03-01' + CAST(i AS INTEGER), ['paid', 'open', 'void'][1 + i % 3] FROM range(1, 201) t(i);
  INSERT INTO events SELECT row_number() OVER (), k, ['login', 'signup', 'upgrade'][1 + (k + j) % 3], TIMESTAMP '2025-01-01' + INTERVAL (k * 7 + j) HOUR
    FROM range(1, 61) u(k), range(1, 61) v(j) WHERE j <= k;
`;

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let engine: Nl2SqlEngine;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run(SETUP);
  engine = createNl2Sql(await introspectDuckDb(connection));
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('a source that is not the demo', () => {
  it.each([
    ['Number of pro users', "SELECT count(*) FROM users WHERE plan = 'pro'", false],
    ['Total invoice amount by status', 'SELECT status, sum(amount) FROM invoices GROUP BY status', false],
    [
      'Paid invoices per month',
      "SELECT date_trunc('month', issued_on), count(*) FROM invoices WHERE status = 'paid' GROUP BY 1",
      false,
    ],
    ['Average mrr by plan name', 'SELECT plan_name, avg(mrr) FROM subscriptions GROUP BY plan_name', false],
    [
      'invoice amount by user plan',
      'SELECT u.plan, sum(i.amount) FROM invoices i JOIN subscriptions s ON i.subscription_id = s.id JOIN users u ON s.user_id = u.id GROUP BY u.plan',
      false,
    ],
    [
      'Top 3 users by number of events',
      'SELECT u.full_name, count(*) n FROM events e JOIN users u ON e.user_id = u.id GROUP BY u.id, u.full_name ORDER BY n DESC LIMIT 3',
      true,
    ],
    [
      'logins per day in January 2025',
      "SELECT CAST(occurred_at AS DATE), count(*) FROM events WHERE event_type = 'login' AND occurred_at < DATE '2025-02-01' GROUP BY 1",
      false,
    ],
    [
      'How many users joined in 2024?',
      "SELECT count(*) FROM users WHERE created_at < DATE '2025-01-01'",
      false,
    ],
  ])('%s', async (question, referenceSql, ordered) => {
    const suggestion = engine.generate(question);
    expect(suggestion.sql, suggestion.explanation).not.toBe('');
    const [reference, generated] = [
      await executeSql(connection, referenceSql),
      await executeSql(connection, suggestion.sql),
    ];
    expect(compareResults(reference, generated, { ordered }), suggestion.sql).toEqual({ match: true });
  });
});
