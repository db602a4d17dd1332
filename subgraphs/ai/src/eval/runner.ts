import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceContext } from '../clients/queries-client.ts';
import type { Generator } from '../pipeline/generate.ts';
import { isOrdered, sameResult, type ResultSet } from './compare.ts';

export interface EvalCase {
  q: string;
  sql: string;
}

export interface CaseResult {
  question: string;
  referenceSql: string;
  generatedSql: string;
  engine: string;
  confidence: number;
  /** Generation and validation (and the provider round trip), not the query's own run time. */
  latencyMs: number;
  passed: boolean;
  reason?: string;
}

export interface EvalReport {
  total: number;
  passed: number;
  accuracy: number;
  medianLatencyMs: number;
  p95LatencyMs: number;
  /** How many answers each engine gave ("builtin (fallback: timeout)" counted apart). */
  engines: Record<string, number>;
  results: CaseResult[];
}

export function loadCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = JSON.parse(line) as Partial<EvalCase>;
      if (typeof parsed.q !== 'string' || typeof parsed.sql !== 'string') throw new Error(`${path}:${i + 1}: expected {"q": …, "sql": …}`);
      return { q: parsed.q, sql: parsed.sql };
    });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function execute(connection: DuckDBConnection, sql: string, timeoutMs: number): Promise<ResultSet> {
  const timer = setTimeout(() => connection.interrupt(), timeoutMs);
  try {
    const reader = await connection.runAndReadAll(sql);
    return { columns: reader.columnNames(), rows: reader.getRowsJS() };
  } finally {
    clearTimeout(timer);
  }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/** Each question through the subgraph's own pipeline; generated and reference SQL run on the demo database and are compared. */
export async function runEval(connection: DuckDBConnection, context: SourceContext, cases: EvalCase[], generator: Generator, options: { queryTimeoutMs?: number } = {}): Promise<EvalReport> {
  const timeoutMs = options.queryTimeoutMs ?? 30_000;
  const results: CaseResult[] = [];
  for (const c of cases) {
    const suggestion = await generator.generate(c.q, context);
    const base = { question: c.q, referenceSql: c.sql, generatedSql: suggestion.sql, engine: suggestion.engine, confidence: suggestion.confidence, latencyMs: suggestion.latencyMs };
    if (!suggestion.sql) {
      results.push({ ...base, passed: false, reason: `no SQL: ${suggestion.explanation}` });
      continue;
    }
    const reference = await execute(connection, c.sql, timeoutMs);
    let generated: ResultSet;
    try {
      generated = await execute(connection, suggestion.sql, timeoutMs);
    } catch (error) {
      results.push({ ...base, passed: false, reason: `generated SQL failed: ${firstLine(error)}` });
      continue;
    }
    const comparison = sameResult(reference, generated, isOrdered(c.sql));
    results.push({ ...base, passed: comparison.match, ...(comparison.reason ? { reason: comparison.reason } : {}) });
  }
  const passed = results.filter((r) => r.passed).length;
  const latencies = results.map((r) => r.latencyMs);
  const engines: Record<string, number> = {};
  for (const r of results) engines[r.engine] = (engines[r.engine] ?? 0) + 1;
  return {
    total: results.length,
    passed,
    accuracy: results.length === 0 ? 0 : passed / results.length,
    medianLatencyMs: percentile(latencies, 50),
    p95LatencyMs: percentile(latencies, 95),
    engines,
    results,
  };
}

export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const lines = [
    `Execution accuracy: ${report.passed}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%`,
    `Latency (generation + validation): median ${report.medianLatencyMs.toFixed(1)} ms, p95 ${report.p95LatencyMs.toFixed(1)} ms`,
    `Engines: ${Object.entries(report.engines).map(([engine, n]) => `${engine} × ${n}`).join(', ')}`,
  ];
  const shown = options.verbose ? report.results : report.results.filter((r) => !r.passed);
  lines.push('', shown.length === 0 ? 'No failures.' : options.verbose ? 'Results:' : 'Failures:');
  for (const r of shown) {
    lines.push(`${r.passed ? 'PASS' : 'FAIL'}  ${r.question}  (${r.engine}, confidence ${r.confidence}, ${r.latencyMs} ms)`);
    if (!r.passed) lines.push(`      reason: ${r.reason ?? 'unknown'}`, `      reference: ${r.referenceSql}`);
    lines.push(...(r.generatedSql || '(no SQL)').split('\n').map((l) => `      | ${l}`));
  }
  return lines.join('\n');
}
