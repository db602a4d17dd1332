import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import type { CanvasesServices } from './services/index.ts';

export interface CanvasesContext {
  identity: Identity;
  logger: Logger;
  services: CanvasesServices;
}
