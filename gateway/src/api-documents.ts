import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Route } from '@tessera/service-kit';

/** The client-facing SDL written by `npm run compose`, and the partner guide. */
export const API_SCHEMA_PATH = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));
export const API_GUIDE_PATH = fileURLToPath(new URL('../../docs/api.md', import.meta.url));

export interface ApiDocuments {
  /** schema/api.graphql: GET /schema.graphql. */
  schemaPath?: string;
  /** docs/api.md: GET /docs/api.md (linked from GraphiQL); absent from images without docs/. */
  guidePath?: string;
}

/**
 * GET /schema.graphql (the public SDL, for codegen and schema registries) and GET /docs/api.md,
 * both as UTF-8 text so a browser shows them. Read once at start; a missing file is a 404.
 */
export async function apiDocumentsRoute({
  schemaPath = API_SCHEMA_PATH,
  guidePath = API_GUIDE_PATH,
}: ApiDocuments = {}): Promise<Route> {
  const read = (file: string) => readFile(file, 'utf8').catch(() => null);
  const documents = new Map<string, { text: string; type: string }>();
  const [schema, guide] = await Promise.all([read(schemaPath), read(guidePath)]);
  if (schema !== null) documents.set('/schema.graphql', { text: schema, type: 'text/plain; charset=utf-8' });
  if (guide !== null) documents.set('/docs/api.md', { text: guide, type: 'text/plain; charset=utf-8' });
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const document = documents.get((req.url ?? '/').split('?')[0]!);
    if (!document) return false;
    res.writeHead(200, {
      'content-type': document.type,
      'content-length': Buffer.byteLength(document.text),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : document.text);
    return true;
  };
}
