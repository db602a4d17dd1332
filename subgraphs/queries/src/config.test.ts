import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tessera',
  APP_DB_PASSWORD: 'x'.repeat(16),
  INTERNAL_SECRET: 'i'.repeat(32),
  SECRETS_KEYS: `v1:${Buffer.alloc(32, 1).toString('base64')}`,
};

describe('queries config', () => {
  it('refuses private networks by default in production, allows them in development and test', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', ALLOW_PRIVATE_NETWORKS: 'true' }).ALLOW_PRIVATE_NETWORKS,
    ).toBe(true);
    expect(
      loadConfig({ ...base, NODE_ENV: 'development', ALLOW_PRIVATE_NETWORKS: 'false' })
        .ALLOW_PRIVATE_NETWORKS,
    ).toBe(false);
  });

  it("knows the platform's own ports: the defaults, its own, the accounts service's and the public URL's", () => {
    const config = loadConfig({
      ...base,
      QUERIES_PORT: '5102',
      ACCOUNTS_URL: 'http://127.0.0.1:5101/graphql',
      PUBLIC_URL: 'https://bi.example.com',
    });
    expect(config.platformPorts).toEqual(expect.arrayContaining([4000, 4006, 54329, 27017, 5102, 5101, 443]));
  });
});
