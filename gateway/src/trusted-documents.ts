import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Principal } from '@tessera/auth';
import { AppError } from '@tessera/errors';

export interface TrustedDocuments {
  /**
   * Resolves the request body's document: `documentId` / `extensions.persistedQuery.sha256Hash`
   * look it up in the manifest; with enforcement on, anyone but an API key may run only manifest
   * documents (by id, or a query whose hash is in the manifest).
   */
  resolve(body: unknown, principal: Principal): unknown;
  size: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The manifest is `{ "<sha256 of document>": "<document>" }`, written by the web app's codegen. */
export async function loadTrustedDocuments(options: {
  path: string;
  enforce: boolean;
}): Promise<TrustedDocuments> {
  const manifest = await readFile(options.path, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
    () => ({}) as Record<string, string>,
  );
  const known = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) known.set(hash.replace(/^sha256:/, ''), document);

  return {
    size: known.size,
    resolve(body, principal) {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
      const { documentId, extensions, ...request } = body as {
        query?: string;
        documentId?: string;
        extensions?: { persistedQuery?: { sha256Hash?: string }; [key: string]: unknown };
      };
      // The hash is ours to resolve (not Apollo's APQ, which is off): it never reaches Apollo.
      const { persistedQuery, ...otherExtensions } = extensions ?? {};
      const rest = { ...request, ...(extensions ? { extensions: otherExtensions } : {}) };
      const id = (documentId ?? persistedQuery?.sha256Hash)?.replace(/^sha256:/, '');
      if (id) {
        const document = known.get(id);
        if (document) return { ...rest, query: document };
        if (options.enforce || typeof request.query !== 'string') {
          throw new AppError(
            'BAD_USER_INPUT',
            'Unknown document id: this operation is not in the trusted documents of this deployment',
            { details: { reason: 'TRUSTED_DOCUMENT_NOT_FOUND' } },
          );
        }
        return rest;
      }
      if (
        options.enforce &&
        principal.kind !== 'apiKey' &&
        typeof request.query === 'string' &&
        !known.has(sha256(request.query))
      ) {
        throw new AppError(
          'FORBIDDEN',
          "Only the web app's trusted documents may be sent from a browser session; partners use an API key",
          { details: { reason: 'TRUSTED_DOCUMENT_REQUIRED' } },
        );
      }
      return rest;
    },
  };
}
