import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tessera',
  APP_DB_PASSWORD: 'x'.repeat(16),
  JWT_SECRET: 'j'.repeat(32),
  INTERNAL_SECRET: 'i'.repeat(32),
};

const RING = `v1:${Buffer.alloc(32, 1).toString('base64')}`;

describe('accounts config', () => {
  it('verifies sign-ups by email in production unless told otherwise; instant in development and test', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production', ACCOUNTS_SECRETS_KEYS: RING }).SIGN_UP_MODE).toBe(
      'verify',
    );
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).SIGN_UP_MODE).toBe('instant');
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).SIGN_UP_MODE).toBe('instant');
    expect(loadConfig({ ...base, NODE_ENV: 'development', SIGN_UP_MODE: 'verify' }).SIGN_UP_MODE).toBe(
      'verify',
    );
  });

  it('throttles per account + IP with a higher account-wide ceiling', () => {
    const config = loadConfig(base);
    expect(config.LOGIN_MAX_FAILURES_PER_ACCOUNT).toBeLessThan(config.LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS);
  });

  it('requires ACCOUNTS_SECRETS_KEYS in production; elsewhere derives a development ring from JWT_SECRET', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      /ACCOUNTS_SECRETS_KEYS is required/,
    );
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', ACCOUNTS_SECRETS_KEYS: RING }).ACCOUNTS_SECRETS_KEYS,
    ).toBe(RING);
    expect(() => loadConfig({ ...base, ACCOUNTS_SECRETS_KEYS: 'v1:short' })).toThrow(
      /ACCOUNTS_SECRETS_KEYS must be/,
    );
    const derived = loadConfig(base).ACCOUNTS_SECRETS_KEYS;
    expect(derived).toMatch(/^dev:/);
    expect(loadConfig(base).ACCOUNTS_SECRETS_KEYS).toBe(derived);
    expect(loadConfig({ ...base, JWT_SECRET: 'k'.repeat(32) }).ACCOUNTS_SECRETS_KEYS).not.toBe(derived);
  });
});
