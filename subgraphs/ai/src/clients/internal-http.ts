import { AppError } from '@tessera/errors';

/**
 * GET on another service's internal route (x-internal-secret). Resolves with the JSON body, or
 * null on 404; anything else is UNAVAILABLE, so callers never mistake an outage for "not found".
 */
export async function internalGet<T>(
  baseUrl: string,
  path: string,
  internalSecret: string,
  service: string,
  timeoutMs = 15_000,
): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl), {
      headers: { 'x-internal-secret': internalSecret },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new AppError('UNAVAILABLE', `The ${service} service is unavailable`, { cause });
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new AppError('UNAVAILABLE', `The ${service} service is unavailable`);
  return (await response.json()) as T;
}
