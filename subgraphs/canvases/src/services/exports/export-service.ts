import { randomUUID } from 'node:crypto';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { JobQueue } from '@tessera/jobs';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, Repositories } from '../../data/index.ts';
import type { ExportFileEvents } from '../../data/export-file-events.ts';
import type { ExportFileFormat, ExportFilesRepo } from '../../data/export-files-repo.ts';
import type { Access } from '../access.ts';
import type { Clock } from '../clock.ts';
import type { PageRenderer, PaperSize } from './chromium-renderer.ts';
import type { ExportLinks } from './export-links.ts';
import { withRenderLink } from './render-link.ts';

export const EXPORT_JOB = 'canvas-export';
export type CanvasExportFormat = ExportFileFormat;
const FORMATS: readonly CanvasExportFormat[] = ['PDF', 'PNG'];
const CONTENT_TYPES: Record<CanvasExportFormat, string> = { PDF: 'application/pdf', PNG: 'image/png' };
/** Expired files stay this long so their links answer 410 (gone) rather than 404. */
const EXPIRED_GRACE_SECONDS = 24 * 3600;
const MAX_FILTERS = 50;

export interface ExportJobData {
  exportId: string;
  /** PDF paper; absent: the renderer's default (EXPORT_PAPER). */
  paper?: PaperSize;
}

/** A rendered file behind a signed, expiring URL (deliveries attach `bytes` and link `url`). */
export interface RenderedFile {
  bytes: Buffer;
  url: string;
  expiresAt: Date;
  contentType: string;
  filename: string;
}

export interface ExportServiceDeps {
  repos: Pick<Repositories, 'canvases' | 'publications' | 'shareLinks' | 'signingKeys'>;
  access: Pick<Access, 'canvas'>;
  files: ExportFilesRepo;
  /** Cross-process "file settled" notifications; absent: exportCanvas polls the file row. */
  events?: ExportFileEvents | null;
  links: ExportLinks;
  /** Where exportCanvas sends render jobs; null: exports are unavailable in this process. */
  queue: Pick<JobQueue, 'send'> | null;
  /** Headless Chromium; only the worker has one. */
  pageRenderer: PageRenderer | null;
  /** Origin Chromium opens `/embed/<token>` on (the gateway serving the web app). */
  renderOrigin: string;
  clock: Clock;
  logger: Logger;
  linkTtlSeconds: number;
  /** How long exportCanvas waits for the worker. */
  waitTimeoutMs: number;
}

export function notPublishedError(): AppError {
  return new AppError('CONFLICT', 'This canvas has not been published yet: publish it before exporting it', {
    details: { reason: 'NOT_PUBLISHED' },
  });
}

