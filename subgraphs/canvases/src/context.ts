import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import type { ExportService } from './services/exports/index.ts';
import type { CanvasesServices } from './services/index.ts';

export interface CanvasesContext {
  identity: Identity;
  logger: Logger;
  services: CanvasesServices;
  /** exportCanvas; null without DATABASE_URL (exports answer UNAVAILABLE). */
  exports: ExportService | null;
}
