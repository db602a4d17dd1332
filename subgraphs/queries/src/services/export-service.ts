import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import { bindParameters, guardSql } from '@tessera/sql-guard';
import type { QueriesConfig } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import type { Column } from '../engines/types.ts';
import type { Access } from './access.ts';
import { csvLine } from './csv.ts';
import { dialectOf } from './run-service.ts';
import type { EngineRegistry } from './engine-registry.ts';
import { writeXlsx, XLSX_MAX_ROWS } from './files/xlsx-writer.ts';
import { writeParquet } from './parquet-writer.ts';
import type { LinkSigner } from './signed-links.ts';

const LINK_TTL_SECONDS = 300;
type Format = 'CSV' | 'PARQUET' | 'XLSX';

interface ExportClaims {
  runId: string;
  organizationId: string;
  format: Format;
}

/**
 * Exports re-run a run's statement (guarded again, read-only) and stream it to the client as CSV,
 * Parquet or XLSX, up to EXPORT_MAX_ROWS, through a short-lived signed URL that needs no Authorization header.
 */
export function createExportService(deps: {
  repos: Repositories;
  access: Access;
  engines: EngineRegistry;
  signer: LinkSigner;
  config: QueriesConfig;
  logger: Logger;
}) {
  const { repos, access, engines, signer, config, logger } = deps;
  return {
    async createLink(
      identity: Identity,
      runId: string,
      format: Format,
    ): Promise<{ url: string; expiresAt: Date }> {
      const organizationId = await access.run(identity, runId);
      access.requireRunner(identity, organizationId);
      const run = await repos.runs.find(organizationId, runId);
      if (!run) throw AppError.notFound('Query run');
      if (run.status !== 'SUCCEEDED') throw AppError.badInput('id', 'Only a succeeded run can be exported');
      const { token, expiresAt } = signer.sign<ExportClaims>(
        { runId, organizationId, format },
        LINK_TTL_SECONDS,
      );
      return { url: `${config.PUBLIC_URL}/export/${token}`, expiresAt };
    },

    /** Streams the export for a verified token; answers 404 for a bad or expired link. */
    async stream(token: string, res: ServerResponse, signal: AbortSignal): Promise<void> {
      const claims = signer.verify<ExportClaims>(token);
      const run = claims ? await repos.runs.find(claims.organizationId, claims.runId) : null;
      const source = run ? await repos.dataSources.find(run.organizationId, run.dataSourceId) : null;
      if (!claims || !run || !source) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Export link is invalid or expired' } }),
          );
        return;
      }
      const dialect = dialectOf(source.kind);
      const guarded = guardSql(run.sql, dialect);
      const bound = guarded.ok ? bindParameters(guarded.sql, run.parameters ?? {}, dialect) : null;
      if (!guarded.ok || !bound?.ok) {
        res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'The run cannot be exported' } }));
        return;
      }
      const engine = await engines.get(source);
      const rows = engine.stream({
        sql: bound.text,
        values: bound.values,
        maxRows: config.EXPORT_MAX_ROWS,
        timeoutMs: config.QUERY_TIMEOUT_MS * 10,
        signal,
      });
      const first = await rows.next();
      const columns: Column[] = !first.done && 'columns' in first.value ? first.value.columns : [];
      async function* batches() {
        for await (const part of rows) if ('rows' in part) yield part.rows;
      }
      const filename = `query-${run.id.slice(0, 8)}`;
      if (claims.format === 'CSV') {
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${filename}.csv"`,
        });
        res.write(csvLine(columns.map((c) => c.name)));
        for await (const batch of batches()) {
          const ok = res.write(batch.map(csvLine).join(''));
          if (!ok) await new Promise((resolve) => res.once('drain', resolve));
        }
        res.end();
        return;
      }
      if (claims.format === 'XLSX') {
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${filename}.xlsx"`,
        });
        await writeXlsx(res, columns, batches(), Math.min(config.EXPORT_MAX_ROWS, XLSX_MAX_ROWS));
        return;
      }
      const parquet = await writeParquet(columns, batches());
      try {
        res.writeHead(200, {
          'content-type': 'application/vnd.apache.parquet',
          'content-disposition': `attachment; filename="${filename}.parquet"`,
        });
        await new Promise<void>((resolve, reject) =>
          createReadStream(parquet.file).on('error', reject).on('end', resolve).pipe(res),
        );
      } finally {
        await parquet.cleanup().catch((err: unknown) => logger.warn({ err }, 'export cleanup failed'));
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
