import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { QueriesConfig } from '../config.ts';
import type { DataSourceRow, Repositories } from '../data/index.ts';
import type { DataSourceService } from './data-source-service.ts';
import type { ResultsCache } from './results-cache.ts';
import type { LinkSigner } from './signed-links.ts';

const LINK_TTL_SECONDS = 900;

interface UploadClaims {
  sourceId: string;
  organizationId: string;
  format: 'csv' | 'parquet';
  /** Single use: the source holds this nonce until an upload with the link succeeds. */
  nonce: string;
}

type UploadResult = { status: number; body: unknown };

const refusal = (status: number, code: string, message: string): UploadResult => ({ status, body: { error: { code, message } } });

/**
 * An engine message about the uploaded file, without any server path in it (DuckDB names the file
 * it read: `.data/uploads/<id>-<stamp>.csv`). Paths become "the file".
 */
export function withoutPaths(message: string, knownPaths: string[]): string {
  let text = message.split('\n')[0] ?? '';
  for (const known of knownPaths.filter(Boolean).sort((a, b) => b.length - a.length)) text = text.replaceAll(known, 'the file');
  return text
    .replace(/(?:[A-Za-z]:)?(?:\.{0,2}[\\/])?(?:[\w.@-]+[\\/])+[\w.@-]*/g, 'the file')
    .replace(/\.data\b\S*/g, 'the file')
    .slice(0, 300);
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

  /** Streams the body to a file (size-limited) and imports it into the source's new DuckDB database. */
  async function importFile(source: DataSourceRow, claims: UploadClaims, req: IncomingMessage): Promise<UploadResult> {
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
        await rm(path.join(uploadsDir, database), { force: true });
        const detail = withoutPaths((error as Error).message, [raw, path.resolve(raw), uploadsDir, path.resolve(uploadsDir), config.dataDir, config.DATA_DIR]);
        return refusal(400, 'BAD_USER_INPUT', `The file could not be read as ${claims.format.toUpperCase()}: ${detail}`);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
      const { uploadNonce: _used, ...settings } = source.settings;
      await repos.dataSources.update(source.organizationId, source.id, { settings: { ...settings, uploaded: true, file: database, table, bytes: received } });
      cache.invalidateSource(source.id);
      return { status: 200, body: { dataSourceId: source.id, table, bytes: received } };
    } catch (error) {
      if (error instanceof AppError) return refusal(413, 'PAYLOAD_TOO_LARGE', `Files are limited to ${config.UPLOAD_MAX_BYTES} bytes`);
      throw error;
    } finally {
      await rm(raw, { force: true });
    }
  }

  return {
    async create(identity: Identity, input: { projectId: string; name: string; format: string }) {
      const created = await dataSources.createFileSource(identity, input);
      const nonce = randomBytes(16).toString('base64url');
      const source = (await repos.dataSources.update(created.organizationId, created.id, { settings: { ...created.settings, uploadNonce: nonce } })) ?? created;
      const { token, expiresAt } = signer.sign<UploadClaims>({ sourceId: source.id, organizationId: source.organizationId, format: source.settings.format as 'csv' | 'parquet', nonce }, LINK_TTL_SECONDS);
      return { dataSource: source, uploadUrl: `${config.PUBLIC_URL}/upload/${token}`, expiresAt };
    },

    /**
     * One upload per link: the link's nonce is claimed before the body is read, so a second (or a
     * concurrent) PUT with the same link is refused with 409 LINK_USED. A refused or unreadable
     * file gives the nonce back, so the same link can be retried with a good file.
     */
    async receive(token: string, req: IncomingMessage): Promise<UploadResult> {
      const claims = signer.verify<UploadClaims>(token);
      const source = claims ? await repos.dataSources.find(claims.organizationId, claims.sourceId) : null;
      if (!claims || !source || typeof claims.nonce !== 'string') return refusal(404, 'NOT_FOUND', 'Upload link is invalid or expired');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > config.UPLOAD_MAX_BYTES) return refusal(413, 'PAYLOAD_TOO_LARGE', `Files are limited to ${config.UPLOAD_MAX_BYTES} bytes`);
      if (!(await repos.dataSources.claimUploadNonce(source.organizationId, source.id, claims.nonce))) {
        return refusal(409, 'LINK_USED', 'This upload link has already been used: create a new upload to replace the file');
      }
      let imported = false;
      try {
        const result = await importFile(source, claims, req);
        imported = result.status === 200;
        return result;
      } finally {
        if (!imported) await repos.dataSources.releaseUploadNonce(source.organizationId, source.id, claims.nonce);
      }
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;
