import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredEngineAvailable, engineAvailable, onCi, redisAvailable } from './engines.ts';
import { freePort } from './ports.ts';

let listening: Server;
let openPort: number;
let closedPort: number;
beforeAll(async () => {
  closedPort = await freePort();
  listening = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  openPort = (listening.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => listening.close(() => resolve())));

describe('engines a suite expects', () => {
  it('CI=true (or 1) is CI; anything else is not', () => {
    expect(onCi({ CI: 'true' })).toBe(true);
    expect(onCi({ CI: '1' })).toBe(true);
    expect(onCi({ CI: 'false' })).toBe(false);
    expect(onCi({})).toBe(false);
  });

  it('on CI an unreachable engine fails the suite, naming the engine and where it was looked for', async () => {
    await expect(redisAvailable(`redis://127.0.0.1:${closedPort}`, { ci: true })).rejects.toThrow(
      `Redis is not reachable at redis://127.0.0.1:${closedPort}: CI (CI=true) expects it, so this suite fails instead of skipping`,
    );
    await expect(
      configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', undefined, { ci: true }),
    ).rejects.toThrow(/ClickHouse is not reachable at CLICKHOUSE_URL \(not set\)/);
    await expect(
      engineAvailable('Chromium', '/nonexistent', () => Promise.reject(new Error('no')), { ci: true }),
    ).rejects.toThrow(/Chromium/);
  });

  it('off CI an unreachable engine skips the suite and says so', async () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(await redisAvailable(`redis://127.0.0.1:${closedPort}`, { ci: false, warn })).toBe(false);
    expect(await configuredEngineAvailable('MariaDB', 'MYSQL_URL', undefined, { ci: false, warn })).toBe(
      false,
    );
    expect(warnings).toEqual([
      `SKIPPED: Redis is not reachable at redis://127.0.0.1:${closedPort}; this suite needs it (on CI that is a failure)`,
      'SKIPPED: MariaDB is not reachable at MYSQL_URL (not set); this suite needs it (on CI that is a failure)',
    ]);
  });

  it('a reachable engine runs the suite, on CI or not', async () => {
    for (const ci of [true, false]) {
      expect(await redisAvailable(`redis://127.0.0.1:${openPort}`, { ci })).toBe(true);
      // A configured engine runs its suite, which then fails if the engine does not answer.
      expect(
        await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', `http://127.0.0.1:${closedPort}`, {
          ci,
        }),
      ).toBe(true);
    }
  });
});
