import type { DuckDBConnection } from '@duckdb/node-api';
import {
  compareResults,
  formatCalibration,
  isOrderedReference,
  measureCalibration,
  percentile,
  type Calibration,
  type EvalCase,
  type ResultSet,
} from '@tessera/nl2sql/eval';
import type { SourceContext } from '../clients/queries-client.ts';
import type { Generator } from '../pipeline/generate.ts';

// Cases, result comparison and percentiles are the engine's own evaluation (@tessera/nl2sql/eval);
// this runner differs in sending each question through the subgraph's pipeline.
export { loadCases, type EvalCase } from '@tessera/nl2sql/eval';

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
  calibration: Calibration;
  results: CaseResult[];
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
export async function runEval(
  connection: DuckDBConnection,
  context: SourceContext,
  cases: EvalCase[],
  generator: Generator,
  options: { queryTimeoutMs?: number } = {},
): Promise<EvalReport> {
  const timeoutMs = options.queryTimeoutMs ?? 30_000;
  const results: CaseResult[] = [];
  for (const c of cases) {
    const suggestion = await generator.generate(c.q, context);
    const base = {
      question: c.q,
      referenceSql: c.sql,
      generatedSql: suggestion.sql,
      engine: suggestion.engine,
      confidence: suggestion.confidence,
      latencyMs: suggestion.latencyMs,
    };
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
    const comparison = compareResults(reference, generated, { ordered: isOrderedReference(c.sql) });
    results.push({
      ...base,
      passed: comparison.match,
      ...(comparison.reason ? { reason: comparison.reason } : {}),
    });
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
    calibration: measureCalibration(results),
    results,
  };
}

export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const lines = [
    `Execution accuracy: ${report.passed}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%`,
    ...formatCalibration(report.calibration),
    `Latency (generation + validation): median ${report.medianLatencyMs.toFixed(1)} ms, p95 ${report.p95LatencyMs.toFixed(1)} ms`,
    `Engines: ${Object.entries(report.engines)
      .map(([engine, n]) => `${engine} × ${n}`)
      .join(', ')}`,
  ];
  const shown = options.verbose ? report.results : report.results.filter((r) => !r.passed);
  lines.push('', shown.length === 0 ? 'No failures.' : options.verbose ? 'Results:' : 'Failures:');
  for (const r of shown) {
    lines.push(
      `${r.passed ? 'PASS' : 'FAIL'}  ${r.question}  (${r.engine}, confidence ${r.confidence}, ${r.latencyMs} ms)`,
    );
    if (!r.passed) lines.push(`      reason: ${r.reason ?? 'unknown'}`, `      reference: ${r.referenceSql}`);
    lines.push(...(r.generatedSql || '(no SQL)').split('\n').map((l) => `      | ${l}`));
  }
  return lines.join('\n');
}
