import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AppError } from '@tessera/errors';
import { createHostPolicy, portOfUrl } from '@tessera/host-policy';
import type { UrlPolicy } from '../schedules/validation.ts';

export interface EgressOptions {
  allowPrivateNetworks: boolean;
  platformPorts: readonly number[];
  /** Plain http:// targets (development only). */
  allowHttp: boolean;
  timeoutMs?: number;
}

export interface PostResult {
  status: number;
  body: string;
}

export interface Egress extends UrlPolicy {
  /** POSTs to a checked URL; the socket connects only to an address the policy allows (no DNS rebinding). */
  post(url: string, body: string, headers: Record<string, string>): Promise<PostResult>;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** Outgoing webhook and Slack requests under the same host policy as data sources. */
export function createEgress(options: EgressOptions): Egress {
  const policy = createHostPolicy({
    allowPrivateNetworks: options.allowPrivateNetworks,
    platformPorts: options.platformPorts,
    field: 'target',
  });
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    allowHttp: options.allowHttp,

    async check(url) {
      await policy.resolve(hostOf(url), portOfUrl(url));
    },

    async post(target, body, headers) {
      const url = new URL(target);
      if (url.protocol !== 'https:' && !(options.allowHttp && url.protocol === 'http:'))
        throw new AppError('BAD_USER_INPUT', 'The URL must start with https://');
      const port = portOfUrl(url);
      const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
        policy.resolve(hostname.replace(/^\[|\]$/g, ''), port).then(
          (address) => {
            const family = address.includes(':') ? 6 : 4;
            if ((lookupOptions as { all?: boolean }).all)
              (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
                { address, family },
              ]);
            else callback(null, address, family);
          },
          (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
        );
      };
      const client = url.protocol === 'https:' ? https : http;
      return new Promise<PostResult>((resolve, reject) => {
        const request = client.request(
          url,
          {
            method: 'POST',
            lookup,
            headers: {
              'content-type': 'application/json',
              ...headers,
              'content-length': Buffer.byteLength(body),
            },
            timeout: timeoutMs,
          },
          (response) => {
            const chunks: Buffer[] = [];
            let size = 0;
            response.on('data', (chunk: Buffer) => {
              size += chunk.length;
              if (size <= 64 * 1024) chunks.push(chunk);
            });
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
            );
            response.on('error', reject);
          },
        );
        request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        request.on('error', reject);
        request.end(body);
      });
    },
  };
}
