import type { CanvasGrants, ProjectDirectory } from '@tessera/accounts-client';
import type { Logger } from '@tessera/logger';
import type { DemoSourceFor, RunSql } from '../clients/queries-client.ts';
import type { Repositories } from '../data/index.ts';
import { createAccess } from './access.ts';
import { createBlockService } from './block-service.ts';
import { createCanvasPeople } from './canvas-people.ts';
import { createCanvasService } from './canvas-service.ts';
import type { Clock } from './clock.ts';
import { createDocuments } from './documents.ts';
import { createSignedEmbedVerifier, type EmbeddingSecrets } from './embed-tokens.ts';
import type { LiveDocuments } from './live-documents.ts';
import { createPublicationService } from './publication-service.ts';
import { createRunService } from './run-service.ts';
import { createShareService } from './share-service.ts';
import { createShareTokenVerifier } from './share-tokens.ts';
import { createVersionService } from './version-service.ts';

export interface ServiceDeps {
  repos: Repositories;
  directory: ProjectDirectory;
  canvasGrants: CanvasGrants;
  demoSourceFor: DemoSourceFor;
  runSql: RunSql;
  embeddingSecrets: EmbeddingSecrets;
  live: LiveDocuments;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
}

export function createServices(deps: ServiceDeps) {
  const {
    repos,
    directory,
    canvasGrants,
    demoSourceFor,
    runSql,
    embeddingSecrets,
    live,
    clock,
    logger,
    publicUrl,
  } = deps;
  const access = createAccess({ repos, directory });
  const documents = createDocuments({ repos, clock, logger, live });
  const verifyShareToken = createShareTokenVerifier({ repos, clock });
  const verifySigned = createSignedEmbedVerifier({ repos, secrets: embeddingSecrets, clock });
  const runs = createRunService({ access, documents, runSql, logger });
  return {
    repos,
    access,
    documents,
    verifyShareToken,
    runs,
    canvases: createCanvasService({ repos, access, documents, clock, logger, demoSourceFor }),
    blocks: createBlockService({ access, documents }),
    versions: createVersionService({ repos, access, documents, clock, logger }),
    publications: createPublicationService({ repos, access, documents, clock, logger }),
    people: createCanvasPeople({ access, canvasGrants }),
    shares: createShareService({
      repos,
      access,
      documents,
      runs,
      verify: verifyShareToken,
      verifySigned,
      clock,
      logger,
      publicUrl,
    }),
  };
}

export type CanvasesServices = ReturnType<typeof createServices>;
