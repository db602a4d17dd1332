import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hash with argon2id at OWASP’s baseline (19 MiB, 2 iterations, 1 lane), salted', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
  });

  it('a malformed stored hash is a failed check, not an error', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('the timing equaliser always answers false, whatever the password', async () => {
    expect(await burnPasswordCheck('tessera-timing-equaliser')).toBe(false);
    expect(await burnPasswordCheck('anything')).toBe(false);
  });
});
