import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Principal } from '@tessera/auth';
import { AppError, type ErrorCodeName } from '@tessera/errors';

export interface Authenticator {
  /** From an HTTP request's Authorization header. */
  fromRequest(req: IncomingMessage): Promise<Principal>;
  /** From a bare "Bearer <token>" or token value (websocket connection parameters). */
  fromHeader(header: string | undefined): Promise<Principal>;
}

/**
 * Authenticates a bearer token by asking the accounts service (which owns sessions and API keys).
 * No token means anonymous; a bad token is an error, never anonymous.
 */
export function createAuthenticator(options: { accountsUrl: string; internalSecret: string }): Authenticator {
  const endpoint = new URL('/internal/authenticate', options.accountsUrl).toString();

  async function fromHeader(header: string | undefined): Promise<Principal> {
    if (!header) return ANONYMOUS;
    const match = /^(?:Bearer\s+)?(\S+)$/i.exec(header.trim());
    if (!match) throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-internal-secret': options.internalSecret },
        body: JSON.stringify({ token: match[1] }),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (cause) {
      throw new AppError('UNAVAILABLE', 'Authentication is temporarily unavailable', { cause });
    }
    if (!response.ok) throw new AppError('UNAVAILABLE', 'Authentication is temporarily unavailable');
    const body = (await response.json()) as {
      principal?: Principal;
      error?: { code: ErrorCodeName; message: string };
    };
    if (body.principal) return body.principal;
    throw new AppError(body.error?.code ?? 'UNAUTHENTICATED', body.error?.message ?? 'Invalid credentials');
  }

  return {
    fromHeader,
    fromRequest(req) {
      const header = req.headers.authorization;
      if (header && !/^Bearer\s+\S+$/i.test(header))
        return Promise.reject(new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"'));
      return fromHeader(header);
    },
  };
}
