import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';

export interface GatewayContext {
  identity: Identity;
  /** The identity signed for subgraphs, computed once per request. */
  identityToken: string;
  logger: Logger;
}
