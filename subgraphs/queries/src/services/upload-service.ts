import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Identity } from '@tessera/auth';
import { AppError, isAppError } from '@tessera/errors';
import type { QueriesConfig } from '../config.ts';
import type { DataSourceRow, Repositories } from '../data/index.ts';
import type { DataSourceService } from './data-source-service.ts';
import { describeImportError } from './files/import-errors.ts';
import type { ImportSource } from './files/import-table.ts';
import { buildDatabase, removeDatabase, type DuckdbImportSettings } from './files/landing.ts';
import { chosenTableName, parseFormat, tableNameFor, type FileFormat } from './files/naming.ts';
import { previewFile } from './files/preview.ts';
import { receiveBody, TooLargeError, type ReceivedBody } from './files/receive-body.ts';
import { createKeyedLock } from './files/source-lock.ts';
import type { ResultsCache } from './results-cache.ts';
import type { LinkSigner } from './signed-links.ts';

export { withoutPaths } from './files/import-errors.ts';
export { tableNameFor } from './files/naming.ts';

const LINK_TTL_SECONDS = 900;
/** Upload links outstanding per source at once (the oldest is dropped beyond this). */
const OUTSTANDING_LINKS = 20;
/** A preview reads the first part of a text file (the web sends 1 MB); an XLSX file whole. */
const PREVIEW_MAX_BYTES = 16 * 1024 * 1024;
/** An XLSX preview types its columns from this many rows of the sheet. */
const PREVIEW_SHEET_ROWS = 1_000;

interface UploadClaims {
  sourceId: string;
  organizationId: string;
  format: FileFormat | 'parquet';
  /** Single use: the source holds this nonce until an upload with the link succeeds. */
  nonce: string;
  /** The table this link lands (absent on links issued before multi-file sources). */
  table?: string;
  sheet?: string | null;
}

/** One table of a FILE source, as `settings.tables` lists it. */
export interface FileTable {
  name: string;
  format: string;
  rows: number | null;
  columns: number | null;
  bytes: number | null;
  landedAt: string | null;
}

type UploadResult = { status: number; body: unknown };

const refusal = (status: number, code: string, message: string): UploadResult => ({
  status,
  body: { error: { code, message } },
});
const tooLarge = (limit: number) => refusal(413, 'PAYLOAD_TOO_LARGE', `Files are limited to ${limit} bytes`);

/** The tables a FILE source holds (sources from before multi-file uploads hold one, `settings.table`). */
export function tablesOf(source: DataSourceRow): FileTable[] {
  const settings = source.settings;
  if (Array.isArray(settings.tables)) return settings.tables as FileTable[];
  if (settings.uploaded && typeof settings.table === 'string') {
    return [
      {
        name: settings.table,
        format: String(settings.format ?? 'csv').toUpperCase(),
        rows: null,
        columns: null,
        bytes: Number(settings.bytes ?? 0) || null,
        landedAt: null,
      },
    ];
  }
  return [];
}

function isPreview(req: IncomingMessage): boolean {
  const value = new URL(req.url ?? '/', 'http://upload').searchParams.get('preview');
  return value === '1' || value === 'true';
}

/**
 * FILE sources: each upload link lands one file as one table of the source (CSV, Parquet,
 * JSON/NDJSON, XLSX). Every landing builds a new DuckDB database (the other tables copied from the
 * previous file, plus the new one) and then switches the source to it in one row update, so a
 * query sees the old database or the new one, never half; the old file is deleted after a grace
 * period, once queries that opened it have finished. Only this import step reads files, from our
 * own paths; queries open the database read-only in the sandbox.
 */
