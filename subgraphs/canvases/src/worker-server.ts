import { createServer as createHttpServer, type Server } from 'node:http';
import type { Connection } from 'mongoose';
import { createJobQueue, type JobQueue } from '@tessera/jobs';
import type { Logger } from '@tessera/logger';
import type { CanvasesConfig } from './config.ts';
import { connectMongo, createRepositories } from './data/index.ts';
import { createExportFilesRepo, type ExportFilesRepo } from './data/export-files-repo.ts';
import { createExportFileEvents, type ExportFileEvents } from './data/export-file-events.ts';
import { registerAllJobs } from './jobs/registry.ts';
import { defaultClients, deliveryDeps, type CanvasesClients } from './server.ts';
import { systemClock, type Clock } from './services/clock.ts';
import {
  createChromiumRenderer,
  createExportLinks,
  createExportService,
  type PageRenderer,
} from './services/exports/index.ts';
import { createServices } from './services/index.ts';
import { noLiveDocuments } from './services/live-documents.ts';

export interface WorkerDeps {
  config: CanvasesConfig;
  logger: Logger;
  /** A started queue to work on (npm start shares one); default: one of its own on DATABASE_URL. */
  queue?: JobQueue;
  clients?: Partial<CanvasesClients>;
  clock?: Clock;
  /** Tests and benchmarks may bring their own (default: headless Chromium at CHROMIUM_PATH). */
  pageRenderer?: PageRenderer;
}

export interface CanvasesWorker {
  /** Connects, registers every job handler and serves /livez and /health on WORKER_PORT. */
  start(): Promise<{ port: number; url: string }>;
  /** Stops taking jobs, lets running ones finish (10 s), closes Chromium and connections. */
  stop(): Promise<void>;
  /** After start(): the queue it works on (npm start hands it to the subgraph in the same process). */
  queue(): JobQueue;
}

/**
 * The canvases worker: the job handlers (exports, schedules, alerts, deliveries) in a process of
 * their own, so rendering and sending never run in a request path. Any number may run at once.
 */
export function createWorker({
  config,
  logger,
  queue,
  clients,
  clock = systemClock,
  pageRenderer,
}: WorkerDeps): CanvasesWorker {
  const log = logger.child({ component: 'worker' });
  let connection: Connection | undefined;
  let ownQueue: JobQueue | undefined;
  let files: ExportFilesRepo | undefined;
  let events: ExportFileEvents | undefined;
  let renderer: PageRenderer | undefined;
  let http: Server | undefined;
  let draining = false;
  let started: JobQueue | undefined;

  return {
    async start() {
      if (!config.DATABASE_URL) throw new Error('the canvases worker needs DATABASE_URL (its job queue)');
      const jobs =
        queue ?? (ownQueue = createJobQueue({ connectionString: config.DATABASE_URL, logger: log }));
      if (ownQueue) await ownQueue.start();
      started = jobs;
      connection = await connectMongo(config.MONGODB_URL);
      const repos = createRepositories(connection);
      files = createExportFilesRepo(config.DATABASE_URL);
      await files.migrate();
      renderer =
        pageRenderer ??
        createChromiumRenderer({
          executablePath: config.CHROMIUM_PATH,
          logger: log,
          timeoutMs: config.EXPORT_TIMEOUT_MS,
          paper: config.EXPORT_PAPER,
        });
      const resolved = { ...defaultClients(config), ...clients };
      const services = createServices({
        repos,
        ...resolved,
        live: noLiveDocuments,
        clock,
        logger: log,
        publicUrl: config.PUBLIC_URL,
        delivery: deliveryDeps(config, jobs, {
          render: (canvas, format) => exportsService.renderer.render(canvas, format),
          read: (url) => exportsService.renderer.read(url),
        }),
      });
      // Declared after the services that hold its renderer: deliveries call it only when a job runs.
      const exportsService = createExportService({
        repos,
        access: services.access,
        files,
        events: (events = createExportFileEvents(config.DATABASE_URL)),
        links: createExportLinks(config.INTERNAL_SECRET, config.PUBLIC_URL),
        queue: jobs,
        pageRenderer: renderer,
        renderOrigin: config.RENDER_ORIGIN,
        clock,
        logger: log,
        linkTtlSeconds: config.EXPORT_LINK_TTL_SECONDS,
        waitTimeoutMs: config.EXPORT_TIMEOUT_MS,
      });
      await registerAllJobs({ queue: jobs, services, exports: exportsService, config, logger: log });

      const exportFiles = files;
      http = createHttpServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const json = (status: number, body: unknown) =>
          res
            .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
            .end(JSON.stringify(body));
        if (req.method !== 'GET') return json(405, { error: 'GET only' });
        if (path === '/livez') return json(200, { status: 'ok' });
        if (path === '/health')
          return void Promise.all([repos.ping(), exportFiles.ping()]).then(([mongo, postgres]) => {
            const ok = mongo && postgres && !draining;
            json(ok ? 200 : 503, {
              status: ok ? 'ok' : 'degraded',
              components: {
                mongodb: { status: mongo ? 'ok' : 'down' },
                postgres: { status: postgres ? 'ok' : 'down' },
              },
            });
          });
        return json(404, { error: 'not found' });
      });
      const server = http;
      const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.WORKER_PORT, config.HOST, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : config.WORKER_PORT);
        });
      });
      log.info({ port }, 'canvases worker running');
      const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
      return { port, url: `http://${host}:${port}/livez` };
    },

    async stop() {
      draining = true;
      await ownQueue?.stop({ timeoutMs: 10_000 });
      await renderer?.close();
      await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
      await events?.close();
      await files?.close();
      await connection?.close();
    },

    queue() {
      if (!started) throw new Error('canvases worker not started');
      return started;
    },
  };
}