function filenameFor(canvasName: string, format: CanvasExportFormat, at: Date): string {
  const slug =
    canvasName
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'canvas';
  return `${slug}-${at.toISOString().slice(0, 10)}.${format.toLowerCase()}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createExportService(deps: ExportServiceDeps) {
  const { repos, access, files, links, queue, pageRenderer, clock, logger } = deps;

  function checkFormat(format: string): CanvasExportFormat {
    if (!FORMATS.includes(format as CanvasExportFormat))
      throw AppError.badInput('format', 'format is PDF or PNG');
    return format as CanvasExportFormat;
  }

  function checkPaper(paper: string | null | undefined): PaperSize | undefined {
    if (paper === null || paper === undefined) return undefined;
    if (paper !== 'A4' && paper !== 'LETTER' && paper !== 'Letter')
      throw AppError.badInput('paper', 'paper is A4 or LETTER');
    return paper === 'A4' ? 'A4' : 'Letter';
  }

  function checkFilters(filters: Record<string, unknown> | undefined): Record<string, unknown> {
    if (filters === undefined) return {};
    if (typeof filters !== 'object' || filters === null || Array.isArray(filters))
      throw AppError.badInput('filters', 'filters is an object of filter parameter values');
    if (Object.keys(filters).length > MAX_FILTERS || JSON.stringify(filters).length > 16_384)
      throw AppError.badInput('filters', 'Too many filter values');
    return filters;
  }

  async function liveCanvas(canvasId: string): Promise<CanvasRecord> {
    const canvas = await repos.canvases.find(canvasId);
    if (!canvas || canvas.deletedAt) throw AppError.notFound('Canvas');
    return canvas;
  }

  async function publishedName(canvas: CanvasRecord): Promise<string> {
    const publication = await repos.publications.latest(canvas.id);
    if (!publication) throw notPublishedError();
    return publication.canvasName ?? canvas.name;
  }

  /** Renders the latest publication of a live canvas with `filters` locked, as a link viewer sees it. */
  async function renderCanvas(
    canvas: CanvasRecord,
    format: CanvasExportFormat,
    filters: Record<string, unknown>,
    paper?: PaperSize,
  ): Promise<Buffer> {
    if (!pageRenderer) throw new AppError('UNAVAILABLE', 'Rendering is not available in this process');
    return withRenderLink({ repos, clock }, canvas, filters, (token) =>
      pageRenderer.render(`${deps.renderOrigin}/embed/${token}?print=1`, format, paper ? { paper } : {}),
    );
  }

  async function renderPublication(
    canvasId: string,
    format: CanvasExportFormat,
    options: { filters?: Record<string, unknown>; paper?: PaperSize } = {},
  ): Promise<Buffer> {
    if (!pageRenderer) throw new AppError('UNAVAILABLE', 'Rendering is not available in this process');
    const checked = checkFormat(format);
    const filters = checkFilters(options.filters);
    const canvas = await liveCanvas(canvasId);
    await publishedName(canvas);
    return renderCanvas(canvas, checked, filters, options.paper);
  }

  async function waitForFile(id: string): Promise<void> {
    const settled = async () => {
      const file = await files.find(id);
      return file && file.status !== 'PENDING' ? file : null;
    };
    let file;
    if (deps.events) {
      file = await deps.events.waitFor(id, settled, { timeoutMs: deps.waitTimeoutMs });
    } else {
      const deadline = Date.now() + deps.waitTimeoutMs;
      let delay = 100;
      while (!(file = await settled()) && Date.now() < deadline) {
        await sleep(delay);
        delay = Math.min(500, delay * 1.5);
      }
    }
    if (!file) throw new AppError('TIMEOUT', 'The export took too long to render; try again');
    if (file.status === 'FAILED') {
      if (file.errorCode === 'NOT_PUBLISHED') throw notPublishedError();
      if (file.errorCode === 'NOT_FOUND') throw AppError.notFound('Canvas');
      throw new AppError('UNAVAILABLE', 'The export could not be rendered; try again');
    }
  }

  return {
    /** exportCanvas: VIEWER and above render the latest publication (in the worker) and get a download link. */
    async createExport(
      identity: Identity,
      input: { canvasId: string; format: string; paper?: string | null },
    ): Promise<{ url: string; expiresAt: Date }> {
      const format = checkFormat(input.format);
      const paper = checkPaper(input.paper);
      const { canvas } = await access.canvas(identity, input.canvasId, 'VIEWER');
      await publishedName(canvas);
      if (!queue) throw new AppError('UNAVAILABLE', 'Exports are not available: no job queue is configured');
      const id = randomUUID();
      const expiresAt = new Date(clock.now().getTime() + deps.linkTtlSeconds * 1000);
      await files.insertPending({
        id,
        organizationId: canvas.organizationId,
        canvasId: canvas.id,
        format,
        filters: {},
        expiresAt,
      });
      const data: ExportJobData = paper ? { exportId: id, paper } : { exportId: id };
      await queue.send(EXPORT_JOB, data, {
        singletonKey: id,
        retryLimit: 1,
        retryDelay: 1,
        retryBackoff: false,
        expireInSeconds: Math.max(60, Math.ceil((deps.waitTimeoutMs * 2) / 1000)),
      });
      await waitForFile(id);
      logger.info({ canvasId: canvas.id, exportId: id, format }, 'canvas exported');
      return { url: links.url(id, expiresAt), expiresAt };
    },

    /** The worker's handler of EXPORT_JOB: renders a pending file; `final` is the last attempt (then failures are recorded). */
    async runExportJob(data: ExportJobData, final: boolean): Promise<void> {
      const file = typeof data?.exportId === 'string' ? await files.find(data.exportId) : null;
      if (!file || file.status !== 'PENDING') return;
      try {
        const canvas = await liveCanvas(file.canvasId);
        const name = await publishedName(canvas);
        const paper = data.paper === 'A4' || data.paper === 'Letter' ? data.paper : undefined;
        const bytes = await renderCanvas(canvas, file.format, file.filters, paper);
        await files.complete(file.id, {
          content: bytes,
          contentType: CONTENT_TYPES[file.format],
          filename: filenameFor(name, file.format, clock.now()),
        });
        await deps.events?.notifySettled(file.id);
      } catch (error) {
        const code =
          error instanceof AppError ? ((error.details?.reason as string) ?? error.code) : 'RENDER_FAILED';
        const permanent = code === 'NOT_PUBLISHED' || code === 'NOT_FOUND';
        logger.warn({ err: error, exportId: file.id, final, code }, 'export render failed');
        if (!(final || permanent)) throw error;
        await files.fail(file.id, code, (error as Error).message ?? 'render failed');
        await deps.events?.notifySettled(file.id);
      }
    },

    renderPublication,

    /** For deliveries (in the worker): renders, stores and links a file in one step. */
    renderer: {
      async render(
        canvas: CanvasRecord,
        format: CanvasExportFormat,
        options: { filters?: Record<string, unknown>; ttlSeconds?: number } = {},
      ): Promise<RenderedFile> {
        const name = await publishedName(canvas);
        const bytes = await renderPublication(canvas.id, format, options);
        const id = randomUUID();
        const now = clock.now();
        const ttl = Math.min(Math.max(options.ttlSeconds ?? deps.linkTtlSeconds, 60), 7 * 24 * 3600);
        const expiresAt = new Date(now.getTime() + ttl * 1000);
        const filename = filenameFor(name, format, now);
        await files.insertPending({
          id,
          organizationId: canvas.organizationId,
          canvasId: canvas.id,
          format,
          filters: checkFilters(options.filters),
          expiresAt,
        });
        await files.complete(id, { content: bytes, contentType: CONTENT_TYPES[format], filename });
        return {
          bytes,
          url: links.url(id, expiresAt),
          expiresAt,
          contentType: CONTENT_TYPES[format],
          filename,
        };
      },
      /** The bytes behind a URL render() returned; null once expired or unknown. */
      async read(url: string): Promise<Buffer | null> {
        const token = links.tokenOf(url);
        const claims = token ? links.verify(token, clock.now()) : null;
        if (!claims || claims.expired) return null;
        return files.content(claims.fileId);
      },
    },

    /** GET /exports/<token>: 404 for a token we did not sign or a file that is not there, 410 once expired. */
    async download(
      token: string,
    ): Promise<
      | { status: 200; content: Buffer; contentType: string; filename: string }
      | { status: 404 | 410; content?: undefined }
    > {
      const claims = links.verify(token, clock.now());
      if (!claims) return { status: 404 };
      if (claims.expired) return { status: 410 };
      const file = await files.find(claims.fileId);
      if (!file || file.status !== 'READY') return { status: 404 };
      if (file.expiresAt.getTime() <= clock.now().getTime()) return { status: 410 };
      const content = await files.content(file.id);
      if (!content) return { status: 404 };
      return { status: 200, content, contentType: file.contentType!, filename: file.filename! };
    },

    purgeExpired: () => files.purgeExpired(EXPIRED_GRACE_SECONDS),
  };
}

export type ExportService = ReturnType<typeof createExportService>;
