import type { FastifyReply } from 'fastify';
import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import type { DataSourceService } from './services/data-source-service.ts';
import type { ExportService } from './services/export-service.ts';
import type { LibraryService } from './services/library-service.ts';
import type { ModelService } from './services/model-service.ts';
import type { RunService } from './services/run-service.ts';
import type { UploadService } from './services/upload-service.ts';

export interface QueriesServices {
  dataSources: DataSourceService;
  runs: RunService;
  exports: ExportService;
  uploads: UploadService;
  library: LibraryService;
  models: ModelService;
}

export interface QueriesContext {
  identity: Identity;
  logger: Logger;
  services: QueriesServices;
  reply: FastifyReply;
}
