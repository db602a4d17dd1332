import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
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

/** The addresses of this machine's own interfaces (a platform port there is the platform itself). */
function ownAddresses(): Set<string> {
  const own = new Set<string>();
  for (const list of Object.values(networkInterfaces()))
    for (const entry of list ?? []) own.add(unmapped(entry.address));
  return own;
}

export interface HostPolicy {
  /**
   * Resolves the host and returns an address that may be connected to, or throws BAD_USER_INPUT.
   * With a port, the platform's own ports on a private, loopback or local address are refused too.
   */
  resolve(host: string, port?: number): Promise<string>;
}

export interface HostPolicyOptions {
  allowPrivateNetworks: boolean;
  /** The platform's own ports (gateway, subgraphs, collab, embedded PostgreSQL, Mongo dev server): never a target. */
  platformPorts?: readonly number[];
  /** The input field named in BAD_USER_INPUT errors (default `connection.host`). */
  field?: string;
}

export function createHostPolicy(options: HostPolicyOptions): HostPolicy {
  const platformPorts = new Set(options.platformPorts ?? []);
  const field = options.field ?? 'connection.host';
  return {
    async resolve(host, port) {
      if (!host || host.length > 253 || /[\s/]/.test(host))
        throw AppError.badInput(field, 'Enter a host name or IP address');
      let addresses: string[];
      try {
        addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
      } catch {
        throw AppError.badInput(field, `Host "${host}" could not be resolved`);
      }
      // Every address must pass: a name that also resolves to a metadata address is refused.
      for (const raw of addresses) {
        const address = unmapped(raw);
        if (ALWAYS_DENIED.check(address, family(address))) {
          throw AppError.badInput(field, 'Link-local and cloud metadata addresses are not allowed');
        }
        if (!options.allowPrivateNetworks && PRIVATE.check(address, family(address))) {
          throw AppError.badInput(field, 'Private and loopback addresses are not allowed on this server');
        }
        if (
          port !== undefined &&
          platformPorts.has(port) &&
          (PRIVATE.check(address, family(address)) || ownAddresses().has(address))
        ) {
          throw AppError.badInput(field, "This address and port belong to the platform's own services");
        }
      }
      return unmapped(addresses[0]!);
    },
  };
}

/** The port a URL connects to (its explicit port, else the scheme's default). */
export function portOfUrl(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}
