import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '@tessera/errors';

/** Never reachable, whatever the configuration: link-local and cloud metadata endpoints. */
const ALWAYS_DENIED = new BlockList();
ALWAYS_DENIED.addSubnet('169.254.0.0', 16, 'ipv4');
ALWAYS_DENIED.addSubnet('0.0.0.0', 8, 'ipv4');
ALWAYS_DENIED.addSubnet('224.0.0.0', 4, 'ipv4');
ALWAYS_DENIED.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
ALWAYS_DENIED.addAddress('192.0.0.192', 'ipv4'); // Oracle Cloud metadata
ALWAYS_DENIED.addSubnet('fe80::', 10, 'ipv6');
ALWAYS_DENIED.addSubnet('ff00::', 8, 'ipv6');
ALWAYS_DENIED.addAddress('fd00:ec2::254', 'ipv6'); // AWS IMDS over IPv6
ALWAYS_DENIED.addAddress('::', 'ipv6');

/** Private and loopback ranges: allowed only when the deployment says so (self-hosted default). */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1]! : address;
}

export interface HostPolicy {
  /** Resolves the host and returns an address that may be connected to, or throws BAD_USER_INPUT. */
  resolve(host: string): Promise<string>;
}

export function createHostPolicy(options: { allowPrivateNetworks: boolean }): HostPolicy {
  return {
    async resolve(host) {
      if (!host || host.length > 253 || /[\s/]/.test(host)) throw AppError.badInput('connection.host', 'Enter a host name or IP address');
      let addresses: string[];
      try {
        addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
      } catch {
        throw AppError.badInput('connection.host', `Host "${host}" could not be resolved`);
      }
      // Every address must pass: a name that also resolves to a metadata address is refused.
      for (const raw of addresses) {
        const address = unmapped(raw);
        if (ALWAYS_DENIED.check(address, family(address))) {
          throw AppError.badInput('connection.host', 'Link-local and cloud metadata addresses are not allowed');
        }
        if (!options.allowPrivateNetworks && PRIVATE.check(address, family(address))) {
          throw AppError.badInput('connection.host', 'Private and loopback addresses are not allowed on this server');
        }
      }
      return unmapped(addresses[0]!);
    },
  };
}
