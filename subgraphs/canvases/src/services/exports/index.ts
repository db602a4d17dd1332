export {
  createExportService,
  EXPORT_JOB,
  notPublishedError,
  type CanvasExportFormat,
  type ExportJobData,
  type ExportService,
  type ExportServiceDeps,
  type RenderedFile,
} from './export-service.ts';
export { createExportLinks, type ExportLinks } from './export-links.ts';
export { createChromiumRenderer, type PageRenderer, type RenderFormat } from './chromium-renderer.ts';
export { exportDownloadRoute } from './download-route.ts';
export { RENDER_LINK_CREATOR, withRenderLink } from './render-link.ts';
