// Chained SQL (canvas-model R34): a downstream statement runs over upstream block results in a
// fresh DuckDB database per request, opened with the same sandbox as every DuckDB source
// (read-only, no external access, locked configuration, memory and thread limits, timeout).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import { bindParameters, guardSql, normalizeSql } from '@tessera/sql-guard';
import { createDuckdbEngine } from '../../engines/duckdb/engine.ts';
import { EngineError } from '../../engines/types.ts';
import type { ResultsCache } from '../results-cache.ts';
import { checkTables, writeResultTables } from './result-tables.ts';

/** How many upstream rows one chained run may carry, over all its tables. */
export const CHAIN_MAX_ROWS = 200_000;

export interface ChainRunInput {
  sql: string;
  parameters?: Record<string, unknown> | null;
  maxRows?: number | null;
  tables: unknown;
}

export interface ChainRunResult {
  id: string;
  status: 'SUCCEEDED' | 'FAILED';
  columns: { name: string; type: string }[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  durationMs: number;
  error: { code: string; message: string; position?: number } | null;
}

export function createChainService(deps: {
  workDir: string;
  duckdb: { memoryLimit: string; threads: number };
  timeoutMs: number;
  maxRows: number;
  cache: ResultsCache;
  logger: Logger;
}) {
  return {
    async run(input: ChainRunInput): Promise<ChainRunResult> {
      const startedAt = performance.now();
      if (typeof input.sql !== 'string' || input.sql.length > 100_000)
        throw AppError.badInput('sql', 'SQL must be a string of at most 100,000 characters');
      const parameters = input.parameters ?? {};
      if (typeof parameters !== 'object' || Array.isArray(parameters))
        throw AppError.badInput('parameters', 'Parameters must be an object of name → value');
      const tables = checkTables(input.tables, CHAIN_MAX_ROWS);
      const maxRows = Math.min(Math.max(1, input.maxRows ?? deps.maxRows), deps.maxRows);
      const outcome = (rest: Partial<ChainRunResult>): ChainRunResult => ({
        // Not stored in query_runs: no id, so nobody asks for an export or a history entry of it.
        id: '',
        status: rest.error ? 'FAILED' : 'SUCCEEDED',
        columns: [],
        rows: [],
        rowCount: rest.rows?.length ?? 0,
        truncated: false,
        cached: false,
        durationMs: Math.round(performance.now() - startedAt),
        error: null,
        ...rest,
      });
      const guarded = guardSql(input.sql, 'duckdb');
      if (!guarded.ok)
        return outcome({
          error: {
            code: guarded.code,
            message: guarded.message,
            ...(guarded.position !== undefined ? { position: guarded.position } : {}),
          },
        });
      const bound = bindParameters(guarded.sql, parameters, 'duckdb');
      if (!bound.ok) return outcome({ error: { code: bound.code, message: bound.message } });
      const inputs = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
      const key = deps.cache.key(`chain:${inputs}`, normalizeSql(guarded.sql, 'duckdb'), parameters, maxRows);
      const hit = deps.cache.get(key);
      if (hit)
        return outcome({ columns: hit.columns, rows: hit.rows, truncated: hit.truncated, cached: true });

      await mkdir(deps.workDir, { recursive: true });
      const dir = await mkdtemp(path.join(deps.workDir, 'chain-'));
      const file = path.join(dir, 'results.duckdb');
      const engine = createDuckdbEngine({ path: file, ...deps.duckdb });
      try {
        await writeResultTables(file, tables);
        const result = await engine.execute({
          sql: bound.text,
          values: bound.values,
          maxRows,
          timeoutMs: deps.timeoutMs,
          signal: new AbortController().signal,
        });
        deps.cache.set(key, `chain:${inputs}`, result);
        return outcome({ columns: result.columns, rows: result.rows, truncated: result.truncated });
      } catch (error) {
        if (error instanceof EngineError)
          return outcome({
            error: {
              code: error.code,
              message: error.message,
              ...(error.position !== undefined ? { position: error.position } : {}),
            },
          });
        if (error instanceof AppError) throw error;
        deps.logger.error({ err: error }, 'chained run failed unexpectedly');
        return outcome({ error: { code: 'INTERNAL', message: 'The query could not be run' } });
      } finally {
        await engine.close().catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

export type ChainService = ReturnType<typeof createChainService>;
