import type { FastifyInstance } from 'fastify';
import type { Logger } from '@tessera/logger';
import type { UploadService } from '../upload-service.ts';

/**
 * `PUT /upload/:token` (and `?preview=1`): the raw body streams to the upload service whatever
 * its content type (CSV, JSON, Parquet, XLSX, gzip), so no body parser may consume it first; the
 * route lives in its own encapsulated context so that catch-all parser applies to it alone.
 * The service answers every refusal itself; anything else is logged and is "Internal error".
 */
export async function registerUploadRoutes(
  app: FastifyInstance,
  deps: { uploads: UploadService; logger?: Logger },
): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    scope.setErrorHandler((error, _request, reply) => {
      deps.logger?.error({ err: error }, 'upload failed');
      return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } });
    });
    scope.put<{ Params: { token: string } }>('/upload/:token', async (request, reply) => {
      const result = await deps.uploads.receive(request.params.token, request.raw);
      return reply.code(result.status).send(result.body);
    });
  });
}
