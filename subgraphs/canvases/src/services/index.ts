import type { CanvasGrants, ProjectDirectory } from '@tessera/accounts-client';
import type { Logger } from '@tessera/logger';
import type { DemoSourceFor, RunChain, RunSql } from '../clients/queries-client.ts';
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
import { createActivityRecorder, createActivityService } from './activity/activity-service.ts';
import { createDeliveryService } from './deliveries/delivery-service.ts';
import type { Egress } from './deliveries/egress.ts';
import type { DeliveryQueue, RetryPolicy } from './deliveries/queue.ts';
import { noRenderer, type Renderer } from './deliveries/renderer.ts';
import { createMailer } from './deliveries/senders/email.ts';
import { createRuleService } from './schedules/rule-service.ts';
import type { SecretBox } from '@tessera/secret-box';

/** Schedules, alerts and their deliveries (src/services/{schedules,alerts,deliveries}). */
export interface DeliveryDeps {
  /** The job queue; null where none is configured (scheduling answers UNAVAILABLE). */
  queue: DeliveryQueue | null;
  /** The export service's renderer (only the worker renders). */
  renderer?: Renderer;
  egress: Egress;
  secretBox: SecretBox;
  smtpUrl?: string | undefined;
  mailFrom: string;
  retry: RetryPolicy;
}

export interface ServiceDeps {
  repos: Repositories;
  directory: ProjectDirectory;
  canvasGrants: CanvasGrants;
  demoSourceFor: DemoSourceFor;
  runSql: RunSql;
  runChain?: RunChain;
  embeddingSecrets: EmbeddingSecrets;
  live: LiveDocuments;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
  delivery: DeliveryDeps;
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
    delivery,
  } = deps;
  const access = createAccess({ repos, directory });
  const documents = createDocuments({ repos, clock, logger, live });
  const verifyShareToken = createShareTokenVerifier({ repos, clock });
  const record = createActivityRecorder({ activity: repos.activity, clock, logger });
  const verifySigned = createSignedEmbedVerifier({ repos, secrets: embeddingSecrets, clock });
  const runs = createRunService({
    access,
    documents,
    runSql,
    ...(deps.runChain ? { runChain: deps.runChain } : {}),
    logger,
  });
  const deliveries = delivery.queue
    ? createDeliveryService({
        repos,
        documents,
        runs,
        renderer: delivery.renderer ?? noRenderer,
        mailer: createMailer({
          smtpUrl: delivery.smtpUrl,
          from: delivery.mailFrom,
          outbox: repos.outbox,
          now: () => clock.now(),
        }),
        egress: delivery.egress,
        secretBox: delivery.secretBox,
        queue: delivery.queue,
        retry: delivery.retry,
        clock,
        logger,
        publicUrl,
      })
    : null;
  return {
    clock,
    deliveries,
    schedules: createRuleService({
      repos,
      access,
      documents,
      urlPolicy: delivery.egress,
      secretBox: delivery.secretBox,
      queue: delivery.queue,
      deliveries,
      clock,
    }),
    repos,
    access,
    documents,
    verifyShareToken,
    runs,
    canvases: createCanvasService({ repos, access, documents, clock, logger, demoSourceFor }),
    blocks: createBlockService({ access, documents, record }),
    versions: createVersionService({ repos, access, documents, clock, logger, record }),
    activity: createActivityService({ repos, access }),
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
