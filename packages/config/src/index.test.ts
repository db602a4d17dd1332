import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv, port, secret, z } from './index.ts';

describe('parseEnv', () => {
  const schema = z.object({ PORT: port(4000), JWT_SECRET: secret('JWT_SECRET') });

  it('applies defaults and coerces numbers', () => {
    const cfg = parseEnv(schema, { JWT_SECRET: 'x'.repeat(32) });
    expect(cfg.PORT).toBe(4000);
  });

  it('names every bad variable at once', () => {
    try {
      parseEnv(schema, { PORT: 'eighty', JWT_SECRET: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('JWT_SECRET must be at least 32 characters');
    }
  });
});
