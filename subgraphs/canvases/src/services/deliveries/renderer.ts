import type { CanvasRecord, ExportFormat } from '../../data/index.ts';

/** A canvas's latest publication rendered as a viewer sees it, stored behind a signed, expiring URL. */
export interface RenderedFile {
  bytes: Buffer;
  url: string;
  expiresAt: Date;
  contentType: string;
  filename: string;
}

/** The export service (services/exports) seen from deliveries. */
export interface Renderer {
  render(canvas: CanvasRecord, format: ExportFormat): Promise<RenderedFile>;
  /** The bytes behind a URL render() returned; null once expired or unknown. */
  read(url: string): Promise<Buffer | null>;
}

export const noRenderer: Renderer = {
  async render() {
    throw new Error('Rendering is not available in this process');
  },
  async read() {
    return null;
  },
};
