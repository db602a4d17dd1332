import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { generateSql } from '../engine.ts';
import type { GenerateOptions, SourceSchema, SqlSuggestion } from '../types.ts';
import { formatCalibration, measureCalibration } from './calibration.ts';
import type { Calibration } from './calibration.ts';
import { compareResults, isOrderedReference } from './compare.ts';
import type { ResultSet } from './compare.ts';

export interface EvalCase {
  q: string;
  sql: string;
  /** Row order matters; by default when the reference has ORDER BY … LIMIT. */
  ordered?: boolean;
}

export interface CaseResult {
  question: string;
  referenceSql: string;
  generatedSql: string;
  confidence: number;
  passed: boolean;
  reason?: string;
  /** Time the engine took to produce the SQL (no database work). */
  latencyMs: number;
}

export interface EvalReport {
  total: number;
  passed: number;
  accuracy: number;
  medianLatencyMs: number;
  p95LatencyMs: number;
  calibration: Calibration;
  results: CaseResult[];
}

export function loadCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      // Two line shapes: {"q", "sql"} (demo sets) and {"question", "gold_sql", "ordered"} (generality sets).
      const parsed = JSON.parse(line) as Partial<EvalCase> & { question?: string; gold_sql?: string };
      const q = parsed.q ?? parsed.question;
      const sql = parsed.sql ?? parsed.gold_sql;
      if (typeof q !== 'string' || typeof sql !== 'string')
        throw new Error(`${path}:${i + 1}: expected {"q", "sql"} or {"question", "gold_sql"}`);
      return typeof parsed.ordered === 'boolean' ? { q, sql, ordered: parsed.ordered } : { q, sql };
    });
}

export async function executeSql(connection: DuckDBConnection, sql: string): Promise<ResultSet> {
  const reader = await connection.runAndReadAll(sql);
  return { columns: reader.columnNames(), rows: reader.getRowsJS() };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Runs every case through the engine, executes generated and reference SQL, and compares results. */
export async function runEval(
  connection: DuckDBConnection,
  schema: SourceSchema,
  cases: EvalCase[],
  options: {
    generate?: (question: string, schema: SourceSchema) => SqlSuggestion;
    engineOptions?: GenerateOptions;
  } = {},
): Promise<EvalReport> {
  const generate =
    options.generate ?? ((q: string, s: SourceSchema) => generateSql(q, s, options.engineOptions));
  const results: CaseResult[] = [];
  for (const c of cases) {
    const started = performance.now();
    const suggestion = generate(c.q, schema);
    const latencyMs = performance.now() - started;
    const base = {
      question: c.q,
      referenceSql: c.sql,
      generatedSql: suggestion.sql,
      confidence: suggestion.confidence,
      latencyMs,
    };
    if (!suggestion.sql) {
      results.push({ ...base, passed: false, reason: `declined: ${suggestion.explanation}` });
      continue;
    }
    const reference = await executeSql(connection, c.sql);
    let generated: ResultSet;
    try {
      generated = await executeSql(connection, suggestion.sql);
    } catch (error) {
      results.push({
        ...base,
        passed: false,
        reason: `generated SQL failed: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    const comparison = compareResults(reference, generated, {
      ordered: c.ordered ?? isOrderedReference(c.sql),
    });
    results.push({ ...base, passed: comparison.match, reason: comparison.reason });
  }
  const latencies = results.map((r) => r.latencyMs);
  const passed = results.filter((r) => r.passed).length;
  return {
    total: results.length,
    passed,
    accuracy: results.length === 0 ? 0 : passed / results.length,
    medianLatencyMs: percentile(latencies, 50),
    p95LatencyMs: percentile(latencies, 95),
    calibration: measureCalibration(results),
    results,
  };
}

export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const lines = [
    `Execution accuracy: ${report.passed}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%`,
    ...formatCalibration(report.calibration),
    `Engine latency: median ${report.medianLatencyMs.toFixed(2)} ms, p95 ${report.p95LatencyMs.toFixed(2)} ms`,
  ];
  const shown = options.verbose ? report.results : report.results.filter((r) => !r.passed);
  if (shown.length > 0) lines.push('', options.verbose ? 'Results:' : 'Failures:');
  for (const r of shown) {
    lines.push(`${r.passed ? 'PASS' : 'FAIL'}  ${r.question}  (confidence ${r.confidence})`);
    if (!r.passed) lines.push(`      reason: ${r.reason ?? 'unknown'}`);
    lines.push(...(r.generatedSql || '(no SQL)').split('\n').map((l) => `      | ${l}`));
  }
  return lines.join('\n');
}
