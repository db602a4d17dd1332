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
    const bindings = withTraceId({ requestId });
    let child: Logger | undefined;
    return {
      identity,
      identityToken: await codec.sign(identity),
      // Made on first use: pino serialises a child's bindings when it is created, and most requests log nothing.
      get logger() {
        return (child ??= logger.child(bindings));
      },
    };
  };
}
