import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AppError } from '@tessera/errors';
import { createTestDatabase, tcpForwarder, type TcpForwarder } from '@tessera/testing';
import { createPool, DATABASE_UNAVAILABLE_MESSAGE, type Pool } from './pool.ts';
import { withTransaction } from './tenant.ts';

let db: { url: string; drop(): Promise<void> };
const pools: Pool[] = [];
const servers: Server[] = [];
const forwarders: TcpForwarder[] = [];
const pool = (url: string, options: Parameters<typeof createPool>[1] = {}) => {
  const created = createPool(url, options);
  pools.push(created);
  return created;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  const owner = pool(db.url);
  await owner.query('CREATE TABLE stalled (id int PRIMARY KEY, v text)');
  await owner.query("INSERT INTO stalled VALUES (1, 'a')");
});
afterAll(async () => {
  for (const p of pools.splice(0)) await p.end().catch(() => undefined);
  for (const s of servers.splice(0)) s.close();
  for (const f of forwarders.splice(0)) await f.close();
  await db.drop();
});

const unavailable = (error: unknown) =>
  error instanceof AppError && error.code === 'UNAVAILABLE' && error.message === DATABASE_UNAVAILABLE_MESSAGE;

describe('createPool: no request waits on a stalled database without a bound', () => {
  it('sets statement_timeout, lock_timeout and idle_in_transaction_session_timeout on every connection', async () => {
    const p = pool(db.url);
    const { rows } = await p.query<{ statement: string; lock: string; idle: string }>(
      "SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock, current_setting('idle_in_transaction_session_timeout') AS idle",
    );
    expect(rows[0]).toEqual({ statement: '10s', lock: '5s', idle: '30s' });
  });

  it('a statement waiting on a lock another session holds ends as UNAVAILABLE while the lock is still held', async () => {
    const holder = pool(db.url, { max: 1 });
    const locker = await holder.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE stalled IN ACCESS EXCLUSIVE MODE');
    try {
      const p = pool(db.url, { lockTimeoutMs: 300 });
      const viaPool = await p.query('SELECT * FROM stalled').then(
        () => 'answered',
        (error: unknown) => error,
      );
      expect(unavailable(viaPool)).toBe(true);
      const viaTransaction = await withTransaction(p, (client) =>
        client.query("UPDATE stalled SET v = 'b' WHERE id = 1"),
      ).then(
        () => 'answered',
        (error: unknown) => error,
      );
      expect(unavailable(viaTransaction)).toBe(true);
      expect((viaTransaction as AppError).cause).toMatchObject({ code: '55P03' });
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
  });

  it('a statement running past statement_timeout ends as UNAVAILABLE; a wrong statement keeps its own error', async () => {
    const p = pool(db.url, { statementTimeoutMs: 300 });
    const slow = await p.query('SELECT pg_sleep(5)').then(
      () => 'answered',
      (error: unknown) => error,
    );
    expect(unavailable(slow)).toBe(true);
    const wrong = await p.query('SELECT * FROM no_such_table').then(
      () => 'answered',
      (error: unknown) => error,
    );
    expect(wrong).not.toBeInstanceOf(AppError);
    expect(wrong).toMatchObject({ code: '42P01' });
    expect((await p.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('a server that stops answering mid-query ends as UNAVAILABLE (query_timeout), and the stuck connection is not reused', async () => {
    // A TCP forwarder that can be paused: bytes stop flowing both ways (a hung server or network).
    const proxy = await tcpForwarder(new URL(db.url));
    forwarders.push(proxy);
    const p = pool(proxy.url, { max: 1, statementTimeoutMs: 10_000, queryTimeoutMs: 500 });
    await p.query('SELECT 1');
    proxy.pause();
    const stalled = await withTransaction(p, (client) => client.query('SELECT 1')).then(
      () => 'answered',
      (error: unknown) => error,
    );
    expect(unavailable(stalled)).toBe(true);
    proxy.resume();
    // The pool's only connection was discarded, not handed to the next request still busy.
    expect((await p.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
  });

  it('no free connection, or a server that accepts TCP and never answers, ends as UNAVAILABLE after connectionTimeoutMs', async () => {
    const silent = createServer(() => undefined);
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = new URL(db.url);
    url.host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const p = pool(url.href, { connectionTimeoutMs: 300 });
    expect(
      unavailable(
        await p.query('SELECT 1').then(
          () => 'answered',
          (error: unknown) => error,
        ),
      ),
    ).toBe(true);
    expect(
      unavailable(
        await p.connect().then(
          () => 'answered',
          (error: unknown) => error,
        ),
      ),
    ).toBe(true);

    const busy = pool(db.url, { max: 1, connectionTimeoutMs: 300 });
    const only = await busy.connect();
    try {
      expect(
        unavailable(
          await busy.query('SELECT 1').then(
            () => 'answered',
            (error: unknown) => error,
          ),
        ),
      ).toBe(true);
    } finally {
      only.release();
    }
  });
});
