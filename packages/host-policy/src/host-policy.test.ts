import { describe, expect, it } from 'vitest';
import { createHostPolicy } from './host-policy.ts';

describe('host policy', () => {
  const selfHosted = createHostPolicy({ allowPrivateNetworks: true });
  const saas = createHostPolicy({ allowPrivateNetworks: false });

  it.each([
    '169.254.169.254',
    '169.254.1.1',
    '::ffff:169.254.169.254',
    'fe80::1',
    '100.100.100.200',
    '0.0.0.0',
  ])('always refuses %s', async (host) => {
    await expect(selfHosted.resolve(host)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'connection.host',
    });
  });

  it('allows private and loopback hosts only when configured', async () => {
    await expect(selfHosted.resolve('127.0.0.1')).resolves.toBe('127.0.0.1');
    await expect(selfHosted.resolve('10.1.2.3')).resolves.toBe('10.1.2.3');
    await expect(saas.resolve('127.0.0.1')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(saas.resolve('192.168.1.10')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(saas.resolve('localhost')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses names that do not resolve', async () => {
    await expect(selfHosted.resolve('no-such-host.invalid')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it("refuses the platform's own ports on private, loopback and local addresses, even when private networks are allowed", async () => {
    const policy = createHostPolicy({ allowPrivateNetworks: true, platformPorts: [4000, 4001, 54329] });
    await expect(policy.resolve('127.0.0.1', 4001)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'connection.host',
    });
    await expect(policy.resolve('localhost', 54329)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(policy.resolve('10.0.0.5', 4000)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(policy.resolve('127.0.0.1', 5432)).resolves.toBe('127.0.0.1');
  });
});
