import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
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

  /**
   * Through the pool's dispatch API: the answer's chunks are collected as they arrive, without the
   * readable stream (and its events and ticks) that `request()` puts around every body.
   */
  post(body: string, headers: Record<string, string>): Promise<SubgraphHttpResponse> {
    return new Promise((resolve, reject) => {
      let status = 0;
      let answerHeaders: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      this.pool.dispatch(
        { path: this.path, method: 'POST', headers, body },
        {
          // Its presence selects undici's handler API (the controller-based one).
          onRequestStart() {},
          onResponseStart(_controller, statusCode, responseHeaders) {
            status = statusCode;
            answerHeaders = responseHeaders;
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            resolve({
              status,
              statusText: STATUS_CODES[status] ?? '',
              contentType: first(answerHeaders['content-type']) ?? '',
              cacheControl: first(answerHeaders['cache-control']),
              text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'),
            });
          },
          onResponseError(_controller, error) {
            reject(error);
          },
        },
      );
    });
  }

  /** Waits for requests in flight, then closes the sockets (idle ones never hold the process open). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
