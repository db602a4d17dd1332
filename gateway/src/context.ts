import { randomUUID } from 'node:crypto';
import type { Identity, InternalTokenCodec, Principal } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import { withTraceId } from '@tessera/tracing';

export interface GatewayContext {
  identity: Identity;
  /** The identity signed for subgraphs, computed once per request. */
  identityToken: string;
  logger: Logger;
}

export type ContextFactory = (
  principal: Principal,
  options?: { ip?: string; requestId?: string },
) => Promise<GatewayContext>;

/** One way to build a request context, for HTTP requests and subscription events alike. */
export function createContextFactory(codec: InternalTokenCodec, logger: Logger): ContextFactory {
  return async (principal, options = {}) => {
    const requestId = options.requestId ?? randomUUID();
    const identity: Identity = { requestId, ...(options.ip ? { ip: options.ip } : {}), principal };
    return {
      identity,
      identityToken: await codec.sign(identity),
      logger: logger.child(withTraceId({ requestId })),
    };
  };
}
