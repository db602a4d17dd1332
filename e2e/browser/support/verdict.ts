export type Outcome = 'passed' | 'failed' | 'skipped';

export interface ScenarioResult {
  id: string;
  outcome: Outcome;
  detail: string;
  ms: number;
}

/**
 * The run's closing lines and exit code. A skipped scenario fails the run like a failed one (a
 * scenario that skips because live collaboration is unreachable must never read as green), and so
 * does a run with no scenario at all.
 */
export function verdict(results: ScenarioResult[]): { lines: string[]; exitCode: 0 | 1 } {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const skipped = results.filter((r) => r.outcome === 'skipped');
  const lines = [
    `${count('passed')} passed, ${count('failed')} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`,
  ];
  if (skipped.length)
    lines.push(
      `FAILED: a skipped scenario fails the run (${skipped.map((r) => `${r.id}: ${r.detail}`).join('; ')})`,
    );
  if (results.length === 0) lines.push('FAILED: no scenario ran');
  return { lines, exitCode: count('failed') > 0 || skipped.length > 0 || results.length === 0 ? 1 : 0 };
}
