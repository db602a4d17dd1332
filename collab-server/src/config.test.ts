import { ConfigError } from '@tessera/config';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults that meet the storage and liveness rules [S3][S6][L3]', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      COLLAB_PORT: 4006,
      COLLAB_PATH: '/collab',
      COLLAB_STORE_DEBOUNCE_MS: 1000,
      COLLAB_STORE_MAX_WAIT_MS: 2500,
      COLLAB_IDLE_UNLOAD_MS: 30_000,
      COLLAB_HEARTBEAT_MS: 10_000,
      COLLAB_REAUTHORIZE_MS: 30_000,
      COLLAB_DEV_AUTH: false,
    });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('parses values and treats an empty REDIS_URL as unset', () => {
    const config = loadConfig({ COLLAB_PORT: '0', REDIS_URL: '', COLLAB_MAX_CLIENTS_PER_CANVAS: '3' });
    expect(config.COLLAB_PORT).toBe(0);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.COLLAB_MAX_CLIENTS_PER_CANVAS).toBe(3);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('refuses limits that break the rules, naming the variable', () => {
    expect(() => loadConfig({ COLLAB_STORE_DEBOUNCE_MS: '5000' })).toThrow(/COLLAB_STORE_DEBOUNCE_MS/);
    expect(() => loadConfig({ COLLAB_IDLE_UNLOAD_MS: '120000' })).toThrow(/COLLAB_IDLE_UNLOAD_MS/);
    expect(() => loadConfig({ COLLAB_HEARTBEAT_MS: '30000' })).toThrow(/COLLAB_HEARTBEAT_MS/);
    expect(() => loadConfig({ COLLAB_REAUTHORIZE_MS: '999' })).toThrow(/COLLAB_REAUTHORIZE_MS/);
    expect(loadConfig({ COLLAB_REAUTHORIZE_MS: '1000' }).COLLAB_REAUTHORIZE_MS).toBe(1000);
    expect(() => loadConfig({ COLLAB_STORE_DEBOUNCE_MS: '2000', COLLAB_STORE_MAX_WAIT_MS: '1000' })).toThrow(
      /COLLAB_STORE_MAX_WAIT_MS/,
    );
    expect(() => loadConfig({ COLLAB_PORT: 'abc' })).toThrow(ConfigError);
  });

  it('boots the platform entry only with the internal secret', () => {
    expect(loadConfig({}).MONGODB_URL).toBeUndefined();
    expect(() => loadConfig({ MONGODB_URL: 'mongodb://127.0.0.1:27017/tessera' })).toThrow(/INTERNAL_SECRET/);
    expect(() => loadConfig({ MONGODB_URL: 'http://127.0.0.1' })).toThrow(/MONGODB_URL/);
    const platform = loadConfig({
      MONGODB_URL: 'mongodb://127.0.0.1:27017/tessera',
      INTERNAL_SECRET: 's'.repeat(32),
    });
    expect(platform).toMatchObject({
      MONGODB_URL: 'mongodb://127.0.0.1:27017/tessera',
      ACCOUNTS_URL: 'http://127.0.0.1:4001/graphql',
    });
  });

  it('never allows the development authorizer in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', COLLAB_DEV_AUTH: 'true' })).toThrow(/COLLAB_DEV_AUTH/);
    expect(loadConfig({ COLLAB_DEV_AUTH: 'true' }).COLLAB_DEV_AUTH).toBe(true);
  });
});
