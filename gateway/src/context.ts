import { randomUUID } from 'node:crypto';
import type { Identity, InternalTokenCodec, Principal } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import { withRequestLogger } from '@tessera/service-kit';
import { withTraceId } from '@tessera/tracing';

export interface GatewayContext {
  identity: Identity;
  /** The caller (principal and client IP) signed for subgraphs; the request id travels beside it. */
  identityToken: string;
  logger: Logger;
}

export type ContextFactory = (
  principal: Principal,
  options?: { ip?: string; requestId?: string },
) => Promise<GatewayContext>;

/**
 * How long a caller's signed identity is reused. Tokens live 60 s, so one leaves the gateway with
 * at least 50 s to go, as a request's later subgraph fetches need.
 */
const REUSE_MS = 10_000;
/** Client IPs remembered per principal (the anonymous principal is shared by every visitor). */
const MAX_IPS_PER_PRINCIPAL = 256;

/**
 * Signs each caller once per REUSE_MS instead of once per request, so subgraphs also verify a
 * caller's token once (they remember verified tokens). A principal object is what one
 * authentication produced (the principal cache hands out the same object until a revocation or its
 * expiry drops it), so a token is never reused for changed access.
 */
export function createIdentitySigner(codec: InternalTokenCodec, now: () => number = Date.now) {
  const signed = new WeakMap<Principal, Map<string, { token: string; at: number }>>();
  return async (principal: Principal, ip: string | undefined): Promise<string> => {
    let byIp = signed.get(principal);
    const reused = byIp?.get(ip ?? '');
    if (reused && now() - reused.at < REUSE_MS) return reused.token;
    const at = now();
    const token = await codec.sign({ ...(ip ? { ip } : {}), principal });
    if (!byIp) signed.set(principal, (byIp = new Map()));
    if (byIp.size >= MAX_IPS_PER_PRINCIPAL) byIp.clear();
    byIp.set(ip ?? '', { token, at });
    return token;
  };
}

/** One way to build a request context, for HTTP requests and subscription events alike. */
export function createContextFactory(codec: InternalTokenCodec, logger: Logger): ContextFactory {
  const sign = createIdentitySigner(codec);
  return async (principal, options = {}) => {
    const requestId = options.requestId ?? randomUUID();
    const identity: Identity = { requestId, ...(options.ip ? { ip: options.ip } : {}), principal };
    // The logger is made on first use, and survives Apollo Server's copy of the context unmade.
    return withRequestLogger(
      { identity, identityToken: await sign(principal, options.ip) },
      logger,
      withTraceId({ requestId }),
    );
  };
}
