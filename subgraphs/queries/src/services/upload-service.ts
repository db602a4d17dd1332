import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { QueriesConfig } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import type { DataSourceService } from './data-source-service.ts';
import type { ResultsCache } from './results-cache.ts';
import type { LinkSigner } from './signed-links.ts';

const LINK_TTL_SECONDS = 900;

interface UploadClaims {
  sourceId: string;
  organizationId: string;
  format: 'csv' | 'parquet';
}

/** The uploaded file's table is named after the source: lowercase words joined by underscores. */
export function tableNameFor(sourceName: string): string {
  const name = sourceName.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return /^[a-z_]/.test(name) ? name : `t_${name || 'data'}`;
}

/**
 * FILE sources: the client PUTs a CSV or Parquet file to a signed URL; the file is imported into
 * a DuckDB database of its own (a new file per upload), which queries then open read-only with
 * the same sandbox as every DuckDB source. Only this import step reads files, from our own path.
 */
export function createUploadService(deps: { repos: Repositories; dataSources: DataSourceService; cache: ResultsCache; signer: LinkSigner; config: QueriesConfig; uploadsDir: string }) {
  const { repos, dataSources, cache, signer, config, uploadsDir } = deps;
  return {
    async create(identity: Identity, input: { projectId: string; name: string; format: string }) {
      const source = await dataSources.createFileSource(identity, input);
      const { token, expiresAt } = signer.sign<UploadClaims>({ sourceId: source.id, organizationId: source.organizationId, format: source.settings.format as 'csv' | 'parquet' }, LINK_TTL_SECONDS);
      return { dataSource: source, uploadUrl: `${config.PUBLIC_URL}/upload/${token}`, expiresAt };
    },

    async receive(token: string, req: IncomingMessage): Promise<{ status: number; body: unknown }> {
      const claims = signer.verify<UploadClaims>(token);
      const source = claims ? await repos.dataSources.find(claims.organizationId, claims.sourceId) : null;
      if (!claims || !source) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Upload link is invalid or expired' } } };
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > config.UPLOAD_MAX_BYTES) return { status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: `Files are limited to ${config.UPLOAD_MAX_BYTES} bytes` } } };
      await mkdir(uploadsDir, { recursive: true });
      const stamp = Date.now();
      const raw = path.join(uploadsDir, `${source.id}-${stamp}.${claims.format}`);
      const database = `${source.id}-${stamp}.duckdb`;
      let received = 0;
      try {
        await pipeline(
          req,
          async function* limit(chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              received += chunk.length;
              if (received > config.UPLOAD_MAX_BYTES) throw new AppError('BAD_USER_INPUT', 'File too large');
              yield chunk;
            }
          },
          createWriteStream(raw),
        );
        const table = tableNameFor(source.name);
        const instance = await DuckDBInstance.create(path.join(uploadsDir, database));
        const connection = await instance.connect();
        try {
          const reader = claims.format === 'csv' ? 'read_csv_auto' : 'read_parquet';
          await connection.run(`CREATE TABLE "${table}" AS SELECT * FROM ${reader}('${raw.replaceAll("'", "''")}')`);
        } catch (error) {
          return { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: `The file could not be read as ${claims.format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}` } } };
        } finally {
          connection.closeSync();
          instance.closeSync();
        }
        await repos.dataSources.update(source.organizationId, source.id, { settings: { ...source.settings, uploaded: true, file: database, table, bytes: received } });
        cache.invalidateSource(source.id);
        return { status: 200, body: { dataSourceId: source.id, table, bytes: received } };
      } catch (error) {
        if (error instanceof AppError) return { status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: error.message } } };
        throw error;
      } finally {
        await rm(raw, { force: true });
      }
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;
