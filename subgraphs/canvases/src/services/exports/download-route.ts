import { sendJson, type Route } from '@tessera/service-kit';
import type { ExportService } from './export-service.ts';

const PATH = /^\/exports\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** GET /exports/<signed token> (the gateway forwards /exports/*): the file, 404 unknown or tampered, 410 expired. */
export function exportDownloadRoute(exports: () => ExportService | undefined): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/exports/')) return false;
    const service = exports();
    const match = req.method === 'GET' || req.method === 'HEAD' ? PATH.exec(path) : null;
    const result = match && service ? await service.download(match[1]!) : { status: 404 as const };
    if (result.status !== 200) {
      sendJson(res, result.status, {
        error:
          result.status === 410
            ? { code: 'GONE', message: 'This export link has expired' }
            : { code: 'NOT_FOUND', message: 'Export not found' },
      });
      return true;
    }
    res.writeHead(200, {
      'content-type': result.contentType,
      'content-length': String(result.content.length),
      'content-disposition': `attachment; filename="${result.filename.replace(/"/g, '')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : result.content);
    return true;
  };
}
