import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Principal } from '@tessera/auth';
import { AppError, type ErrorCodeName } from '@tessera/errors';

export type Authenticate = (req: IncomingMessage) => Promise<Principal>;

/**
 * Authenticates the bearer token once per request by asking the accounts service (which owns
 * sessions and API keys). No token means anonymous; a bad token is an error, never anonymous.
 */
export function createAuthenticator(options: { accountsUrl: string; internalSecret: string }): Authenticate {
  const endpoint = new URL('/internal/authenticate', options.accountsUrl).toString();
  return async (req) => {
    const header = req.headers.authorization;
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
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
    const body = (await response.json()) as { principal?: Principal; error?: { code: ErrorCodeName; message: string } };
    if (body.principal) return body.principal;
    throw new AppError(body.error?.code ?? 'UNAUTHENTICATED', body.error?.message ?? 'Invalid credentials');
  };
}
