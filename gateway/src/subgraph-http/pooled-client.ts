import { STATUS_CODES } from 'node:http';
import { Pool } from 'undici';

export interface SubgraphClientOptions {
  /** Most sockets kept open to one subgraph; requests queue beyond that. */
  connections?: number;
  /** Time allowed for the response headers, then for the whole body. */
  timeoutMs?: number;
}

export interface SubgraphHttpResponse {
  status: number;
  statusText: string;
  contentType: string;
  cacheControl: string | undefined;
  text: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * POSTs GraphQL requests to one subgraph over a keep-alive undici Pool: sockets are opened once
 * and reused, with no per-request agent lookup, URL parsing or stream wrappers (what
 * make-fetch-happen, @apollo/gateway's default fetcher, spends most of its time on).
 */
export class SubgraphClient {
  readonly url: string;
  private readonly pool: Pool;
  private readonly path: string;

  constructor(url: string, options: SubgraphClientOptions = {}) {
    const target = new URL(url);
    this.url = url;
    this.path = `${target.pathname}${target.search}`;
    const timeout = options.timeoutMs ?? 60_000;
    this.pool = new Pool(target.origin, {
      connections: options.connections ?? 64,
      pipelining: 1,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      // Never outlive the subgraph's own keep-alive (Node servers announce theirs; 5 s default).
      keepAliveTimeout: 4_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  async post(body: string, headers: Record<string, string>): Promise<SubgraphHttpResponse> {
    const response = await this.pool.request({ path: this.path, method: 'POST', headers, body });
    const text = await response.body.text();
    return {
      status: response.statusCode,
      statusText: STATUS_CODES[response.statusCode] ?? '',
      contentType: first(response.headers['content-type']) ?? '',
      cacheControl: first(response.headers['cache-control']),
      text,
    };
  }

  /** Waits for requests in flight, then closes the sockets (idle ones never hold the process open). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