export function createUploadService(deps: {
  repos: Repositories;
  dataSources: DataSourceService;
  cache: ResultsCache;
  signer: LinkSigner;
  config: QueriesConfig;
  uploadsDir: string;
  /** How long a replaced database file is kept for queries still reading it (default: 10 query timeouts). */
  retireGraceMs?: number;
}) {
  const { repos, dataSources, cache, signer, config, uploadsDir } = deps;
  const retireGraceMs = deps.retireGraceMs ?? config.QUERY_TIMEOUT_MS * 10;
  const withSourceLock = createKeyedLock();
  const importSettings: DuckdbImportSettings = {
    memoryLimit: config.DUCKDB_MEMORY_LIMIT,
    threads: config.DUCKDB_THREADS,
    tempDirectory: path.join(uploadsDir, 'tmp'),
  };
  const knownPaths = [uploadsDir, path.resolve(uploadsDir), config.dataDir, config.DATA_DIR];

  function retire(file: string): void {
    setTimeout(() => void removeDatabase(file).catch(() => undefined), retireGraceMs).unref();
  }

  /** Streams the body to a scratch file; the caller removes it. */
  async function receive(
    req: IncomingMessage,
    format: FileFormat,
    maxBytes: number,
    partial = false,
  ): Promise<{ file: string; scratchCsv: string; stamp: string; body: ReceivedBody }> {
    await mkdir(uploadsDir, { recursive: true });
    const stamp = `${Date.now()}-${randomBytes(4).toString('hex')}`;
    const file = path.join(uploadsDir, `incoming-${stamp}.upload`);
    const scratchCsv = path.join(uploadsDir, `incoming-${stamp}.sheet.csv`);
    try {
      const body = await receiveBody(req, file, {
        maxBytes,
        text: format === 'csv' || format === 'json',
        partial,
      });
      return { file, scratchCsv, stamp, body };
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
  }

  const importSource = (
    claims: UploadClaims,
    file: string,
    scratchCsv: string,
    body: ReceivedBody,
  ): ImportSource => ({
    file,
    scratchCsv,
    format: claims.format,
    compression: body.compression,
    sheet: claims.sheet ?? null,
  });

  const unreadable = (error: unknown, format: string): UploadResult => {
    if (isAppError(error)) return refusal(400, 'BAD_USER_INPUT', error.message);
    return refusal(
      400,
      'BAD_USER_INPUT',
      describeImportError(String((error as Error).message ?? error), format, knownPaths),
    );
  };

  /** Lands the file as `table`, replacing a table of that name; serialised per source. */
  async function land(
    source: DataSourceRow,
    claims: UploadClaims,
    table: string,
    req: IncomingMessage,
  ): Promise<UploadResult> {
    const { file, scratchCsv, stamp, body } = await receive(req, claims.format, config.UPLOAD_MAX_BYTES);
    try {
      return await withSourceLock(source.id, async () => {
        const current = await repos.dataSources.find(source.organizationId, source.id);
        if (!current) return refusal(404, 'NOT_FOUND', 'Upload link is invalid or expired');
        const version = Number(current.settings.fileVersion ?? 0);
        const previous =
          current.settings.uploaded && typeof current.settings.file === 'string'
            ? path.join(uploadsDir, current.settings.file)
            : null;
        const database = `${source.id}-${stamp}.duckdb`;
        const next = path.join(uploadsDir, database);
        let landed;
        try {
          landed = await buildDatabase({
            previous,
            next,
            table,
            source: importSource(claims, file, scratchCsv, body),
            settings: importSettings,
          });
        } catch (error) {
          return unreadable(error, claims.format);
        }
        const entry: FileTable = {
          name: table,
          format: claims.format.toUpperCase(),
          rows: landed.rows,
          columns: landed.columns,
          bytes: body.bytes,
          landedAt: new Date().toISOString(),
        };
        const tables = [...tablesOf(current).filter((t) => t.name !== table), entry];
        const updated = await repos.dataSources.switchFile(source.organizationId, source.id, version, {
          uploaded: true,
          file: database,
          table,
          bytes: body.bytes,
          tables,
          fileVersion: version + 1,
        });
        if (!updated) {
          await removeDatabase(next);
          return refusal(
            409,
            'CONFLICT',
            'Another file landed in this source at the same moment: upload this one again',
          );
        }
        cache.invalidateSource(source.id);
        if (previous) retire(previous);
        const { delimiter, header, sheet } = landed;
        return {
          status: 200,
          body: {
            dataSourceId: source.id,
            table,
            format: entry.format,
            bytes: body.bytes,
            rows: landed.rows,
            columns: landed.columns,
            delimiter,
            header,
            sheet,
            encoding: body.encoding ?? undefined,
          },
        };
      });
    } finally {
      await Promise.all([rm(file, { force: true }), rm(scratchCsv, { force: true })]);
    }
  }

  /** The first rows and inferred types of the file's first part; the link stays unused. */
  async function preview(claims: UploadClaims, table: string, req: IncomingMessage): Promise<UploadResult> {
    const { file, scratchCsv, body } = await receive(
      req,
      claims.format,
      claims.format === 'xlsx' ? config.UPLOAD_MAX_BYTES : PREVIEW_MAX_BYTES,
      true,
    );
    try {
      const source = { ...importSource(claims, file, scratchCsv, body), maxRows: PREVIEW_SHEET_ROWS };
      const result = await previewFile({ source, table, encoding: body.encoding, settings: importSettings });
      return { status: 200, body: { preview: result } };
    } catch (error) {
      return unreadable(error, claims.format);
    } finally {
      await Promise.all([rm(file, { force: true }), rm(scratchCsv, { force: true })]);
    }
  }

  const outstanding = (source: DataSourceRow, nonce: string) => {
    const nonces = source.settings.uploadNonce;
    return Array.isArray(nonces) ? nonces.includes(nonce) : nonces === nonce;
  };

  return {
    /**
     * A signed single-use link for one file: a new FILE source (as before), or, with
     * `dataSourceId`, a table added to (or replaced in) that source.
     */
    async create(
      identity: Identity,
      input: {
        projectId: string;
        name: string;
        format: string;
        dataSourceId?: string | null;
        table?: string | null;
        sheet?: string | null;
      },
    ) {
      const format = parseFormat(input.format);
      const sheet = input.sheet?.trim() ? input.sheet.trim().slice(0, 200) : null;
      const table = input.table?.trim() ? chosenTableName(input.table) : tableNameFor(input.name ?? '');
      let source: DataSourceRow;
      if (input.dataSourceId) {
        source = await dataSources.fileSourceForUpload(identity, input.dataSourceId);
        if (source.projectId !== input.projectId) throw AppError.notFound('Data source');
      } else {
        source = await dataSources.createFileSource(identity, input);
      }
      const nonce = randomBytes(16).toString('base64url');
      source =
        (await repos.dataSources.addUploadNonce(
          source.organizationId,
          source.id,
          nonce,
          OUTSTANDING_LINKS,
        )) ?? source;
      const { token, expiresAt } = signer.sign<UploadClaims>(
        { sourceId: source.id, organizationId: source.organizationId, format, nonce, table, sheet },
        LINK_TTL_SECONDS,
      );
      return { dataSource: source, uploadUrl: `${config.PUBLIC_URL}/upload/${token}`, expiresAt };
    },

    /**
     * One upload per link: the link's nonce is claimed before the body is read, so a second (or a
     * concurrent) PUT with the same link is refused with 409 LINK_USED. A refused or unreadable
     * file gives the nonce back, so the same link can be retried with a good file.
     * `?preview=1` reads the body's first part and answers the table it would make, without
     * using the link.
     */
    async receive(token: string, req: IncomingMessage): Promise<UploadResult> {
      const claims = signer.verify<UploadClaims>(token);
      const source = claims ? await repos.dataSources.find(claims.organizationId, claims.sourceId) : null;
      if (!claims || !source || typeof claims.nonce !== 'string')
        return refusal(404, 'NOT_FOUND', 'Upload link is invalid or expired');
      const table = claims.table ?? tableNameFor(source.name);
      const previewing = isPreview(req);
      const limit = previewing && claims.format !== 'xlsx' ? PREVIEW_MAX_BYTES : config.UPLOAD_MAX_BYTES;
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > limit) return tooLarge(limit);
      if (previewing) {
        if (!outstanding(source, claims.nonce))
          return refusal(409, 'LINK_USED', 'This upload link has already been used: create a new upload');
        return preview(claims, table, req).catch((error: unknown) => {
          if (error instanceof TooLargeError) return tooLarge(error.limit);
          if (isAppError(error)) return refusal(400, 'BAD_USER_INPUT', error.message);
          throw error;
        });
      }
      if (!(await repos.dataSources.claimUploadNonce(source.organizationId, source.id, claims.nonce))) {
        return refusal(
          409,
          'LINK_USED',
          'This upload link has already been used: create a new upload to replace the file',
        );
      }
      let landed = false;
      try {
        const result = await land(source, claims, table, req);
        landed = result.status === 200;
        return result;
      } catch (error) {
        if (error instanceof TooLargeError) return tooLarge(error.limit);
        if (isAppError(error)) return refusal(400, 'BAD_USER_INPUT', error.message);
        throw error;
      } finally {
        if (!landed)
          await repos.dataSources.releaseUploadNonce(source.organizationId, source.id, claims.nonce);
      }
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;
